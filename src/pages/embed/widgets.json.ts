import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../data/content';
import { widgetsJson } from '../../embed/widgets-json';
import { startHeight } from '../../components/widget/frame-height';

/** The registry for machines: every URL absolute under SITE_URL and the base path. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(widgetsJson(await loadFigureSet(), site, startHeight), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
