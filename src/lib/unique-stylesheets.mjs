// Astro renders each MDX section of the story on its own, and each section links the stylesheets of
// the components it uses, so the story's <head> linked Widget, Figure and View CSS four times over.
// The browser fetches a URL once, but every <link> is a separate stylesheet to match against every
// element, which slowed the first layout. After the build, each page keeps the first link to a URL.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]*)"/;

/**
 * Drops every `<link rel="stylesheet">` whose href an earlier one in the page already loads.
 * @param {string} html
 * @returns {{ html: string, removed: number }}
 */
export function dropRepeatedStylesheets(html) {
  const seen = new Set();
  let removed = 0;
  const result = html.replace(STYLESHEET_LINK, (tag) => {
    const href = HREF.exec(tag)?.[1];
    if (href === undefined) return tag;
    if (!seen.has(href)) {
      seen.add(href);
      return tag;
    }
    removed++;
    return '';
  });
  return { html: result, removed };
}

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function uniqueStylesheets() {
  return {
    name: 'unique-stylesheets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        let links = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const { html, removed } = dropRepeatedStylesheets(await readFile(file, 'utf8'));
          if (removed === 0) continue;
          await writeFile(file, html);
          pages++;
          links += removed;
        }
        logger.info(`dropped ${links} repeated stylesheet link(s) from ${pages} page(s)`);
      },
    },
  };
}
