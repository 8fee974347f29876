// Every page's CSS, inlined into one <style> in its <head>, with its hash added to the page's CSP.
//
// Why: on a slow phone link (Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbps) each
// render-blocking stylesheet costs a request after the HTML, and a new connection for most of them:
// the story linked eight and could not paint before about 1.1 s. All the CSS of the site is 28 KB
// (6.5 KB gzip), so the page's own CSS costs less inside its HTML than one more round trip, and it
// arrives in the same first flight as the masthead (bench/run.ts checks that: "first 14 KB").
// The price is that a second page does not find the CSS in its cache; the story is one page, and an
// embed page is usually the only one of ours on its host's page.
//
// Why here and not `build.inlineStylesheets: 'always'`: Astro renders each MDX section on its own, so
// the story would carry repeated <style> blocks of the components inside MDX, and a hash must cover the
// exact text of each block. One block per page, hashed here from the text written, cannot drift.
import { readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dropRepeatedStylesheets } from './unique-stylesheets';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]*)"/;
const CSP_META = /(<meta\b[^>]*http-equiv="content-security-policy"[^>]*content=")([^"]*)(")/i;

/** The CSP source for a style block: what the browser hashes is the element's text, exactly. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * Replaces the page's `<link rel="stylesheet">` tags by one `<style>` at the first link's place,
 * in the links' order (the cascade stays as it was), and adds its hash to style-src of the page's
 * CSP <meta>. `readCss(href)` returns a stylesheet's text, or null for one that is not ours (kept as a link).
 */
export function inlinePageStylesheets(
  html: string,
  readCss: (href: string) => string | null,
): { html: string; inlined: string[] } {
  const deduplicated = dropRepeatedStylesheets(html).html;
  const parts: string[] = [];
  const inlined: string[] = [];
  let first = -1;
  const withoutLinks = deduplicated.replace(STYLESHEET_LINK, (tag: string, offset: number) => {
    const href = HREF.exec(tag)?.[1];
    const css = href === undefined ? null : readCss(href);
    if (css === null) return tag;
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined`);
    if (first < 0) first = offset;
    parts.push(css.trim());
    inlined.push(href as string);
    return '';
  });
  if (!inlined.length) return { html, inlined };
  const css = parts.join('\n');
  // Offsets shift by the length of every link removed before the first one: none, it is the first.
  let page = `${withoutLinks.slice(0, first)}<style>${css}</style>${withoutLinks.slice(first)}`;
  const meta = CSP_META.exec(page);
  if (!meta) throw new Error('a page with stylesheets has no CSP <meta>: its inline style would be unprotected');
  const policy = meta[2] ?? '';
  if (!/(^|;)\s*style-src\s/.test(policy)) throw new Error(`the CSP <meta> has no style-src: ${policy}`);
  const updated = policy.replace(/((?:^|;)\s*style-src\s[^;]*)/, `$1 ${styleHash(css)}`);
  page = page.replace(CSP_META, `$1${updated}$3`);
  return { html: page, inlined };
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function inlineStylesheets(): AstroIntegration {
  let base = '/';
  return {
    name: 'inline-stylesheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = `${base}_astro/`;
        const cache = new Map<string, string>();
        const files: string[] = [];
        for await (const file of htmlFiles(root)) files.push(file);
        // Read every stylesheet first: the callback below is synchronous.
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          for (const [tag] of html.matchAll(STYLESHEET_LINK)) {
            const href = HREF.exec(tag)?.[1];
            if (!href?.startsWith(assets) || !href.endsWith('.css') || cache.has(href)) continue;
            cache.set(href, await readFile(join(root, '_astro', href.slice(assets.length)), 'utf8'));
          }
        }
        let pages = 0;
        for (const file of files) {
          const source = await readFile(file, 'utf8');
          const { html, inlined } = inlinePageStylesheets(source, (href) => cache.get(href) ?? null);
          if (!inlined.length) continue;
          await writeFile(file, html);
          pages++;
        }
        // Nothing links them any more; left in dist/ they would only be bytes to upload.
        for (const href of cache.keys()) await unlink(join(root, '_astro', href.slice(assets.length)));
        logger.info(`inlined ${cache.size} stylesheet(s) into ${pages} page(s)`);
      },
    },
  };
}
