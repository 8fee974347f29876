/**
 * A build for a sub-path (BASE_PATH=/news/tokens/, SITE_URL=https://example.org), served under that prefix
 * by a tiny static server: every embed URL carries the prefix and resolves, and every file is valid.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { widgetPaths } from '../../src/lib/widget-paths';
import { WIDGETS } from '../../src/widgets/registry';
import { checkEmbedFiles } from '../support/embed-files';

const PREFIX = '/news/tokens/';
const SITE = 'https://example.org';
const work = mkdtempSync(join(tmpdir(), 'embed-subpath-'));
const outDir = join(work, 'dist');
let server: Server;
let servedBase = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.woff2': 'font/woff2',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The environment of a build run from this test. Vitest puts Vite's own variables (BASE_URL, MODE, PROD, …)
 * into process.env, and Astro would read them back as import.meta.env, so they are left out.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, BASE_PATH: PREFIX, SITE_URL: SITE, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') };
}

beforeAll(async () => {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: buildEnv(),
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`sub-path build failed:\n${result.stdout}\n${result.stderr}`);

  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(outDir, path.slice(PREFIX.length)));
    if (!file.startsWith(outDir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servedBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

it('every URL in widgets.json is under the sub-path and resolves; oEmbed, CSV, PNG and SVG are valid', async () => {
  const { listing } = await checkEmbedFiles({
    siteBase: `${SITE}${PREFIX}`,
    servedBase,
    expected: WIDGETS.map((w) => ({ id: w.id, rows: w.figures.length + w.derived.length })),
    get: async (url) => {
      const response = await fetch(url);
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: Buffer.from(await response.arrayBuffer()),
      };
    },
  });
  expect(listing.loader).toBe(`${SITE}${PREFIX}embed.js`);
});

it('links from the story, the gallery and the embed pages keep the prefix', () => {
  const story = readFileSync(join(outDir, 'index.html'), 'utf8');
  const gallery = readFileSync(join(outDir, 'embed/index.html'), 'utf8');
  for (const entry of WIDGETS) {
    const page = readFileSync(join(outDir, `embed/${entry.id}/index.html`), 'utf8');
    for (const html of [story, gallery]) {
      expect(html).toContain(`href="${PREFIX}embed/${entry.id}/data.csv"`);
      expect(html).toContain(`href="${PREFIX}embed/${entry.id}/image.png"`);
      expect(html).toContain(`&lt;iframe src=&quot;${SITE}${PREFIX}embed/${entry.id}/&quot;`);
      expect(html).toContain(`src=&quot;${SITE}${PREFIX}embed.js&quot;`);
    }
    // The embed page's "From the story" link lands on the widget's own figure there.
    const anchor = widgetPaths(entry.id).anchor;
    expect(page).toContain(`href="${SITE}${PREFIX}#${anchor}"`);
    expect(story).toContain(`<figure id="${anchor}"`);
    expect(page).toContain(`href="${SITE}${PREFIX}embed/${entry.id}/oembed.json"`);
  }
  // No root-relative link or asset anywhere escapes the prefix.
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const escaping = [...html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((url) => !url.startsWith(PREFIX));
    expect(escaping, file).toEqual([]);
  }
});
