import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../lib/embed-static-paths';
import { oembedFor } from '../../../lib/oembed';
import { widgetImage } from '../../../lib/widget-image';
import { figuresFor } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';

export const getStaticPaths = widgetStaticPaths;

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props, site }) => {
  const image = widgetImage(props.entry, figuresFor(props.entry, await loadFigureSet()));
  const body = oembedFor(props.entry, site, { width: image.width, height: image.height });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
