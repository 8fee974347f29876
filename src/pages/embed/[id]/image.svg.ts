import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../embed/static-paths';
import { widgetImage } from '../../../images/widget-image';
import { figuresFor } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';
import { showWidget } from '../../../widgets/widget-text';

export const getStaticPaths = widgetStaticPaths;

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props }) => {
  const set = await loadFigureSet();
  const image = widgetImage(showWidget(props.entry, set), figuresFor(props.entry, set));
  return new Response(image.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
