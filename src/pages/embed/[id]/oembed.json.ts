import type { APIRoute } from 'astro';
import { liveGraphic } from '../../../components/widget/live-graphic';
import { retiredGraphic } from '../../../components/widget/retired-graphic';
import { loadFigureSet } from '../../../data/content';
import { oembedFor } from '../../../embed/oembed';
import { embedStaticPaths, type EmbedProps } from '../../../embed/static-paths';

export const getStaticPaths = embedStaticPaths;

/**
 * The oEmbed file. Its `title` stands alone in the places that show it (a CMS's embed list, a link card),
 * so a correction to one of the graphic's figures is marked there: "… (corrected 9 December 2026)".
 */
export const GET: APIRoute<EmbedProps> = async ({ props, site }) => {
  const set = await loadFigureSet();
  const graphic = props.retired ? retiredGraphic(props.retired, set, site) : liveGraphic(props.entry, set);
  const body = oembedFor(
    graphic.entry,
    graphic.height,
    site,
    graphic.image,
    import.meta.env.BASE_URL,
    graphic.titleMark,
  );
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
