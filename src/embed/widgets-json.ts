import { chartCardPath } from '../data/share';
import type { FigureSet } from '../data/figures';
import { absoluteUrl } from '../lib/urls';
import { figuresFor } from '../widgets/data-rows';
import { showWidgets } from '../widgets/widget-text';
import { embedLinks } from './links';
import { hasData } from './static-paths';
import type { ShownWidget } from '../widgets/types';

/**
 * /embed/widgets.json, the registry for machines: every widget shown, every URL absolute under the base
 * path. `startHeight` is the frame's starting height (src/components/widget/frame-height.ts, a floor up).
 */
export function widgetsJson(
  set: FigureSet,
  site: URL | string | undefined,
  startHeight: (entry: ShownWidget, figures: FigureSet) => number,
  base: string = import.meta.env.BASE_URL,
) {
  return {
    site: absoluteUrl('', site, base),
    gallery: absoluteUrl('embed/', site, base),
    loader: absoluteUrl('embed.js', site, base),
    widgets: showWidgets(set).map((entry) => {
      const links = embedLinks(entry, site, base);
      return {
        id: entry.id,
        title: entry.title,
        description: entry.description,
        // The static image's own alt text: it shows the first view only, without the controls.
        imageDescription: entry.imageDescription ?? entry.description,
        embed: links.page,
        oembed: links.oembed,
        // null for a widget without numbers: it has no data.csv (src/pages/embed/[id]/data.csv.ts).
        data: hasData(entry, set) ? links.data : null,
        image: links.png,
        svg: links.svg,
        /** 1200 × 630, for link previews (the embed page's og:image); `image` is the full-height chart. */
        card: absoluteUrl(chartCardPath(entry.id), site, base),
        story: links.story,
        embedHeight: startHeight(entry, figuresFor(entry, set)),
      };
    }),
  };
}
