/**
 * The site as a newsroom would host it: built for the sub-path /news/tokens/ and served by Debian's
 * nginx with the documented deploy/nginx.conf server block (only its EDIT lines adapted). Every page
 * loads with no failed request, the right content types and the security headers in place. The build and
 * the nginx are the served-build-setup project's (tests/e2e/served-build.setup.ts), shared with the
 * WordPress lane: this project ("nginx-subpath") depends on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hydrateEverything } from '../../bench/lib/js-bytes';
import { widgetPaths } from '../../src/lib/widget-paths';
import { distFiles, htmlPages, pageFile, pagesUnderTest } from '../support/built-site';
import { checkEmbedFiles } from '../support/embed-files';
import { parsePolicy } from '../support/csp-policy';
import { findBrokenLinks } from '../support/link-check';
import { NGINX, nginxSkipReason } from '../support/nginx';
import { watchPage } from '../support/page-watch';
import { readServedBuild, SUBPATH_BASE as BASE } from '../support/served-build';
import { recordCspViolations } from '../support/widget-actions';
import { WIDGETS } from '../support/widgets';
import { readLedger } from '../../src/data/load-ledger';
import { SHOWN_RETIRED } from '../support/shown-widgets';
import { decodePng } from '../support/png';

/** Content-Type by extension, as the documented server block must send it. */
const EXPECTED_TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.js': /^text\/javascript; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.csv': /^text\/csv; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
  '.png': /^image\/png$/,
  '.woff2': /^font\/woff2$/,
  '.xml': /^application\/xml; charset=utf-8$/,
  '.txt': /^text\/plain; charset=utf-8$/,
};

let outDir = '';
let origin = '';

test.beforeAll(() => {
  const skipped = nginxSkipReason();
  test.skip(skipped !== undefined, skipped);
  expect(existsSync(NGINX), `${NGINX} (installed by .ci/run)`).toBe(true);
  ({ outDir, origin } = readServedBuild());
});

test('every page loads through nginx with no failed request, no violation and its headers', async ({ page }) => {
  // One load per page, the retired graphics' included: on a loaded 2-core machine beside the WordPress lane
  // the walk took over 2 minutes.
  test.setTimeout(300_000);
  const pages = pagesUnderTest(outDir);
  expect(pages.length).toBeGreaterThan(0);
  for (const target of pages) {
    const problems = watchPage(page);
    const violations = await recordCspViolations(page);
    const types: string[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      const expected = EXPECTED_TYPES[extname(path)] ?? (path.endsWith('/') ? EXPECTED_TYPES['.html'] : undefined);
      const actual = response.headers()['content-type'] ?? '(none)';
      if (expected && !expected.test(actual)) types.push(`${path}: ${actual}`);
    });
    const response = await page.goto(`${origin}${BASE}${target.path}`);
    expect(response?.status(), target.name).toBe(200);
    const { notHydrated } = await hydrateEverything(page);
    expect(notHydrated, `${target.name}: islands that never hydrated`).toBe(0);

    const headers = response!.headers();
    const csp = parsePolicy(headers['content-security-policy'] ?? '');
    const framable = target.kind === 'embed' || target.kind === 'retired';
    expect(csp.get('frame-ancestors'), target.name).toEqual(framable ? ['*'] : ["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['x-frame-options']).toBe(framable ? undefined : 'DENY');
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['cache-control']).toBe('no-cache');

    expect(problems, target.name).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    expect(await violations(), `${target.name}: CSP violations with header and <meta> policies together`).toEqual([]);
    expect(types, `${target.name}: content types`).toEqual([]);
    page.removeAllListeners('response');
    page.removeAllListeners('request');
    page.removeAllListeners('requestfailed');
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
});

test('every built file is served with its content type; hashed assets immutable, text gzipped', async ({ request }) => {
  const files = distFiles(outDir).filter((file) => file !== '_headers');
  for (const file of files) {
    const response = await request.get(`${origin}${BASE}${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), file).toBe(200);
    const headers = response.headers();
    const expected = EXPECTED_TYPES[extname(file)];
    if (expected) expect(headers['content-type'], file).toMatch(expected);
    else expect(headers['content-type'], file).not.toBe('application/octet-stream');
    expect(headers['cache-control'], file).toBe(
      file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    const large = Number(headers['content-length'] ?? 1e9) >= 512 || headers['content-encoding'];
    if (/\.(js|css|html|json|csv|svg)$/.test(file) && large) expect(headers['content-encoding'], file).toBe('gzip');
  }
});

test('missing pages get the site 404 page; _headers is not served; directories redirect to the slash', async ({
  request,
}) => {
  // A missing address anywhere, under embed/ too, is the 404 page, and nobody may frame it.
  for (const path of ['no-such-page/', 'embed/no-such-chart/', 'embed/maas-share/no-such-file']) {
    const missing = await request.get(`${origin}${BASE}${path}`);
    expect(missing.status(), path).toBe(404);
    expect(await missing.text(), path).toContain('Page not found');
    expect(missing.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(missing.headers()['x-frame-options'], path).toBe('DENY');
    expect(missing.headers()['strict-transport-security'], path).toBe('max-age=31536000');
  }
  expect((await request.get(`${origin}${BASE}_headers`)).status()).toBe(404);

  const bare = await request.get(`${origin}${BASE.slice(0, -1)}`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe(BASE);
  if (pagesUnderTest(outDir).some((page) => page.kind === 'gallery')) {
    const gallery = await request.get(`${origin}${BASE}embed`, { maxRedirects: 0 });
    expect(gallery.status()).toBe(301);
    expect(gallery.headers()['location']).toBe(`${BASE}embed/`);
  }
});

test('every address in content/ledger.json answers: its status, its type, a real page or file', async ({ request }) => {
  const ledger = readLedger();
  expect(ledger.length).toBeGreaterThan(100);
  const base = `${origin}${BASE}`;
  const story = await (await request.get(base)).text();
  const titles = new Map([...WIDGETS, ...SHOWN_RETIRED].map((entry) => [entry.id, entry.title]));
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replaceAll('&#39;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .trim();
  const problems: string[] = [];
  for (const { path } of ledger) {
    if (path.startsWith('#')) {
      if (!story.includes(` id="${path.slice(1)}"`)) problems.push(`${path}: no such id in the story`);
      continue;
    }
    const response = await request.get(`${base}${path}`, { maxRedirects: 0 });
    const type = response.headers()['content-type'] ?? '';
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    const expected =
      EXPECTED_TYPES[extname(path)] ?? (path === '' || path.endsWith('/') ? EXPECTED_TYPES['.html'] : undefined);
    if (!expected?.test(type)) problems.push(`${path}: ${type}`);
    const body = await response.body();
    const embedPage = /^embed\/([^/]+)\/$/.exec(path);
    if (embedPage) {
      // A real page: the graphic's heading, and a link to its place in the story.
      const html = body.toString('utf8');
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      if (heading === undefined || text(heading) !== titles.get(embedPage[1]!))
        problems.push(`${path}: h1 "${heading}"`);
      const link = new RegExp(`<a href="${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#[a-z0-9-]+"[^>]*>[^<]*story`);
      if (!link.test(html)) problems.push(`${path}: no link to the story`);
    } else if (path.endsWith('.png')) {
      try {
        decodePng(body);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    } else if (path.endsWith('.json')) {
      try {
        JSON.parse(body.toString('utf8'));
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    } else if (path.endsWith('.svg') && !/<svg\b/.test(body.toString('utf8'))) {
      problems.push(`${path}: no <svg>`);
    } else if (
      path.endsWith('.csv') &&
      !body
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .startsWith('label,')
    ) {
      problems.push(`${path}: no CSV header`);
    }
  }
  expect(problems).toEqual([]);
});

test('every internal link and #anchor of the sub-path build resolves', () => {
  const { checked, broken } = findBrokenLinks(outDir, BASE, origin);
  expect(checked).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test('every URL in widgets.json is under the sub-path and resolves; oEmbed, CSV, PNG and SVG are valid', async ({
  request,
}) => {
  const { listing } = await checkEmbedFiles({ siteBase: `${origin}${BASE}`, servedBase: `${origin}${BASE}`, request });
  expect(listing.widgets).toHaveLength(WIDGETS.length);
  expect(listing.loader).toBe(`${origin}${BASE}embed.js`);
});

test('links from the story, the gallery and the embed pages keep the prefix', () => {
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const story = read('index.html');
  const gallery = read('embed/index.html');
  for (const entry of WIDGETS) {
    const page = read(`embed/${entry.id}/index.html`);
    for (const html of [story, gallery]) {
      // A diagram without numbers (full-stack) has no data to download, and no link to it.
      if (entry.figures.length + entry.derived.length > 0)
        expect(html).toContain(`href="${BASE}embed/${entry.id}/data.csv"`);
      expect(html).toContain(`href="${BASE}embed/${entry.id}/image.png"`);
      expect(html).toContain(`&lt;iframe src=&quot;${origin}${BASE}embed/${entry.id}/&quot;`);
      expect(html).toContain(`src=&quot;${origin}${BASE}embed.js&quot;`);
    }
    // The embed page's "From the story" link lands on the widget's own figure there.
    const anchor = widgetPaths(entry.id).anchor;
    expect(page).toContain(`href="${origin}${BASE}#${anchor}"`);
    expect(story).toContain(`<figure id="${anchor}"`);
    expect(page).toContain(`href="${origin}${BASE}embed/${entry.id}/oembed.json"`);
  }
  // No root-relative link or asset anywhere escapes the prefix.
  const pages = htmlPages(outDir);
  expect(pages.length).toBeGreaterThan(WIDGETS.length);
  for (const file of pages.map(pageFile)) {
    const escaping = [...read(file).matchAll(/\b(?:href|src)="(\/[^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((url) => !url.startsWith(BASE));
    expect(escaping, file).toEqual([]);
  }
});
