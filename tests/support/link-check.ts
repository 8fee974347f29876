import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { distFiles } from './built-site';

// jsdom ships no type declarations; this is the one constructor used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

export interface BrokenLink {
  page: string;
  attribute: string;
  value: string;
  reason: string;
}

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/**
 * Checks every internal URL and #anchor of the built HTML against the built files, the way a
 * static host resolves them: "/base/x/" is x/index.html, "/base/x" is the file x or x/index.html,
 * "#id" needs an element with that id (or an <a name>) on the target page. URLs on other hosts are
 * not fetched; URLs under `site` (canonical, Open Graph) are checked as internal.
 */
export function findBrokenLinks(dist: string, base: string, site: string): { checked: number; broken: BrokenLink[] } {
  const origin = new URL(site).origin;
  const pages = distFiles(dist).filter((file) => file.endsWith('.html'));
  const idsByFile = new Map<string, Set<string>>();
  const documents = new Map<string, Document>();
  for (const file of pages) {
    const { document } = new JSDOM(readFileSync(join(dist, file), 'utf8')).window;
    documents.set(file, document);
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) ids.add(el.id);
    for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    idsByFile.set(file, ids);
  }

  /** The dist file a site path maps to, or null. */
  function fileFor(pathname: string): string | null {
    if (!pathname.startsWith(base)) return null;
    const relative = decodeURIComponent(pathname.slice(base.length));
    const full = join(dist, relative);
    if (relative === '' || relative.endsWith('/'))
      return existsSync(join(full, 'index.html')) ? `${relative}index.html` : null;
    if (existsSync(full) && statSync(full).isFile()) return relative;
    if (existsSync(join(full, 'index.html'))) return `${relative}/index.html`;
    return null;
  }

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [file, document] of documents) {
    const pagePath = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const pageUrl = new URL(pagePath, origin);
    for (const [selector, attribute] of URL_ATTRIBUTES) {
      for (const el of document.querySelectorAll(selector)) {
        const value = el.getAttribute(attribute) ?? '';
        if (value === '' || /^(mailto|tel|data):/i.test(value)) continue;
        let url: URL;
        try {
          url = new URL(value, pageUrl);
        } catch {
          broken.push({ page: file, attribute, value, reason: 'does not parse as a URL' });
          continue;
        }
        if (url.origin !== origin) continue;
        checked++;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push({ page: file, attribute, value, reason: `no file for ${url.pathname}` });
          continue;
        }
        if (url.hash && url.hash !== '#') {
          const id = decodeURIComponent(url.hash.slice(1));
          const ids = idsByFile.get(target);
          if (!ids) {
            if (target.endsWith('.html')) broken.push({ page: file, attribute, value, reason: `${target} not parsed` });
          } else if (!ids.has(id) && id !== 'top') {
            broken.push({ page: file, attribute, value, reason: `no element with id "${id}" in ${target}` });
          }
        }
      }
    }
  }
  return { checked, broken };
}
