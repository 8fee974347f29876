import type { APIRoute } from 'astro';
import { embedLinks } from '../../embed/links';
import { absoluteUrl } from '../../lib/urls';
import { chartCardPath } from '../../data/share';
import { WIDGETS } from '../../widgets/registry';
import { loadFigureSet } from '../../data/content';
import { figuresFor } from '../../widgets/data-rows';
import { hasData } from '../../embed/static-paths';
import { startHeight } from '../../components/widget/frame-height';

/** The registry for machines: every URL absolute under SITE_URL and the base path. */
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
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
