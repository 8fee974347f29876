import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile, patternMatches } from '../../bench/lib/headers-file';
import { WIDGETS } from '../../src/widgets/registry';
import { effectiveSources, metaPolicies, parsePolicy } from '../support/csp-policy';
import { localServerBlock } from '../support/nginx';

const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
const nginxConf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

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

  it('joins a header set by several rules, and detaches with "!"', () => {
    const rules = parseHeadersFile(
      ['# comment', '/*', '  X-A: 1', '  X-B: b', '/x/*', '  X-A: 2', '  ! X-B', ''].join('\n'),
    );
    expect(Object.fromEntries(headersForPath(rules, '/x/y'))).toEqual({ 'x-a': '1, 2' });
    expect(Object.fromEntries(headersForPath(rules, '/z'))).toEqual({ 'x-a': '1', 'x-b': 'b' });
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

describe('public/_headers', () => {
  const rules = parseHeadersFile(headersFile);
  const csp = (path: string) => parsePolicy(headersForPath(rules, path).get('content-security-policy') ?? '');

  it('closes framing on the story and the 404 page', () => {
    for (const path of ['/', '/index.html', '/404.html']) {
      expect(csp(path).get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headersForPath(rules, path).get('x-frame-options')).toBe('DENY');
    }
  });

  it('opens framing on the gallery and on every registry widget’s embed page and files', () => {
    for (const path of ['/embed/', ...WIDGETS.flatMap(({ id }) => [`/embed/${id}/`, `/embed/${id}/image.svg`])]) {
      expect(csp(path).get('frame-ancestors'), path).toEqual(['*']);
      expect(headersForPath(rules, path).has('x-frame-options'), path).toBe(false);
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
    const fromHeaders = headersForPath(rules, '/embed/x/');
    const header = (name: string) => new RegExp(`add_header ${name} "([^"]+)" always;`).exec(nginxConf)?.[1];
    const nginxCsp = header('Content-Security-Policy')!.replace('$site_csp_frame_ancestors', '*');
    expect(parsePolicy(nginxCsp)).toEqual(parsePolicy(fromHeaders.get('content-security-policy')!));
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
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
