/**
 * public/_headers (for Netlify, Cloudflare Pages and other hosts that read it), checked against the
 * files actually built: each page gets one CSP header consistent with its <meta> policy, embed
 * pages may be framed and nothing else may, and only hashed assets are cached forever.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { headersForPath, parseHeadersFile } from '../../bench/lib/headers-file';
import { builtEmbedIds, expandEmbedRules } from '../../integrations/embed-headers';
import { DIST, distFiles, htmlPages, pageFile, readDist } from '../support/built-site';
import { metaPolicies, parsePolicy } from '../support/csp-policy';

const template = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
const source = readFileSync(`${DIST}_headers`, 'utf8');
const rules = parseHeadersFile(source);

/** What a host is asked for: "/" for the story, "/embed/x/" for an embed page, "/_astro/a.js" for a file. */
function requestPaths(): { path: string; file: string }[] {
  const pages = htmlPages().map((page) => ({
    path: `/${page}`,
    file: pageFile(page),
  }));
  const files = distFiles()
    .filter((file) => !file.endsWith('.html') && file !== '_headers')
    .map((file) => ({ path: `/${file}`, file }));
  return [...pages, ...files];
}

test('the built site ships public/_headers with its embed page rule written out for each embed page it built', () => {
  const ids = builtEmbedIds(DIST);
  expect(ids.length).toBeGreaterThan(0);
  expect(source).toBe(expandEmbedRules(template, ids));
});

test('no header is set by two rules for the same path (hosts would join their values)', () => {
  const overlaps: string[] = [];
  for (const { path } of requestPaths()) {
    const seen = new Map<string, string>();
    for (const rule of rules) {
      if (!headersForPath([rule], path).size) continue;
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        if (seen.has(key)) overlaps.push(`${path}: ${name} from ${seen.get(key)} and ${rule.pattern}`);
        seen.set(key, rule.pattern);
      }
    }
  }
  expect(overlaps).toEqual([]);
});

test('every page gets a CSP header that agrees with its <meta> policy, framing only for embeds', () => {
  const pages = requestPaths().filter(({ file }) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(0);
  for (const { path, file } of pages) {
    const headers = headersForPath(rules, path);
    const csp = headers.get('content-security-policy');
    expect(csp, `${path} has a CSP header`).toBeDefined();
    const header = parsePolicy(csp!);
    const meta = parsePolicy(metaPolicies(readDist(file))[0]!);
    const isEmbed = /^\/embed\/[^/]+\/(index\.html)?$/.test(path);

    expect(header.get('frame-ancestors'), path).toEqual(isEmbed ? ['*'] : ["'none'"]);
    if (isEmbed) expect(headers.has('x-frame-options'), path).toBe(false);
    else expect(headers.get('x-frame-options'), path).toBe('DENY');

    // Directives both policies state must say the same; script-src/style-src (build-specific hashes)
    // and their default-src fallback stay with the <meta> policy, which therefore must hold them.
    for (const [directive, sources] of header) {
      if (meta.has(directive)) expect(sources, `${path} ${directive}`).toEqual(meta.get(directive));
    }
    for (const directive of ['default-src', 'script-src', 'style-src']) {
      expect(header.has(directive), `${path}: ${directive} belongs to the <meta> policy`).toBe(false);
      expect(meta.has(directive), `${path}: <meta> has ${directive}`).toBe(true);
    }
    for (const [directive, sources] of meta) {
      if (!['default-src', 'script-src', 'style-src'].includes(directive)) {
        expect(header.get(directive), `${path}: header repeats ${directive}`).toEqual(sources);
      }
    }
    expect(csp, path).not.toMatch(/unsafe-(inline|eval)|https?:/);
    expect(header.get('object-src')).toEqual(["'none'"]);
  }
});

test('security headers on every file, immutable caching only under /_astro/', () => {
  for (const { path } of requestPaths()) {
    const headers = headersForPath(rules, path);
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    const cache = headers.get('cache-control');
    if (path.startsWith('/_astro/')) expect(cache, path).toBe('public, max-age=31536000, immutable');
    else expect(cache ?? '', path).not.toMatch(/immutable/);
  }
});
