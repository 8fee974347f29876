import type { APIRoute } from 'astro';
import { liveGraphic } from '../../../components/widget/live-graphic';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { widgetPng } from '../../../images/widget-image';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  const image = props.retired ? retiredGraphic(props.retired, set, site).image : liveGraphic(props.entry, set).image;
  return new Response(new Uint8Array(widgetPng(image)), { headers: { 'Content-Type': 'image/png' } });
};
