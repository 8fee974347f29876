/** Display type: the headline as a desk sets it, from the article's own words. */
import { describe, expect, it } from 'vitest';
import { article } from '../../src/data/article';
import { boundTextProblems } from '../../src/data/bound-text';
import { displayType } from '../../src/lib/display-type';
import { readArticle } from '../support/article-text';

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

  it('describes the page without a number typed in, and without saying the figures “show” the argument', () => {
    expect(boundTextProblems(article.description)).toEqual([]);
    expect(article.description).not.toMatch(/\bshow(s)? why\b/i);
    expect(article.description).toMatch(/argues, by analogy/);
  });
});
