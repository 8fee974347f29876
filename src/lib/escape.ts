/**
 * Text made safe inside HTML, SVG or XML, as an element's text or a quoted attribute (either quote): the
 * one escaper for every string the site writes as markup by hand (snippets, images, the QR code). Escaping
 * all five everywhere costs a few bytes and spares each caller knowing its context.
 */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
