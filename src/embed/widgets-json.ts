import type { Correction } from '../data/correction-schema';
import { correctionLine } from '../data/figure-corrections';
import { chartCardPath } from '../data/share';
import type { FigureSet } from '../data/figures';
import { absoluteUrl } from '../lib/urls';
import { graphicCorrections } from '../widgets/corrections';
import { figuresFor } from '../widgets/data-rows';
import { RETIRED_WIDGETS, type RetiredEntry } from '../widgets/retired';
import { showRetired } from '../widgets/retired-text';
import { showWidgets } from '../widgets/widget-text';
import { embedLinks } from './links';
import { hasData } from './static-paths';
import type { ShownWidget } from '../widgets/types';

/**
 * The frames' starting heights, from src/components/widget/frame-height.ts and retired-graphic.ts (a floor
 * up, so handed in): a live graphic's from its entry and figures, a retired one's from its entry.
 */
export interface FrameHeights {
  live: (entry: ShownWidget, figures: FigureSet) => number;
  retired: (entry: RetiredEntry) => number;
}

/** A correction as machines get it: the day, the kind, the text and the line the graphic shows. */
const listed = (entries: readonly Correction[]) =>
  entries.map((entry) => ({ date: entry.date, kind: entry.kind, text: entry.text, line: correctionLine(entry) }));

/**
 * /embed/widgets.json, the registry for machines: every graphic shown (its texts rendered from the
 * records), every URL absolute under the base path. `widgets` are the live graphics; `retired` those that
 * left the story, whose addresses keep answering (content/ledger.json).
 */
export function widgetsJson(
  set: FigureSet,
  site: URL | string | undefined,
  heights: FrameHeights,
  base: string = import.meta.env.BASE_URL,
) {
  const card = (id: string) => absoluteUrl(chartCardPath(id), site, base);
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
        card: card(entry.id),
        story: links.story,
        embedHeight: heights.live(entry, figuresFor(entry, set)),
        corrections: listed(graphicCorrections(entry, set)),
      };
    }),
    retired: RETIRED_WIDGETS.map((registered: RetiredEntry) => {
      const entry = showRetired(registered, set);
      const links = embedLinks(entry, site, base);
      return {
        id: entry.id,
        title: entry.title,
        description: entry.description,
        retired: entry.retired.date,
        successor: entry.retired.successor ?? null,
        embed: links.page,
        oembed: links.oembed,
        // Every retired graphic keeps the data.csv the first edition published (header-only without records).
        data: links.data,
        image: links.png,
        svg: links.svg,
        card: card(entry.id),
        story: links.story,
        embedHeight: heights.retired(registered),
        corrections: listed(graphicCorrections(entry, set)),
      };
    }),
  };
}
