/**
 * The snippet the gallery and the story show, from the oEmbed html (src/embed/snippet.ts): that html is
 * the same iframe and loader after WordPress's fallback quote, with width="100%" where the pasted snippet
 * has its valid fallback width="640". The unit tests hold both forms. (No Playwright import: the Ghost lane,
 * a plain script, reads it too.)
 */
export function pastedSnippet(oembedHtml: string): string {
  const withoutQuote = oembedHtml.replace(/^<blockquote hidden>[\s\S]*?<\/blockquote>\n/, '');
  if (withoutQuote === oembedHtml) throw new Error('the oEmbed html has no WordPress fallback quote');
  return withoutQuote.replace(' width="100%" ', ' width="640" ');
}
