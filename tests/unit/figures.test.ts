import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/data/load-figures';
import {
  DERIVED_IDS,
  derived,
  deriveFigures,
  describe as describeFigure,
  figure,
  toFigureSet,
} from '../../src/data/figures';

const FIXTURES = 'tests/fixtures/figures';

describe('content/figures.json', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);

  it('holds every figure the article states', () => {
    const expected: Record<string, [number, string]> = {
      'public-cloud-market': [120.669e9, 'yuan'],
      'public-cloud-growth': [20, 'percent-change'],
      'maas-market': [1.29e9, 'yuan'],
      'maas-growth': [421.2, 'percent-change'],
      'ai-solution-market': [3.07e9, 'yuan'],
      'ai-solution-growth': [122.1, 'percent-change'],
      'key-industries-budget-share': [60, 'percent'],
      'api-gpu-overlap': [70, 'percent'],
      'qwen-downloads': [800e6, 'downloads'],
      'motorola-forecast': [1e6, 'users'],
      'china-mobile-users-2000': [100e6, 'users'],
      'china-mobile-users-later': [1e9, 'users'],
      'enterprises-not-in': [99, 'percent'],
      'task-tokens-model-a': [10000, 'tokens'],
      'task-tokens-model-b': [1000, 'tokens'],
    };
    for (const [id, [value, unit]] of Object.entries(expected)) {
      expect(figure(set, id), id).toMatchObject({ value, unit });
    }
  });

  it('computes the MaaS share as 1.29 / 120.669 = 1.07%', () => {
    const share = derived(set, 'maas-share-of-cloud');
    expect(share.value).toBeCloseTo((1.29 / 120.669) * 100, 10);
    expect(share.arithmetic).toBe('1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%');
  });

  it('derives every other number from the records', () => {
    expect(derived(set, 'mobile-forecast-miss').value).toBe(100);
    expect(derived(set, 'task-token-ratio').value).toBe(10);
    expect(deriveFigures(set).map((d) => d.id)).toEqual(DERIVED_IDS);
  });

  it('hedges a derived figure from its inputs: over 100 million ÷ about 1 million is about 100×', () => {
    const miss = derived(set, 'mobile-forecast-miss');
    expect(miss.qualifier).toBe('about');
    expect(describeFigure(miss)).toBe('about 100×');
    expect(describeFigure(miss, { words: true })).toBe('about 100 times');
    expect(miss.arithmetic).toBe('over 100 million users ÷ about 1 million users = about 100×');
    expect(derived(set, 'maas-share-of-cloud').qualifier).toBe('exact');
    expect(derived(set, 'task-token-ratio').qualifier).toBe('exact');
  });

  // Copy read 1 (findings 8, 33): the page computes a derived figure, so its source says so, and names whose
  // figures it computed it from, each input's source by its name, once.
  it('says a derived figure is computed, and from whose figures', () => {
    for (const d of deriveFigures(set)) {
      expect(d.source, d.id).toMatch(/^Computed from /);
      expect(d.source, d.id).not.toMatch(/[\d;]/);
      for (const id of d.inputs) {
        // "IDC, as the article cites it" is IDC's; "The president of Motorola, in …" the president of Motorola's.
        const owner = figure(set, id).source.split(',')[0]!.replace(/^The /, '');
        expect(d.source, `${d.id}: names "${owner}"`).toContain(owner);
      }
    }
    expect(derived(set, 'maas-share-of-cloud').source).toBe('Computed from IDC’s figures, as the article cites them');
    expect(derived(set, 'maas-share-of-cloud').sources).toEqual(['IDC, as the article cites it']);
  });

  it('marks a rounded result as rounded, with “≈”, and keeps its inputs’ caveats and desk notes', () => {
    expect(derived(set, 'maas-share-of-cloud').rounded).toBe(true);
    expect(derived(set, 'task-token-ratio')).toMatchObject({
      rounded: false,
      arithmetic: expect.stringMatching(/ = 10×$/),
    });
    const miss = derived(set, 'mobile-forecast-miss');
    // Both inputs carry the same fact check: it is said once.
    expect(figure(set, 'china-mobile-users-2000').caveat).toBe(figure(set, 'motorola-forecast').caveat);
    expect(miss.caveats).toEqual([figure(set, 'motorola-forecast').caveat]);
    expect(miss.deskNotes).toEqual([figure(set, 'china-mobile-users-2000').deskNote]);
    expect(derived(set, 'maas-share-of-cloud').caveats).toEqual([]);
  });

  it('gives a derived figure its inputs’ period, and the article’s words for it where it has them', () => {
    expect(derived(set, 'maas-share-of-cloud').period).toEqual({
      quote: 'in the first half of 2025',
      label: 'H1 2025',
    });
    expect(derived(set, 'maas-share-of-cloud').quote).toBe('accounting for just over 1%');
    expect(derived(set, 'task-token-ratio').period).toBe('not stated');
  });

  it('keeps no period the article does not give', () => {
    for (const id of ['api-gpu-overlap', 'enterprises-not-in', 'task-tokens-model-a', 'task-tokens-model-b']) {
      expect(figure(set, id).period, id).toBe('not stated');
    }
  });

  it('follows a change in the data', () => {
    const changed = toFigureSet(figures.map((f) => (f.id === 'maas-market' ? { ...f, value: 2.4e9 } : f)));
    expect(derived(changed, 'maas-share-of-cloud').value).toBeCloseTo((2.4 / 120.669) * 100, 10);
  });

  it('describes a record with its hedge', () => {
    expect(describeFigure(figure(set, 'qwen-downloads'))).toBe('over 800 million downloads');
  });

  it('names an unknown id', () => {
    expect(() => figure(set, 'nope')).toThrow(/Unknown figure "nope"/);
    expect(() => derived(set, 'nope')).toThrow(/Unknown derived figure/);
  });
});

describe('a malformed figures file', () => {
  const cases: Record<string, RegExp> = {
    'negative-market.json':
      /negative-market\.json: record #1 \("public-cloud-market"\), field "value": a yuan amount must not be negative/,
    'percent-over-100.json':
      /percent-over-100\.json: record #1 \("api-gpu-overlap"\), field "value": a percent share must be between 0 and 100/,
    'missing-source.json': /missing-source\.json: record #1 \("maas-market"\), field "source": source is required/,
    'unknown-unit.json': /unknown-unit\.json: record #1 \("maas-market"\), field "unit": unit must be one of/,
    'duplicate-id.json': /duplicate-id\.json: record #2 \("maas-market"\), field "id": duplicate id/,
    'not-json.json': /not-json\.json: is not valid JSON/,
    'extra-field.json': /extra-field\.json: record #1 \("maas-market"\), field "colour"/,
    // A period is the article's: its words (quote) with a label, or "not stated"; never a date added here.
    'period-without-quote.json':
      /period-without-quote\.json: record #1 \("api-gpu-overlap"\), field "period\.quote": period\.quote is required/,
    'period-not-stated-by-the-article.json':
      /period-not-stated-by-the-article\.json: record #1 \("api-gpu-overlap"\), field "period": period must be "not stated" or an object with the article's words for it \(quote\)/,
    'period-label-beyond-quote.json':
      /period-label-beyond-quote\.json: record #1 \("api-gpu-overlap"\), field "period\.label": "2026" is not in the quote "a few years later"/,
    'number-in-caveat.json':
      /number-in-caveat\.json: record #1 \("api-gpu-overlap"\), field "caveat": caveat must not hold a digit/,
  };

  it('has a fixture for every case', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [file, message] of Object.entries(cases)) {
    it(`${file} is refused with the file, record and field named`, async () => {
      await expect(readFigures(resolve(join(FIXTURES, file)))).rejects.toThrow(message);
    });
  }
});
