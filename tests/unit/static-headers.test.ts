import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  framableByAnySite,
  headersForPath,
  parseHeadersFile,
  patternMatches,
  type HeadersHost,
} from '../../bench/lib/headers-file';
import { EMBED_PAGE_PLACEHOLDER, expandEmbedRules } from '../../integrations/embed-headers';
import { effectiveSources, metaPolicies, parsePolicy } from '../support/csp-policy';
import { localServerBlock } from '../support/nginx';
import { EMBED_PAGE_IDS, HEADERS_TEMPLATE, siteHeadersText } from '../support/site-headers';

const headersFile = siteHeadersText();
const nginxConf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
const HOSTS: HeadersHost[] = ['cloudflare', 'netlify'];

describe('the _headers reader', () => {
  it('matches splats and placeholders like Netlify and Cloudflare Pages', () => {
    expect(patternMatches('/*', '/anything/at/all')).toBe(true);
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/embed/')).toBe(false);
    expect(patternMatches('/embed/*', '/embed/maas-share/data.csv')).toBe(true);
    expect(patternMatches('/embed/*', '/embedded')).toBe(false);
    expect(patternMatches('/embed/:id/', '/embed/maas-share/')).toBe(true);
    expect(patternMatches('/embed/:id/', '/embed/a/b/')).toBe(false);
    expect(patternMatches('/a.b', '/aXb')).toBe(false);
  });

  it('joins a header set by several rules, and detaches with "!" (Cloudflare Pages)', () => {
    const rules = parseHeadersFile(
      ['# comment', '/*', '  X-A: 1', '  X-B: b', '/x/*', '  X-A: 2', '  ! X-B', ''].join('\n'),
    );
    expect(Object.fromEntries(headersForPath(rules, '/x/y'))).toEqual({ 'x-a': '1, 2' });
    expect(Object.fromEntries(headersForPath(rules, '/z'))).toEqual({ 'x-a': '1', 'x-b': 'b' });
  });

  it('keeps the last rule\'s value and ignores "!" (Netlify)', () => {
    const rules = parseHeadersFile(['/*', '  X-A: 1', '  X-B: b', '/x/*', '  X-A: 2', '  ! X-B', ''].join('\n'));
    expect(Object.fromEntries(headersForPath(rules, '/x/y', 'netlify'))).toEqual({ 'x-a': '2', 'x-b': 'b' });
  });

  it('decides framing as browsers do: frame-ancestors first, then X-Frame-Options', () => {
    const framable = (entries: [string, string][]) => framableByAnySite(new Map(entries));
    expect(framable([])).toBe(true);
    expect(framable([['x-frame-options', 'DENY']])).toBe(false);
    expect(
      framable([
        ['x-frame-options', 'DENY'],
        ['content-security-policy', "img-src 'self'; frame-ancestors *"],
      ]),
    ).toBe(true);
    expect(framable([['content-security-policy', "frame-ancestors *, frame-ancestors 'none'"]])).toBe(false);
    expect(framable([['content-security-policy', "frame-ancestors 'none'"]])).toBe(false);
  });

  it('refuses malformed files with the line number', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/x\n  no colon here')).toThrow(/line 2/);
    expect(() => parseHeadersFile('embed/*\n  X-A: 1')).toThrow(/line 1/);
  });
});

describe('the CSP reader', () => {
  it('parses directives, keeps the first of a repeated one, follows fallbacks', () => {
    const policy = parsePolicy("default-src 'self'; img-src 'self' data:;; img-src *; script-src-attr 'none'");
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(effectiveSources(policy, 'font-src')).toEqual(["'self'"]);
    expect(effectiveSources(policy, 'script-src-attr')).toEqual(["'none'"]);
    expect(effectiveSources(parsePolicy("script-src 'self'"), 'script-src-elem')).toEqual(["'self'"]);
  });

  it('reads <meta> policies with entity-encoded quotes', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`;
    expect(metaPolicies(html)).toEqual(["default-src 'self'"]);
  });
});

describe('public/_headers, as the build writes it', () => {
  const rules = parseHeadersFile(headersFile);
  const csp = (path: string) => parsePolicy(headersForPath(rules, path).get('content-security-policy') ?? '');

  it('has one embed page rule, written out for every embed page (live and retired) and nothing else', () => {
    expect(HEADERS_TEMPLATE.split('\n').filter((line) => line.trim() === EMBED_PAGE_PLACEHOLDER)).toHaveLength(1);
    expect(headersFile.split('\n').filter((line) => line.trim() === EMBED_PAGE_PLACEHOLDER)).toEqual([]);
    expect(headersFile).not.toMatch(/^\/embed\/(\*|:)/m);
    for (const id of EMBED_PAGE_IDS) {
      for (const path of [`/embed/${id}`, `/embed/${id}/`, `/embed/${id}/index.html`]) {
        expect(headersFile.split('\n'), path).toContain(path);
      }
    }
    expect(() => expandEmbedRules('/*\n  X-A: 1\n', ['x'])).toThrow(EMBED_PAGE_PLACEHOLDER);
  });

  it('closes framing on the story, the gallery and the 404 page', () => {
    for (const path of ['/', '/index.html', '/404.html', '/embed/', '/embed/index.html']) {
      expect(csp(path).get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headersForPath(rules, path).get('x-frame-options')).toBe('DENY');
    }
  });

  it.each(HOSTS)('on %s, every embed page may be framed, and nothing else: no missing address, no file', (host) => {
    const framable = (path: string) => framableByAnySite(headersForPath(rules, path, host));
    for (const id of EMBED_PAGE_IDS) {
      for (const path of [`/embed/${id}`, `/embed/${id}/`, `/embed/${id}/index.html`]) {
        expect(framable(path), `${host} ${path}`).toBe(true);
      }
    }
    // Hosts serve the 404 page at the address asked for, with that address's headers.
    const unframable = [
      '/',
      '/404.html',
      '/embed/',
      '/no-such-page/',
      '/embed/no-such-chart/',
      '/embed/maas-share/no-such-file',
      '/embed/maas-share/image.svg',
      '/embed/widgets.json',
    ];
    for (const path of unframable) expect(framable(path), `${host} ${path}`).toBe(false);
  });

  it('sends HSTS on every response, for this host only', () => {
    for (const path of ['/', '/embed/maas-share/', '/no-such-page/', '/_astro/a.js']) {
      expect(headersForPath(rules, path).get('strict-transport-security'), path).toBe('max-age=31536000');
    }
  });

  it('caches only /_astro/ forever', () => {
    expect(headersForPath(rules, '/_astro/client.abc123.js').get('cache-control')).toMatch(/immutable/);
    for (const path of ['/', '/embed.js', '/embed/widgets.json', '/favicon.svg']) {
      expect(headersForPath(rules, path).get('cache-control') ?? '', path).not.toMatch(/immutable/);
    }
  });
});

describe('deploy/nginx.conf', () => {
  it('sends the same policy and headers as public/_headers', () => {
    const rules = parseHeadersFile(headersFile);
    const fromHeaders = headersForPath(rules, '/embed/maas-share/');
    const header = (name: string) => new RegExp(`add_header ${name} "([^"]+)" always;`).exec(nginxConf)?.[1];
    const nginxCsp = header('Content-Security-Policy')!.replace('$site_csp_frame_ancestors', '*');
    expect(parsePolicy(nginxCsp)).toEqual(parsePolicy(fromHeaders.get('content-security-policy')!));
    for (const name of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ]) {
      expect(header(name), name).toBe(fromHeaders.get(name.toLowerCase()));
    }
    expect(nginxConf).toMatch(/~\/_astro\/\s+"public, max-age=31536000, immutable";/);
  });

  it('only its EDIT lines change for a local run', () => {
    const local = localServerBlock(nginxConf, { port: 4416, root: '/tmp/site' });
    expect(local).toContain('listen 127.0.0.1:4416;');
    expect(local).toContain('root /tmp/site;');
    expect(local).not.toMatch(/listen \[::\]/);
    const untouched = (text: string) =>
      text.split('\n').filter((line) => !/#\s*EDIT\b|^\s*(listen|root|server_name)\s/.test(line));
    expect(untouched(local)).toEqual(untouched(nginxConf));
  });
});
