import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { chartCardText } from '../../../data/share';
import { widgetStaticPaths } from '../../../embed/static-paths';
import { shareCardPng } from '../../../images/share-card';
import { widgetImage } from '../../../images/widget-image';
import { figuresFor } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';
import { showWidget } from '../../../widgets/widget-text';

export const getStaticPaths = widgetStaticPaths;

/** The chart's 1200 × 630 share card (og:image of its embed page); image.png stays full height. */
export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props }) => {
  const set = await loadFigureSet();
  const entry = showWidget(props.entry, set);
  const png = shareCardPng(chartCardText(entry), widgetImage(entry, figuresFor(entry, set)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
