import { displayType } from '../lib/display-type';

/** The headline as content/source/article.txt writes it, typewriter apostrophe and full stop included. */
const SOURCE_HEADLINE = "Tokens aren't everything: The competition in the AI cloud is just beginning.";

/** The article's bibliographic facts, shown in the header, the metadata and the oEmbed files. */
export const article = {
  sourceHeadline: SOURCE_HEADLINE,
  /** As display type sets it: "Tokens aren’t everything: … just beginning", no full stop. */
  headline: displayType(SOURCE_HEADLINE),
  shortTitle: displayType("Tokens aren't everything"),
  /** The <title>: search results show about 70 characters, so the <h1> alone keeps the full headline. */
  pageTitle: displayType("Tokens aren't everything: AI cloud competition is just beginning"),
  /** What kind of piece the original is, as the masthead labels it. */
  genre: 'Commentary',
  deck: 'A sober reflection on the Token craze.',
  author: 'Yoky',
  publication: 'Silicon Star People Pro',
  publicationNative: '硅星人Pro',
  publishedAt: '2026-01-07T17:32:00+08:00',
  publishedLabel: 'January 7, 2026',
  /** The source text gives the time as "2026-01-07 17:32", the original's local time. */
  publishedTimeLabel: '17:32 Beijing time',
  republisher: '36Kr',
  credit:
    'This article is from the WeChat official account "Silicon Star People Pro", author: Yoky, published by 36Kr with authorization.',
  siteName: displayType("Tokens aren't everything — an explainer"),
  /**
   * The page's description (meta, Open Graph, JSON-LD): bound text (src/data/bound-text.ts), rendered by the
   * page, so a number can only enter it as a placeholder. The article argues by analogy; it shows nothing.
   */
  description:
    'Token call volume has become the most popular indicator of the AI cloud. This commentary argues, by analogy, that looking only at the API calls it counts is like seeing only the part of the iceberg above the water. The article in English, with charts of its figures.',
} as const;
