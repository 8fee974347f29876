import type { ShownWidget } from '../widgets/types';
import { escapeMarkup } from '../lib/escape';
import { embedLinks } from './links';

const attribute = escapeMarkup;
const text = escapeMarkup;

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

/**
 * The graphic for newsletters: email clients show no frames and run no scripts, so its static image (a
 * link to the graphic in the story) between its headline and its source as text, which clients that hold
 * back images still show. A table, the width in an attribute and the few inline styles email clients keep
 * (no height: the image keeps its own proportions, whatever a correction line adds to it); no colours, so
 * the client's own apply.
 */
export function newsletterSnippet(
  entry: Pick<ShownWidget, 'id' | 'title' | 'description' | 'imageDescription' | 'source' | 'shown'>,
  storyTitle: string,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  const links = embedLinks(entry, site, base);
  const width = NEWSLETTER_WIDTH;
  const story = attribute(links.story);
  return [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:${width}px">`,
    `<tr><td style="padding:0 0 8px;font-family:Georgia,serif;font-size:20px;line-height:1.3;font-weight:bold">` +
      `<a href="${story}">${text(entry.title)}</a></td></tr>`,
    `<tr><td><a href="${story}"><img src="${attribute(links.png)}" width="${width}" ` +
      `alt="${attribute(entry.imageDescription ?? entry.description)}" style="display:block;width:100%;max-width:${width}px;height:auto;border:0"></a></td></tr>`,
    `<tr><td style="padding:8px 0 0;font-family:Arial,sans-serif;font-size:13px;line-height:1.4">` +
      `Source: ${text(entry.source)}. <a href="${story}">See it in the story “${text(storyTitle)}”</a></td></tr>`,
    '</table>',
  ].join('\n');
}

/** The column a newsletter image is set for: the width most email templates use. */
export const NEWSLETTER_WIDTH = 600;
