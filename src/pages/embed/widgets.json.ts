import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../data/content';
import { widgetsJson } from '../../embed/widgets-json';
import { startHeight } from '../../components/widget/frame-height';
import { retiredGraphic } from '../../components/widget/retired-graphic';

/** The registry for machines: every URL absolute under SITE_URL and the base path. */
export const GET: APIRoute = async ({ site }) => {
  const set = await loadFigureSet();
  const heights = {
    live: startHeight,
    retired: (entry: Parameters<typeof retiredGraphic>[0]) => retiredGraphic(entry, set, site).height,
  };
  return new Response(JSON.stringify(widgetsJson(set, site, heights), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
