import type { APIRoute } from 'astro';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { correctionLine } from '../../../data/figure-corrections';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { widgetImage, widgetPng } from '../../../images/widget-image';
import { graphicCorrections } from '../../../widgets/corrections';
import { figuresFor } from '../../../widgets/data-rows';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  const image = props.retired
    ? retiredGraphic(props.retired, set, site).image
    : widgetImage(props.entry, figuresFor(props.entry, set), graphicCorrections(props.entry, set).map(correctionLine));
  return new Response(new Uint8Array(widgetPng(image)), { headers: { 'Content-Type': 'image/png' } });
};
