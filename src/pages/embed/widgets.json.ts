import type { APIRoute } from 'astro';
import { embedLinks } from '../../lib/embed-links';
import { absoluteUrl } from '../../lib/urls';
import { chartCardPath } from '../../data/share';
import { WIDGETS } from '../../widgets/registry';

/** The registry for machines: every URL absolute under SITE_URL and the base path. */
export const GET: APIRoute = ({ site }) => {
  const body = {
    site: absoluteUrl('', site),
    gallery: absoluteUrl('embed/', site),
    loader: absoluteUrl('embed.js', site),
    widgets: WIDGETS.map((entry) => {
      const links = embedLinks(entry, site);
      return {
        id: entry.id,
        title: entry.title,
        description: entry.description,
        embed: links.page,
        oembed: links.oembed,
        data: links.data,
        image: links.png,
        svg: links.svg,
        /** 1200 × 630, for link previews (the embed page's og:image); `image` is the full-height chart. */
        card: absoluteUrl(chartCardPath(entry.id), site),
        story: links.story,
        embedHeight: entry.embedHeight,
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
