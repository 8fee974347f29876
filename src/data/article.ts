import { displayType } from '../lib/display-type';
import { formatDay } from './format';

/** The headline as content/source/article.txt writes it, typewriter apostrophe and full stop included. */
const SOURCE_HEADLINE = "Tokens aren't everything: The competition in the AI cloud is just beginning.";

/**
 * The source text's dateline, verbatim: the 36Kr republication prints "硅星人Pro2026-01-07 17:32" under the
 * headline. It names no time zone and does not say whether this is when the original appeared on WeChat or
 * when 36Kr republished it, so the page states the day only, as an ISO date, and quotes the dateline as the
 * source's (docs/copy-desk.md, "Dates").
 */
const DATELINE = '2026-01-07 17:32';
const DAY = DATELINE.slice(0, 10);

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
  /** The source's dateline as it prints it, quoted on the page as the source's own. */
  dateline: DATELINE,
  /** The dateline's day (YYYY-MM-DD): the story's datePublished, without a time no source gives. */
  publishedAt: DAY,
  /** The same day as the page writes every date: "7 January 2026" (formatDay). */
  publishedLabel: formatDay(DAY),
  republisher: '36Kr',
  credit:
    'This article is from the WeChat official account "Silicon Star People Pro", author: Yoky, published by 36Kr with authorization.',
  /** The site's name (og:site_name, oEmbed provider, chart cards, JSON-LD publisher): what it is, the article with charts. */
  siteName: displayType("Tokens aren't everything — the article in English, with charts"),
  /**
   * The page's description (meta, Open Graph, JSON-LD): bound text (src/data/bound-text.ts), rendered by the
   * page, so a number can only enter it as a placeholder. The article argues by analogy; it shows nothing.
   */
  description:
    'As companies show their year-end report cards, token call volume has become “the most popular indicator”. This commentary argues, by analogy, that looking only at the API calls it counts is like seeing only the part of the iceberg above the water. The article in English, with charts.',
} as const;
