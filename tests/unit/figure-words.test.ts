/**
 * Every record says where the article states it: its quote is a span of content/source/article.txt,
 * verbatim, holding the record's number as the article writes it and the hedge the record carries; its
 * period and a forecast's date are the article's words too. Derived figures the article words itself
 * ("just over 1%") quote it the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hedgeFits } from '../../src/data/claims';
import { articleNumber, deriveFigures, toFigureSet } from '../../src/data/figures';
import { readQuote } from '../../src/data/figure-words';
import { readFigures } from '../../src/data/load-figures';
import { ARTICLE_PATH } from '../support/article-text';

const article = readFileSync(ARTICLE_PATH, 'utf8');
const records = await readFigures(resolve('content/figures.json'));
const set = toFigureSet(records);

describe('every record in the article’s own words', () => {
  it.each(records.map((r) => [r.id, r] as const))('%s: its quote is found verbatim in article.txt', (_, record) => {
    expect(article).toContain(record.quote);
  });

  it.each(records.map((r) => [r.id, r] as const))(
    '%s: the quote states the record’s number as the article writes it, with its hedge',
    (_, record) => {
      const reading = readQuote(record);
      expect(reading.states, `“${record.quote}” holds ${articleNumber(record)}`).toBe(true);
      if (record.qualifier === 'exact') expect(reading.hedge, record.quote).toBeUndefined();
      else
        expect(hedgeFits(record.qualifier, reading.hedge ?? ''), `${record.qualifier} in “${record.quote}”`).toBe(true);
    },
  );

  it.each(records.map((r) => [r.id, r] as const))('%s: its period and date are the article’s words', (_, record) => {
    if (record.period !== 'not stated') expect(article).toContain(record.period.quote);
    if (record.made) expect(article).toContain(record.made.quote);
  });

  it('quotes the article for the derived figures it words itself', () => {
    const worded = deriveFigures(set).filter((d) => d.quote);
    expect(worded.map((d) => d.id)).toContain('maas-share-of-cloud');
    for (const d of worded) expect(article, d.id).toContain(d.quote);
  });

  it('finds a number only whole: "1,000" is not in "10,000", nor "1%" in "21%"', () => {
    const tokens = records.find((r) => r.id === 'task-tokens-model-b')!;
    expect(readQuote({ ...tokens, quote: 'one model uses 10,000 Tokens' }).states).toBe(false);
    expect(readQuote({ ...tokens, quote: 'another uses 1,000' })).toEqual({ states: true, hedge: undefined });
    const overlap = records.find((r) => r.id === 'api-gpu-overlap')!;
    expect(readQuote({ ...overlap, quote: 'is as high as 170%' }).states).toBe(false);
    expect(readQuote({ ...overlap, quote: 'is as high as 70.5%' }).states).toBe(false);
    expect(readQuote(overlap)).toEqual({ states: true, hedge: 'as high as' });
  });

  it('notices a quote that no longer holds the number (a record corrected after publication)', () => {
    const qwen = records.find((r) => r.id === 'qwen-downloads')!;
    expect(readQuote({ ...qwen, value: 900e6 }).states).toBe(false);
    expect(readQuote(qwen)).toEqual({ states: true, hedge: 'exceeded' });
  });
});
