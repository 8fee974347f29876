import { describe, expect, it } from 'vitest';
import { article } from '../../src/data/article';
import { jsonLdText, newsArticleJsonLd } from '../../src/lib/json-ld';
import { articleProblems } from '../support/article-json-ld';

const input = {
  url: 'https://example.org/news/tokens/',
  headline: article.headline,
  description: article.description,
  image: 'https://example.org/news/tokens/card.png',
  author: article.author,
  datePublished: article.publishedAt,
  dateModified: article.publishedAt,
  publisher: { name: article.siteName, url: 'https://example.org/news/tokens/' },
  original: {
    description: 'The original.',
    publication: 'P',
    alternateName: 'P native',
  },
};

describe('the story JSON-LD', () => {
  const data = newsArticleJsonLd(input);

  it('has every field Google’s Article rich result reads', () => {
    expect(articleProblems(data)).toEqual([]);
    expect(data['@type']).toBe('NewsArticle');
    expect(data['author']).toEqual([{ '@type': 'Person', name: 'Yoky' }]);
    // The source's dateline names no time zone: the day, and no time (copy read 1, finding 3).
    expect(data['datePublished']).toBe('2026-01-07');
    expect(data['inLanguage']).toBe('en');
  });

  it('the checker catches a broken record', () => {
    expect(articleProblems({ ...data, image: ['/card.png'] })).toEqual(['image']);
    expect(articleProblems({ ...data, datePublished: '7 January 2026' })).toEqual(['datePublished']);
    expect(articleProblems({ ...data, datePublished: '2026-01-07T17:32' })).toContain('datePublished');
    expect(articleProblems({ ...data, datePublished: '2026-01-06T17:32:00+08:00' })).toEqual([]);
    expect(articleProblems({ ...data, author: { '@type': 'Person' } })).toEqual(['author']);
  });

  it('describes the original without an address', () => {
    for (const key of ['translationOfWork', 'isBasedOn']) {
      const original = data[key] as Record<string, unknown>;
      expect(original['@type']).toBe('NewsArticle');
      expect(original).not.toHaveProperty('url');
      expect(JSON.stringify(original)).not.toMatch(/https?:/);
      // Dated nowhere in the source: its only dateline is the republication's.
      expect(original).not.toHaveProperty('datePublished');
    }
  });

  it('is written so that no text can end the <script> element', () => {
    const text = jsonLdText({ a: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});
