import { article } from '../data/article';
import type { ShownWidget } from '../widgets/types';
import { embedLinks } from './links';
import { embedOembedHtml } from './snippet';
import { absoluteUrl } from '../lib/urls';

/**
 * The width (px) oEmbed says the snippet needs. The iframe itself is fluid (style width 100%) and sizes its
 * height to the content, so this is only the column width consumers should plan for; a static host
 * cannot honour a consumer's maxwidth/maxheight (docs/embedding.md).
 */
export const OEMBED_WIDTH = 640;

/** An oEmbed 1.0 "rich" response, as written to /embed/<id>/oembed.json at build time. */
export function oembedFor(
  entry: Pick<ShownWidget, 'id' | 'title' | 'source' | 'shown'>,
  /** The height the frame starts at (src/components/widget/frame-height.ts). */
  height: number,
  site: URL | string | undefined,
  thumbnail: { width: number; height: number },
  base: string = import.meta.env.BASE_URL,
  /**
   * " (corrected 9 December 2026)" when a correction concerns one of its figures (src/data/figure-corrections.ts):
   * the title stands alone where it is shown (a CMS's embed list, a link card), so it says so itself.
   */
  titleMark = '',
) {
  const links = embedLinks(entry, site, base);
  return {
    version: '1.0',
    type: 'rich',
    title: `${entry.title}${titleMark}`,
    provider_name: article.siteName,
    provider_url: absoluteUrl('', site, base),
    html: embedOembedHtml(entry, height, site, base),
    width: OEMBED_WIDTH,
    height: Math.round(height),
    thumbnail_url: links.png,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: 86400,
  } as const;
}
