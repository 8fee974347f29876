import type { APIRoute } from 'astro';
import { loadFigureSet } from '../data/content';
import { LEAD_WIDGET_ID, storyCardText } from '../data/share';
import { shareCardPng } from '../images/share-card';
import { widgetImage } from '../images/widget-image';
import { figuresFor } from '../widgets/data-rows';
import { WIDGETS } from '../widgets/registry';

/** The story's share card (og:image): the headline beside the lead graphic. */
export const GET: APIRoute = async () => {
  const lead = WIDGETS.find((entry) => entry.id === LEAD_WIDGET_ID);
  if (!lead) throw new Error(`The story's share card needs the widget "${LEAD_WIDGET_ID}" in the registry`);
  const png = shareCardPng(storyCardText, widgetImage(lead, figuresFor(lead, await loadFigureSet())));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
