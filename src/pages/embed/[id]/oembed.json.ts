import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../embed/static-paths';
import { oembedFor } from '../../../embed/oembed';
import { startHeight } from '../../../components/widget/frame-height';
import { widgetImage } from '../../../images/widget-image';
import { figuresFor } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';

export const getStaticPaths = widgetStaticPaths;

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props, site }) => {
  const figures = figuresFor(props.entry, await loadFigureSet());
  const image = widgetImage(props.entry, figures);
  const body = oembedFor(props.entry, startHeight(props.entry, figures), site, {
    width: image.width,
    height: image.height,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
