import type { WidgetEntry } from '../widgets/types';
import { absoluteUrl } from '../lib/urls';
import { widgetPaths } from '../lib/widget-paths';

/** Every address a journalist or a machine needs for one widget, absolute under SITE_URL and the base path. */
export interface EmbedLinks {
  /** The widget alone, for iframes. */
  page: string;
  oembed: string;
  /** RFC 4180 CSV of the widget's numbers. */
  data: string;
  png: string;
  svg: string;
  /** The widget's place in the story: its figure there. */
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
    story: `${at('')}#${paths.anchor}`,
    loader: at('embed.js'),
  };
}
