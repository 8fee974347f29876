/** Display type: the headline as a desk sets it, from the article's own words. */
import { describe, expect, it } from 'vitest';
import { article } from '../../src/data/article';
import { boundTextProblems } from '../../src/data/bound-text';
import { formatDay } from '../../src/data/format';
import { displayType } from '../../src/lib/display-type';
import { readArticle } from '../support/article-text';
import { readFileSync } from 'node:fs';

describe('displayType', () => {
  it('sets a typographic apostrophe and quotes and drops a headline’s full stop, nothing else', () => {
    expect(displayType("Tokens aren't everything: The competition in the AI cloud is just beginning.")).toBe(
      'Tokens aren’t everything: The competition in the AI cloud is just beginning',
    );
    expect(displayType('figures like "dozens of trillions per day"')).toBe(
      'figures like “dozens of trillions per day”',
    );
    expect(displayType('Wait...')).toBe('Wait...');
    expect(displayType('No change')).toBe('No change');
  });
});

describe('the story’s display type', () => {
  it('is the article’s own headline, typographic apostrophe and no full stop', () => {
    expect(article.sourceHeadline).toBe(readArticle().headline);
    expect(article.headline).toBe('Tokens aren’t everything: The competition in the AI cloud is just beginning');
    for (const text of [article.headline, article.shortTitle, article.pageTitle, article.siteName]) {
      expect(text).not.toContain("'");
    }
  });

  it('dates the story from the source’s own dateline, the day only, in the page’s one date style', () => {
    // The 36Kr page prints the publication's name and then the dateline: "硅星人Pro2026-01-07 17:32".
    expect(readFileSync('content/source/article.txt', 'utf8')).toContain(
      `${article.publicationNative}${article.dateline}`,
    );
    expect(article.publishedAt).toBe(article.dateline.slice(0, 10));
    expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.publishedLabel).toBe(formatDay(article.publishedAt));
    expect(article.publishedLabel).toBe('7 January 2026');
  });

  it('calls the site what it is: the article with charts, not an explainer', () => {
    expect(article.siteName).not.toMatch(/explainer/i);
    expect(article.siteName.startsWith(article.shortTitle)).toBe(true);
  });

  it('describes the page without a number typed in, and without saying the figures “show” the argument', () => {
    expect(boundTextProblems(article.description)).toEqual([]);
    expect(article.description).not.toMatch(/\bshow(s)? why\b/i);
    expect(article.description).toMatch(/argues, by analogy/);
  });
});
