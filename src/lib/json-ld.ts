/**
 * The story's schema.org NewsArticle, as search engines read it (Google's Article rich result uses
 * headline, image, datePublished, dateModified and author). The original is described, not linked:
 * the source text gives no address for it.
 */
export interface NewsArticleInput {
  /** The page's absolute address. */
  url: string;
  headline: string;
  description: string;
  /** Absolute address of the share card. */
  image: string;
  author: string;
  /** ISO 8601: a day ("2026-01-07") where no time and zone are known, else a date-time with its offset. */
  datePublished: string;
  dateModified: string;
  /** Who publishes this page. */
  publisher: { name: string; url: string };
  /** The original, dated nowhere in the source (its dateline is the republication's), so given no date. */
  original: { description: string; publication: string; alternateName: string };
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const author = { '@type': 'Person', name: input.author };
  const original = {
    '@type': 'NewsArticle',
    description: input.original.description,
    author,
    publisher: {
      '@type': 'Organization',
      name: input.original.publication,
      alternateName: input.original.alternateName,
    },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    // Google shows at most 110 characters of a headline.
    headline: input.headline.slice(0, 110),
    description: input.description,
    image: [input.image],
    inLanguage: 'en',
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: [author],
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    translationOfWork: original,
    isBasedOn: original,
  };
}

/** The JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
