import type { WidgetEntry } from '../widgets/types';
import { embedLinks } from './embed-links';

function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The HTML a journalist pastes: the gallery, the story's "Embed" control and the oEmbed files all show this.
 * The iframe reads well on its own (full width, a starting height measured from the widget's layout) where a CMS strips scripts;
 * the loader then keeps its height equal to the content's. frameborder is obsolete but is the one way to drop
 * the default border without a style attribute, which strict host policies would block.
 */
export function embedSnippet(
  entry: Pick<WidgetEntry, 'id' | 'section' | 'title'>,
  /** The height the frame starts at (src/components/widget/frame-height.ts). */
  height: number,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  const links = embedLinks(entry, site, base);
  const iframe =
    `<iframe src="${attribute(links.page)}" title="${attribute(entry.title)}" width="100%" ` +
    `height="${Math.round(height)}" loading="lazy" frameborder="0"></iframe>`;
  const loader = `<script async src="${attribute(links.loader)}"></script>`;
  return `${iframe}\n${loader}`;
}
