import type { APIRoute } from 'astro';
import { embedLinks } from '../../embed/links';
import { absoluteUrl } from '../../lib/urls';
import { chartCardPath } from '../../data/share';
import { WIDGETS } from '../../widgets/registry';
import { RETIRED_WIDGETS } from '../../widgets/retired';
import { loadFigureSet } from '../../data/content';
import { figuresFor } from '../../widgets/data-rows';
import { hasData } from '../../embed/static-paths';
import { startHeight } from '../../components/widget/frame-height';
import { retiredGraphic } from '../../components/widget/retired-graphic';
import { graphicCorrections } from '../../widgets/corrections';
import { correctionLine } from '../../data/figure-corrections';
import type { Correction } from '../../data/correction-schema';

/** A correction as machines get it: the day, the kind, the text and the line the graphic shows. */
const listed = (entries: readonly Correction[]) =>
  entries.map((entry) => ({ date: entry.date, kind: entry.kind, text: entry.text, line: correctionLine(entry) }));

/**
 * The registry for machines: every URL absolute under SITE_URL and the base path. `widgets` are the live
 * graphics; `retired` those that left the story, whose addresses keep answering (content/ledger.json).
 */
export const GET: APIRoute = async ({ site }) => {
  const set = await loadFigureSet();
  const body = {
    site: absoluteUrl('', site),
    gallery: absoluteUrl('embed/', site),
    loader: absoluteUrl('embed.js', site),
    widgets: WIDGETS.map((entry) => {
      const links = embedLinks(entry, site);
      return {
        id: entry.id,
        title: entry.title,
        description: entry.description,
        embed: links.page,
        oembed: links.oembed,
        // null for a widget without numbers: it has no data.csv (src/pages/embed/[id]/data.csv.ts).
        data: hasData(entry, set) ? links.data : null,
        image: links.png,
        svg: links.svg,
        /** 1200 × 630, for link previews (the embed page's og:image); `image` is the full-height chart. */
        card: absoluteUrl(chartCardPath(entry.id), site),
        story: links.story,
        embedHeight: startHeight(entry, figuresFor(entry, set)),
        corrections: listed(graphicCorrections(entry, set)),
      };
    }),
    retired: RETIRED_WIDGETS.map((entry) => {
      const graphic = retiredGraphic(entry, set, site);
      const links = graphic.links;
      return {
        id: entry.id,
        title: entry.title,
        description: entry.description,
        retired: entry.retired.date,
        successor: graphic.successor?.id ?? null,
        embed: links.page,
        oembed: links.oembed,
        data: links.data,
        image: links.png,
        svg: links.svg,
        card: absoluteUrl(chartCardPath(entry.id), site),
        story: links.story,
        embedHeight: graphic.height,
        corrections: listed(graphicCorrections(entry, set)),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
