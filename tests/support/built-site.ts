import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../../src/widgets/registry';
import { RETIRED_WIDGETS } from '../../src/widgets/retired';

/** The build the e2e suite serves (`astro preview` serves ./dist). */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function distFiles(dist = DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(dist).map((file) => relative(dist, file).split(sep).join('/'));
}

/** Site-relative URL of every built HTML page: "" for the story, "embed/maas-share/", "404.html". */
export function htmlPages(dist = DIST): string[] {
  return distFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}

/** The built file behind a page of htmlPages(): "" → "index.html", "embed/x/" → "embed/x/index.html". */
export function pageFile(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface PageUnderTest {
  name: string;
  /** Site-relative, no leading slash: "" for the story. */
  path: string;
  /** A retired graphic's embed page (src/widgets/retired.ts) is 'retired'. */
  kind: 'story' | 'gallery' | 'embed' | 'retired';
}

/**
 * The story, the embed gallery, one embed page per registry widget and one per retired graphic, as far as
 * they exist in the build: tests written now cover the pages that other work adds later.
 */
export function pagesUnderTest(dist = DIST): PageUnderTest[] {
  const pages: PageUnderTest[] = [{ name: 'story', path: '', kind: 'story' }];
  if (existsSync(join(dist, 'embed', 'index.html')))
    pages.push({ name: 'embed gallery', path: 'embed/', kind: 'gallery' });
  for (const { id } of WIDGETS) {
    if (existsSync(join(dist, 'embed', id, 'index.html')))
      pages.push({ name: `embed/${id}/`, path: `embed/${id}/`, kind: 'embed' });
  }
  for (const { id } of RETIRED_WIDGETS) {
    if (existsSync(join(dist, 'embed', id, 'index.html')))
      pages.push({ name: `embed/${id}/ (retired)`, path: `embed/${id}/`, kind: 'retired' });
  }
  return pages;
}

export function embedPages(dist = DIST) {
  return pagesUnderTest(dist).filter((page) => page.kind === 'embed');
}

export function readDist(file: string, dist = DIST): string {
  return readFileSync(join(dist, file), 'utf8');
}
