import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path public/_headers gives the one rule that is written out for every embed page. */
export const EMBED_PAGE_PLACEHOLDER = '{embed-page}';

/**
 * public/_headers with its embed page rule written once for each address of each embed page (`ids`):
 * /embed/<id>, /embed/<id>/ and /embed/<id>/index.html. An exact list and no /embed/* pattern, so that a
 * missing address under /embed/ (a 404) is not framable (public/_headers explains).
 */
export function expandEmbedRules(template: string, ids: readonly string[]): string {
  const lines = template.split('\n');
  const start = lines.findIndex((line) => line.trim() === EMBED_PAGE_PLACEHOLDER);
  if (start < 0) throw new Error(`public/_headers has no ${EMBED_PAGE_PLACEHOLDER} rule`);
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  const headers = lines.slice(start + 1, end);
  if (headers.length === 0) throw new Error(`public/_headers: the ${EMBED_PAGE_PLACEHOLDER} rule sets no header`);
  const rules = ids.flatMap((id) =>
    [`/embed/${id}`, `/embed/${id}/`, `/embed/${id}/index.html`].flatMap((path, i, all) => [
      path,
      ...headers,
      ...(i < all.length - 1 || id !== ids.at(-1) ? [''] : []),
    ]),
  );
  return [...lines.slice(0, start), ...rules, ...lines.slice(end)].join('\n');
}

/** The ids of the embed pages a build holds: dist/embed/<id>/index.html. */
export function builtEmbedIds(dist: string): string[] {
  const folder = join(dist, 'embed');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** Writes dist/_headers: public/_headers (which Astro copied there) with the embed page rule expanded. */
export function embedHeaders(): AstroIntegration {
  return {
    name: 'embed-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const ids = builtEmbedIds(dist);
        writeFileSync(file, expandEmbedRules(readFileSync(file, 'utf8'), ids));
        logger.info(`_headers: the embed page rule for ${ids.length} embed pages`);
      },
    },
  };
}
