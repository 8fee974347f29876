import type { WidgetEntry } from '../widgets/types';
import { absoluteUrl } from '../lib/urls';
import { widgetPaths } from '../lib/widget-paths';
import { retiredById } from '../widgets/retired';

/**
 * The id of a graphic's place in the story: its own figure while it is live, and once it is retired the
 * place where its numbers now stand (its registry entry's `retired.story`).
 */
export function storyAnchor(id: string): string {
  return retiredById(id)?.retired.story ?? widgetPaths(id).anchor;
}

/** Every address a journalist or a machine needs for one widget, absolute under SITE_URL and the base path. */
export interface EmbedLinks {
  /** The widget alone, for iframes. */
  page: string;
  oembed: string;
  /** RFC 4180 CSV of the widget's numbers. */
  data: string;
  png: string;
  svg: string;
  /** The widget's place in the story: its figure there (storyAnchor). */
  story: string;
  /** The auto-height loader the snippet includes. */
  loader: string;
}

export function embedLinks(
  entry: Pick<WidgetEntry, 'id'>,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): EmbedLinks {
  const at = (path: string) => absoluteUrl(path, site, base);
  const paths = widgetPaths(entry.id);
  return {
    page: at(paths.page),
    oembed: at(paths.oembed),
    data: at(paths.data),
    png: at(paths.png),
    svg: at(paths.svg),
    story: `${at('')}#${storyAnchor(entry.id)}`,
    loader: at('embed.js'),
  };
}
