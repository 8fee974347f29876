/**
 * What the share cards and share links say, and where the cards live. The story's card shows its lead
 * graphic, the 1% MaaS share bar, because it is the article's argument in one picture.
 */
import { widgetPaths } from '../lib/widget-paths';
import { article } from './article';

/** The words of a share card (src/images/share-card.ts draws them). */
export interface ShareCardText {
  /** A short line above the title: "Commentary · Silicon Star People Pro". */
  kicker: string;
  title: string;
  /** One or two lines at the bottom: the byline or the site. */
  footer: string;
}

export const LEAD_WIDGET_ID = 'maas-share';

/** Site-relative paths of the cards (endpoints in src/pages). */
export const STORY_CARD_PATH = 'card.png';
export const chartCardPath = (id: string) => widgetPaths(id).card;

export const storyCardText: ShareCardText = {
  kicker: `Commentary · ${article.publication}`,
  title: article.headline,
  footer: `By ${article.author} · ${article.publishedLabel} · English translation`,
};

/** The story card's alt text; `lead` is the lead graphic's title as shown (its numbers bound to the records). */
export function storyCardAlt(lead: { title: string }): string {
  return `Share card: the headline “${article.headline}” beside the chart “${lead.title}”.`;
}
