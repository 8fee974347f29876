import type { APIRoute } from 'astro';
import { liveGraphic } from '../../../components/widget/live-graphic';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { chartCardPng } from '../../../images/share-card';

export const getStaticPaths = embedStaticPaths;

/**
 * The graphic's 1200 × 630 card (og:image of its embed page): its static image, with any correction line,
 * centred so that a cropping host (Ghost's bookmark card) keeps it; image.png stays full height.
 */
export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  const graphic = props.retired ? retiredGraphic(props.retired, set, site) : liveGraphic(props.entry, set);
  const png = chartCardPng(graphic.entry.title, graphic.image);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
