import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../embed/static-paths';
import { widgetImage } from '../../../images/widget-image';
import { figuresFor } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';

export const getStaticPaths = widgetStaticPaths;

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props }) => {
  const image = widgetImage(props.entry, figuresFor(props.entry, await loadFigureSet()));
  return new Response(image.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
