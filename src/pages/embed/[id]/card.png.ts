import type { APIRoute } from 'astro';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { correctionLine } from '../../../data/figure-corrections';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { chartCardPng } from '../../../images/share-card';
import { widgetImage } from '../../../images/widget-image';
import { graphicCorrections } from '../../../widgets/corrections';
import { figuresFor } from '../../../widgets/data-rows';

export const getStaticPaths = embedStaticPaths;

/**
 * The graphic's 1200 × 630 card (og:image of its embed page): its static image, with any correction line,
 * centred so that a cropping host (Ghost's bookmark card) keeps it; image.png stays full height.
 */
export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  const png = props.retired
    ? chartCardPng(props.retired.title, retiredGraphic(props.retired, set, site).image)
    : chartCardPng(
        props.entry.title,
        widgetImage(
          props.entry,
          figuresFor(props.entry, set),
          graphicCorrections(props.entry, set).map(correctionLine),
        ),
      );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
