import type { APIRoute } from 'astro';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { correctionLine } from '../../../data/figure-corrections';
import { chartCardText } from '../../../data/share';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { shareCardPng } from '../../../images/share-card';
import { widgetImage } from '../../../images/widget-image';
import { graphicCorrections } from '../../../widgets/corrections';
import { figuresFor } from '../../../widgets/data-rows';

export const getStaticPaths = embedStaticPaths;

/** The graphic's 1200 × 630 share card (og:image of its embed page); image.png stays full height. */
export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  let png: Buffer;
  if (props.retired) {
    const retired = retiredGraphic(props.retired, set, site);
    png = shareCardPng(chartCardText(props.retired, { retired: true }), retired.image);
  } else {
    const corrections = graphicCorrections(props.entry, set).map(correctionLine);
    png = shareCardPng(chartCardText(props.entry), widgetImage(props.entry, figuresFor(props.entry, set), corrections));
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
