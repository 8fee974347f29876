/**
 * The key points say only what the article says: every passage kept beside a point and every quotation
 * in it is the article's, verbatim; every number is bound, and its record's own words are in a passage of
 * its point, so the reviewer who reads a point beside its passages has the article's words for each claim.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundTextProblems, placeholders } from '../../src/data/bound-text';
import { ClaimError } from '../../src/data/claims';
import { stated, toFigureSet } from '../../src/data/figures';
import { KEY_POINTS, keyPointParts, keyPointText } from '../../src/data/key-points';
import { readFigures } from '../../src/data/load-figures';
import { normalizeText, readArticle } from '../support/article-text';

const records = await readFigures(resolve('content/figures.json'));
const set = toFigureSet(records);
const source = readArticle();
const article = normalizeText([source.headline, ...source.paragraphs].join('\n'));
const inArticle = (words: string) => article.includes(normalizeText(words));

describe('the key points', () => {
  it('are three', () => {
    expect(KEY_POINTS).toHaveLength(3);
  });

  KEY_POINTS.forEach((point, i) => {
    describe(`point ${i + 1}`, () => {
      it('keeps its passages of the article beside it, each found verbatim', () => {
        expect(point.passages.length).toBeGreaterThan(0);
        for (const passage of point.passages) expect(inArticle(passage), passage).toBe(true);
      });

      it('quotes the article verbatim, marked as a quotation', () => {
        const quotes = keyPointParts(point, i, set).filter((p) => p.kind === 'quote');
        expect(quotes.length).toBeGreaterThan(0);
        for (const quote of quotes) expect(inArticle(quote.text), quote.text).toBe(true);
      });

      it('types no number: each is a placeholder', () => {
        expect(boundTextProblems(point.text)).toEqual([]);
      });

      it('has, for each bound figure and period, the article’s own words for it among its passages', () => {
        for (const p of placeholders(point.text)) {
          const subject = stated(set, p.id)!;
          const made = 'made' in subject ? subject.made : undefined;
          const inputs = 'inputs' in subject ? subject.inputs : [];
          const words = p.options.includes('made')
            ? [made!.quote]
            : p.options.some((o) => o === 'period' || o === 'when')
              ? [subject.period === 'not stated' ? '' : subject.period.quote]
              : subject.quote
                ? [subject.quote]
                : inputs.map((id) => stated(set, id)!.quote!);
          for (const w of words) {
            expect(
              point.passages.some((passage) => normalizeText(passage).includes(normalizeText(w))),
              `{${p.id}}: “${w}” in a passage`,
            ).toBe(true);
          }
        }
      });
    });
  });

  it('read with the article’s hedges and the data’s numbers', () => {
    const texts = KEY_POINTS.map((point, i) => keyPointText(point, i, set));
    expect(texts[0]).toContain(
      'the MaaS market grew 421.2% year on year in the first half of 2025; computed from the same figures, it was ' +
        '1.07% of China’s public cloud market',
    );
    expect(texts[1]).toContain('“also huge”');
    expect(texts[2]).toContain(
      'in 1996 Motorola’s president predicted about 1 million mobile phone users in China by 2000',
    );
    expect(texts[2]).toContain('the number exceeded 100 million in 2000');
    expect(texts[2]).toContain('often underestimate the explosive power of the market and overestimate the short-term');
  });

  it('no longer say that most AI use runs outside the counts, nor equate token volume with the MaaS market', () => {
    const all = KEY_POINTS.map((point) => point.text).join(' ');
    expect(all).not.toMatch(/most AI use/i);
    expect(all).not.toMatch(/call volume counts API calls, the MaaS market/);
  });

  // Copy read 1 (findings 4, 8, 9, 31).
  it('do not give IDC a share it did not compute, nor read “this 1%” as the share’s own growth', () => {
    const first = KEY_POINTS[0]!.text;
    expect(first).not.toMatch(/\(IDC\)/);
    expect(first).toMatch(/computed from the same figures, it was \{maas-share-of-cloud\}/);
    expect(first).not.toMatch(/share’s growth|though/);
    expect(first).toContain('“When all attention is focused on the growth rate and ranking”');
  });

  it('keep the Motorola lesson with the caution it follows, whole, and apart from the full-stack judgment', () => {
    const third = KEY_POINTS[2]!.text;
    expect(third).toContain('“it’s still too early to draw conclusions on how this competition will evolve”');
    expect(third).toContain('and overestimate the short-term competitive landscape');
    expect(third).not.toMatch(/full-stack|infrastructure/);
  });

  it('write “token” in lower case, as the page’s own text does (the article’s capital is kept in its quotes)', () => {
    for (const [i, point] of KEY_POINTS.entries()) {
      const own = keyPointParts(point, i, set)
        .filter((p) => p.kind === 'text')
        .map((p) => (p as { text: string }).text)
        .join(' ');
      expect(own, `point ${i + 1}`).not.toMatch(/\bTokens?\b/);
    }
  });

  it('fail with a claim error when a bound number no longer fits their words', () => {
    const exact = toFigureSet(
      records.map((r) => (r.id === 'api-gpu-overlap' ? { ...r, qualifier: 'exact' as const } : r)),
    );
    expect(() => KEY_POINTS.map((point, i) => keyPointText(point, i, exact))).not.toThrow();
    const about = toFigureSet(
      records.map((r) => (r.id === 'china-mobile-users-2000' ? { ...r, qualifier: 'about' as const } : r)),
    );
    expect(() => KEY_POINTS.map((point, i) => keyPointText(point, i, about))).toThrow(ClaimError);
  });
});
