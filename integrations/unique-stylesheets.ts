// Astro renders each MDX section of the story on its own, and each section links the stylesheets of
// the components it uses, so the story's <head> linked Widget, Figure and View CSS four times over.
// The browser fetches a URL once, but every <link> is a separate stylesheet to match against every
// element, which slowed the first layout. Each page keeps the first link to a URL (inline-stylesheets.ts
// does this before it inlines them).

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]*)"/;

/** Drops every `<link rel="stylesheet">` whose href an earlier one in the page already loads. */
export function dropRepeatedStylesheets(html: string): { html: string; removed: number } {
  const seen = new Set<string>();
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
