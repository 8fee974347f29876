import type { APIRoute } from 'astro';
import { loadFigureSet } from '../data/content';
import { LEAD_WIDGET_ID, storyCardText } from '../data/share';
import { shareCardPng } from '../images/share-card';
import { widgetImage } from '../images/widget-image';
import { figuresFor } from '../widgets/data-rows';
import { shownById } from '../widgets/widget-text';

/** The story's share card (og:image): the headline beside the lead graphic. */
export const GET: APIRoute = async () => {
  const set = await loadFigureSet();
  const lead = shownById(LEAD_WIDGET_ID, set);
  const png = shareCardPng(storyCardText, widgetImage(lead, figuresFor(lead, set)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
