import type { ShownWidget } from '../widgets/types';
import { embedLinks } from './links';

function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The width attribute of the frame: what it falls back to where a host strips or blocks its style attribute. */
export const SNIPPET_FALLBACK_WIDTH = 640;

/**
 * The iframe alone. Valid HTML (the Nu checker's rules: no width="100%", no obsolete frameborder): a
 * block-level, full-width, borderless frame through its style attribute, so it sits in the article column
 * of classic and block themes alike. A host page whose CSP blocks style attributes, or a CMS that strips
 * them (WordPress does for oEmbed), keeps width="640" and the browser's default border; the host's CSP is
 * the host's business (docs/embedding.md).
 */
export function embedIframe(
  entry: Pick<ShownWidget, 'id' | 'title' | 'shown'>,
  height: number,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
  width: string = String(SNIPPET_FALLBACK_WIDTH),
): string {
  const links = embedLinks(entry, site, base);
  return (
    `<iframe src="${attribute(links.page)}" title="${attribute(entry.title)}" ` +
    `width="${width}" height="${Math.round(height)}" loading="lazy" ` +
    `style="display:block;width:100%;border:0"></iframe>`
  );
}

/**
 * The HTML a journalist pastes: the gallery and the story's "Embed" control show this. The iframe reads
 * well on its own where a CMS strips scripts (full width, a starting height measured from the widget's
 * layout); the loader then keeps its height equal to the content's.
 */
export function embedSnippet(
  entry: Pick<ShownWidget, 'id' | 'title' | 'shown'>,
  /** The height the frame starts at (src/components/widget/frame-height.ts). */
  height: number,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  const links = embedLinks(entry, site, base);
  const loader = `<script async src="${attribute(links.loader)}"></script>`;
  return `${embedIframe(entry, height, site, base)}\n${loader}`;
}

/**
 * oEmbed's html: a plain <blockquote> (title, link to the chart's place in the story, source) before the
 * snippet. WordPress keeps exactly this shape for a provider it does not trust (wp_filter_oembed_result:
 * an optional <blockquote> with only <a href> inside, then an <iframe>; every other tag and attribute is
 * dropped, the style attribute too): with the blockquote it marks both "wp-embedded-content", shows the
 * quote until the frame speaks and loads wp-embed.js, which then sizes the frame. Everywhere else the
 * blockquote has `hidden` (WordPress strips that attribute too) and the snippet works as pasted.
 *
 * Its iframe says width="100%", which the pasted snippet avoids (not valid HTML): WordPress drops the style
 * attribute, and width is the one size it keeps, so width="640" made a 640 px frame overflow a 375 px phone
 * where the theme sets no max-width (a URL on its own line in Twenty Twenty-Three did). Every browser reads
 * width="100%" as a percentage.
 */
export function embedOembedHtml(
  entry: Pick<ShownWidget, 'id' | 'title' | 'source' | 'shown'>,
  height: number,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  const links = embedLinks(entry, site, base);
  const quote =
    `<blockquote hidden><a href="${attribute(links.story)}">${text(entry.title)}</a>` +
    ` Source: ${text(entry.source)}</blockquote>`;
  const loader = `<script async src="${attribute(links.loader)}"></script>`;
  return `${quote}\n${embedIframe(entry, height, site, base, '100%')}\n${loader}`;
}

function text(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
