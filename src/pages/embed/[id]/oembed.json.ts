import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../embed/static-paths';
import { oembedFor } from '../../../embed/oembed';
import { startHeight } from '../../../components/widget/frame-height';
import { widgetImage } from '../../../images/widget-image';
import { figuresFor } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';
import { showWidget } from '../../../widgets/widget-text';

export const getStaticPaths = widgetStaticPaths;

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props, site }) => {
  const set = await loadFigureSet();
  const entry = showWidget(props.entry, set);
  const figures = figuresFor(entry, set);
  const image = widgetImage(entry, figures);
  const body = oembedFor(entry, startHeight(entry, figures), site, {
    width: image.width,
    height: image.height,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
