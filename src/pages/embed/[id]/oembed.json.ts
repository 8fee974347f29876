import type { APIRoute } from 'astro';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { correctionLine, correctionMark } from '../../../data/figure-corrections';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { oembedFor } from '../../../embed/oembed';
import { startHeight } from '../../../components/widget/frame-height';
import { widgetImage } from '../../../images/widget-image';
import { graphicCorrections } from '../../../widgets/corrections';
import { figuresFor } from '../../../widgets/data-rows';

export const getStaticPaths = embedStaticPaths;

/**
 * The oEmbed file. Its `title` stands alone in the places that show it (a CMS's embed list, a link card),
 * so a correction to one of the graphic's figures is marked there: "… (corrected December 9, 2026)".
 */
export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  let body;
  if (props.retired) {
    const retired = retiredGraphic(props.retired, set, site);
    const oembed = oembedFor(props.retired, retired.height, site, retired.image);
    body = { ...oembed, title: `${props.retired.title}${retired.titleMark}` };
  } else {
    const corrections = graphicCorrections(props.entry, set);
    const figures = figuresFor(props.entry, set);
    const image = widgetImage(props.entry, figures, corrections.map(correctionLine));
    const oembed = oembedFor(props.entry, startHeight(props.entry, figures), site, image);
    body = { ...oembed, title: `${props.entry.title}${correctionMark(corrections)}` };
  }
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
