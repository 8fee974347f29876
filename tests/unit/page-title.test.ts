import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/data/article';
import { pageTitle, TITLE_MAX } from '../../src/lib/page-title';
import { SHOWN_WIDGETS as WIDGETS } from '../support/shown-widgets';

describe('page titles', () => {
  it('keep the suffix when it fits, drop it when not, cut at a word as a last resort', () => {
    expect(pageTitle('Short', 'Site')).toBe('Short · Site');
    const long = 'A chart title that is long enough that the site name no longer fits';
    expect(pageTitle(long, 'Tokens aren’t everything')).toBe(long);
    const tooLong = `${long}, and then some more words`;
    const cut = pageTitle(tooLong);
    expect(cut.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(tooLong.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('every page title of the site fits in 70 characters', () => {
    expect(article.pageTitle.length).toBeLessThanOrEqual(70);
    for (const entry of WIDGETS) expect(pageTitle(entry.title, article.shortTitle).length).toBeLessThanOrEqual(70);
  });

  it('the sitemap’s lastmod starts from the same publication time as the story', () => {
    expect(readFileSync('astro.config.ts', 'utf8')).toContain(`'${article.publishedAt}'`);
  });
});
