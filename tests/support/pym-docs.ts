/**
 * pym.js as docs/embedding.md tells hosts to set it up: its `new pym.Parent(...)` example and its auto-init
 * markup, taken from the file and pointed at this run's servers, so tests exercise exactly what readers
 * copy. (tests/e2e/embed-pym-xdomain.spec.ts holds its own copy of the same reading, from before this file.)
 */
import { readFileSync } from 'node:fs';

const DOCS = readFileSync('docs/embedding.md', 'utf8');
export const DOC_ORIGIN = 'https://example.org';

/** An origin as a regular expression that matches it and nothing else (what `xdomain` should be). */
export const originPattern = (origin: string) => `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
/** The same, as a single-quoted JavaScript string literal (how the docs write it). */
export const jsString = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The docs' pym.js section: its `new pym.Parent` example, its auto-init markup and the container's id. */
export function documentedSetUps() {
  const section = DOCS.slice(DOCS.indexOf('### Pages that already use pym.js'));
  const script = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  const markup = /`(<div data-pym-src=[^`]*<\/div>)`/.exec(section)?.[1];
  const id = script && /new pym\.Parent\('([^']+)'/.exec(script)?.[1];
  if (!script || !markup || !id) throw new Error('docs/embedding.md has no pym.js example and auto-init markup');
  return { script, markup, id };
}

/**
 * A documented set-up made runnable here: pym.js from the host, our origin in `xdomain`, and the embed page
 * address `embedAddress` (the docs' example address, or any other the test gives) on `servedOrigin`.
 */
export function runnablePym(documented: string, servedBase: string, embedAddress?: string) {
  const origin = new URL(servedBase).origin;
  let html = documented
    .replace('https://pym.nprapps.org/pym.v1.min.js', '/pym.v1.min.js')
    // Replacement functions: the patterns end in `$`, and "$'" in a replacement string means something.
    .replace(jsString(originPattern(DOC_ORIGIN)), () => jsString(originPattern(origin)))
    .replace(`"${originPattern(DOC_ORIGIN)}"`, () => `"${originPattern(origin)}"`);
  if (embedAddress) {
    const example = `${DOC_ORIGIN}/embed/maas-share/`;
    if (!html.includes(example)) throw new Error(`the documented set-up has no ${example}`);
    html = html
      .replaceAll(`'${example}'`, () => jsString(embedAddress))
      .replaceAll(`"${example}"`, () => `"${embedAddress.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);
  }
  html = html.replaceAll(`${DOC_ORIGIN}/`, servedBase);
  if (html.includes('example.org')) throw new Error(`the set-up still names example.org:\n${html}`);
  if (!html.includes(originPattern(origin))) throw new Error('the set-up lost its xdomain');
  return html;
}
