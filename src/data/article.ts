/** The article's bibliographic facts, shown in the header, the metadata and the oEmbed files. */
export const article = {
  headline: "Tokens aren't everything: The competition in the AI cloud is just beginning.",
  shortTitle: "Tokens aren't everything",
  /** The <title>: search results show about 70 characters, so the <h1> alone keeps the full headline. */
  pageTitle: "Tokens aren't everything: AI cloud competition is just beginning",
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
  siteName: "Tokens aren't everything — an explainer",
  description:
    "Token call volume became the AI cloud's favourite number. The article's figures, from IDC's H1 2025 market data to Motorola's 1996 forecast, show why it is only the tip of the iceberg.",
} as const;
