import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derived, toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { formatNumber } from '../../src/data/format';
import {
  FIELDS,
  defaultValues,
  fieldSpec,
  linkedAddress,
  parseWholeNumber,
  readLink,
  refusedNotice,
  writeLink,
  type Values,
} from '../../src/widgets/tokens-per-task/inputs';
import { TEST_WIDTHS } from '../../src/widgets/kit/bands';
import { layoutProblems } from '../../src/widgets/kit/layout-check';
import {
  QUOTE,
  compare,
  ratioText,
  tokensPerTaskModel,
  twoLines,
  unitFor,
  type TokensPerTaskModel,
} from '../../src/widgets/tokens-per-task/model';
import { itLaysOutAtEveryWidth } from '../support/layouts';

const bounds = { min: 1, max: 10_000_000 };

/** Any set of values the calculator accepts. */
const valuesArb: fc.Arbitrary<Values> = fc.record({
  tokensA: fc.integer({ min: fieldSpec('tokensA').min, max: fieldSpec('tokensA').max }),
  tokensB: fc.integer({ min: fieldSpec('tokensB').min, max: fieldSpec('tokensB').max }),
});

describe('tokensPerTaskModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const defaults = defaultValues(set);
  const texts = (m: TokensPerTaskModel) => m.texts.map((t) => t.text);
  const row = (m: TokensPerTaskModel, model: 'A' | 'B') => m.units.filter((u) => u.model === model);
  const filled = (m: TokensPerTaskModel, model: 'A' | 'B') => row(m, model).reduce((sum, u) => sum + u.fill, 0);

  it('starts from the article’s 10,000 and 1,000 tokens', () => {
    expect(defaults.tokensA).toBe(10_000);
    expect(defaults.tokensB).toBe(1_000);
    const changed = toFigureSet(figures.map((f) => (f.id === 'task-tokens-model-b' ? { ...f, value: 2_000 } : f)));
    expect(defaultValues(changed).tokensB).toBe(2_000);
  });

  it('draws each model’s tokens for the one task as squares of 1,000: ten and one', () => {
    for (const width of [320, 640, 1000]) {
      const m = tokensPerTaskModel(defaults, width);
      expect(m.unit).toBe(1_000);
      expect(m.unitLabel).toBe('Each square: 1,000 tokens');
      expect(row(m, 'A')).toHaveLength(10);
      expect(row(m, 'B')).toHaveLength(1);
      expect(texts(m)).toEqual(expect.arrayContaining(['10,000 tokens', '1,000 tokens']));
      // The article's words whole, on one line or two (at 320 px, with room for the reader's text spacing).
      expect(texts(m).join(' ')).toContain(QUOTE);
      expect(m.texts.filter((t) => QUOTE.includes(t.text)).length).toBe(width < 520 ? 2 : 1);
      // Squares stay square, one size.
      for (const u of m.units) expect(u.width).toBe(u.height);
    }
  });

  it('says model A uses ten times the tokens of model B, the ratio the records give, and asks the article’s question', () => {
    const m = tokensPerTaskModel(defaults, 640);
    expect(m.ratio).toBe(derived(set, 'task-token-ratio').value);
    expect(m.ratioLabel).toBe('10 times');
    expect(m.verdict).toBe('For the same task, model A uses 10 times the tokens of model B.');
    expect(m.summary).toBe(
      'One task, done by two models. Model A uses 10,000 tokens for it, model B 1,000 tokens. The article asks which one has stronger capabilities.',
    );
    // The article's example is a question about capability: it does not say what token statistics count.
    expect([m.verdict, m.summary, ...texts(m)].join(' ')).not.toMatch(/count(ed|s)?\b|statistics/i);
    // No price, no volume, no cost: nothing the article does not give.
    expect([m.verdict, m.summary, ...texts(m)].join(' ')).not.toMatch(/yuan|a day|per day|cost|price/i);
  });

  it('names the model with more tokens, or none, and hedges a ratio it rounds', () => {
    expect(compare({ tokensA: 1_000, tokensB: 3_000 }).verdict).toBe(
      'For the same task, model B uses 3 times the tokens of model A.',
    );
    expect(compare({ tokensA: 500, tokensB: 500 }).heavier).toBeNull();
    expect(compare({ tokensA: 500, tokensB: 500 }).verdict).toBe(
      'For the same task, both models use the same number of tokens.',
    );
    expect(compare({ tokensA: 10_000, tokensB: 3_000 }).ratioLabel).toBe('about 3.3 times');
    expect(ratioText(1.5)).toBe('1.5 times');
    expect(compare({ tokensA: 10_000_000, tokensB: 9_999_999 }).verdict).toBe(
      'For the same task, model A uses slightly more tokens than model B.',
    );
    // From a million up the ratio is written as the tokens are, hedged where that rounds it.
    expect(compare({ tokensA: 10_000_000, tokensB: 1 }).verdict).toBe(
      'For the same task, model A uses 10 million times the tokens of model B.',
    );
    expect(compare({ tokensA: 10_000_000, tokensB: 1 }).summary).toContain('Model A uses 10 million tokens');
    expect(ratioText(2_500_000)).toBe('2.5 million times');
    expect(ratioText(10_000_000 / 3)).toBe('about 3.333 million times');
    expect(ratioText(999_999)).toBe('999,999 times');
  });

  it('breaks a line it must break where the two halves are most even, losing no word', () => {
    expect(twoLines(QUOTE, 'label', 1000, true)).toEqual([QUOTE]);
    expect(twoLines(QUOTE, 'label', 280, true)).toEqual(['“Quantity does', 'not equal quality”']);
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z“”]{1,9}$/), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 60, max: 600 }),
        (words, width) => {
          const text = words.join(' ');
          expect(twoLines(text, 'label', width).join(' ')).toBe(text);
        },
      ),
    );
  });

  it('picks a round unit that keeps each row on one line', () => {
    expect(unitFor(10_000, 12)).toBe(1_000);
    expect(unitFor(30_000, 12)).toBe(5_000);
    expect(unitFor(12, 12)).toBe(1);
    expect(unitFor(13, 12)).toBe(2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 1, max: 40 }), (largest, capacity) => {
        const unit = unitFor(largest, capacity);
        expect(Math.ceil(largest / unit)).toBeLessThanOrEqual(capacity);
        expect(String(unit)).toMatch(/^[125]0*$/);
      }),
    );
  });

  it('keeps the squares to scale for any accepted input, and never shows NaN', () => {
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...TEST_WIDTHS), (values, width) => {
        const m = tokensPerTaskModel(values, width);
        const words = [m.verdict, m.summary, ...texts(m)].join(' ');
        expect(words).not.toMatch(/NaN|Infinity|—|undefined/);
        expect(filled(m, 'A') * m.unit).toBeCloseTo(values.tokensA, 3);
        expect(filled(m, 'B') * m.unit).toBeCloseTo(values.tokensB, 3);
        for (const u of m.units) {
          expect(u.x).toBeGreaterThanOrEqual(0);
          expect(u.x + u.width).toBeLessThanOrEqual(width + 1e-9);
          expect(u.fill).toBeGreaterThan(0);
          expect(u.fill).toBeLessThanOrEqual(1);
        }
        expect(m.ratio).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('lays out soundly for any accepted numbers, not only the article’s: no label clipped', () => {
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...TEST_WIDTHS), (values, width) => {
        const m = tokensPerTaskModel(values, width);
        expect(layoutProblems(m), `${JSON.stringify(values)} at ${width} px`).toEqual([]);
        // The height is the band's whatever the numbers: typing never moves what is under the figure.
        expect(m.height).toBe(tokensPerTaskModel(defaults, width).height);
      }),
      { numRuns: 300 },
    );
  });

  it('puts the names above the squares when narrow, beside them from 520 px, and stays short', () => {
    const narrow = tokensPerTaskModel(defaults, 360);
    const medium = tokensPerTaskModel(defaults, 640);
    expect([narrow.arrangement, medium.arrangement]).toEqual(['stacked', 'rows']);
    const name = (m: TokensPerTaskModel) => m.texts.find((t) => t.text === 'Model A')!;
    expect(name(narrow).y).toBeLessThan(row(narrow, 'A')[0]!.y);
    expect(row(narrow, 'A')[0]!.x).toBe(0);
    expect(row(medium, 'A')[0]!.x).toBeGreaterThan(name(medium).x);
    expect(narrow.height).toBeLessThan(260);
    expect(medium.height).toBeLessThan(200);
  });

  itLaysOutAtEveryWidth((width) => ({
    'large numbers': tokensPerTaskModel({ tokensA: 9_999_999, tokensB: 7 }, width),
  }));
});

describe('parseWholeNumber', () => {
  it('reads whole numbers, with or without thousands separators', () => {
    expect(parseWholeNumber('10000', bounds)).toEqual({ ok: true, value: 10_000 });
    expect(parseWholeNumber(' 10,000 ', bounds)).toEqual({ ok: true, value: 10_000 });
    expect(parseWholeNumber('10 000', bounds)).toEqual({ ok: true, value: 10_000 });
    expect(parseWholeNumber('007', bounds)).toEqual({ ok: true, value: 7 });
  });

  it('refuses what is not a whole number in bounds, saying why', () => {
    const reason = (raw: string) => {
      const parsed = parseWholeNumber(raw, bounds);
      return parsed.ok ? 'ok' : parsed.reason;
    };
    expect(reason('')).toBe('empty');
    expect(reason('   ')).toBe('empty');
    expect(reason('-5')).toBe('too-small');
    expect(reason('−5')).toBe('too-small');
    expect(reason('0')).toBe('too-small');
    expect(reason('1.5')).toBe('not-whole');
    expect(reason('abc')).toBe('not-a-number');
    expect(reason('1e5')).toBe('not-a-number');
    expect(reason('Infinity')).toBe('not-a-number');
    expect(reason('NaN')).toBe('not-a-number');
    expect(reason('1,00')).toBe('not-a-number');
    expect(reason('<script>alert(1)</script>')).toBe('not-a-number');
    expect(reason('10000001')).toBe('too-large');
    expect(reason('9'.repeat(400))).toBe('too-large');
    const parsed = parseWholeNumber('10000001', bounds);
    expect(!parsed.ok && parsed.message).toBe('Must be at most 10,000,000.');
  });

  it('accepts every whole number in bounds, typed plainly or grouped', () => {
    fc.assert(
      fc.property(fc.integer({ min: bounds.min, max: bounds.max }), (n) => {
        expect(parseWholeNumber(String(n), bounds)).toEqual({ ok: true, value: n });
        expect(parseWholeNumber(formatNumber(n), bounds)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('says why in a message short enough for one line at 320 px', () => {
    for (const spec of FIELDS) {
      for (const raw of ['', '-1', '1.5', 'x', '9'.repeat(20)]) {
        const parsed = parseWholeNumber(raw, spec);
        expect(!parsed.ok && parsed.message.length).toBeLessThanOrEqual(34);
      }
    }
  });

  it('refuses every number out of bounds', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e12, max: bounds.min - 1 }), fc.integer({ min: bounds.max + 1, max: 1e15 })),
        (n) => {
          const parsed = parseWholeNumber(String(n), bounds);
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(parsed.reason).toBe(n < bounds.min ? 'too-small' : 'too-large');
        },
      ),
    );
  });

  it('turns any text into a number in bounds or a message, never NaN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-\d,. e]{0,20}$/)), (raw) => {
        const parsed = parseWholeNumber(raw, bounds);
        if (parsed.ok) {
          expect(Number.isInteger(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(bounds.min);
          expect(parsed.value).toBeLessThanOrEqual(bounds.max);
        } else {
          // The message is built from the bounds alone: nothing the reader typed is echoed back.
          expect(parsed.message.replace(/\d[\d,]*/g, '#')).toMatch(
            /^(Enter a number, # to #\.|Must be at (least|most) #\.|(No decimals|Digits only): # to #\.)$/,
          );
        }
      }),
    );
  });
});

describe('values in the address', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));
  const defaults = defaultValues(set);

  it('round-trips any accepted values through the query string, keeping other parameters', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const query = writeLink('?lang=en&tpt-a=3', values);
        const params = new URLSearchParams(query);
        expect(params.get('lang')).toBe('en');
        for (const field of FIELDS) expect(params.getAll(field.param)).toEqual([String(values[field.id])]);
        expect(readLink(query, defaults)).toEqual({ values, refused: [] });
      }),
    );
  });

  it('builds the address from the page’s own, even when its path starts with //', () => {
    const values = { tokensA: 5, tokensB: 6 };
    const next = linkedAddress('http://host:4321//embed/tokens-per-task/?lang=en#top', values);
    expect(next).toBe('http://host:4321//embed/tokens-per-task/?lang=en&tpt-a=5&tpt-b=6#top');
    expect(new URL(next).host).toBe('host:4321');
    // The same write joined by hand would name another host: "//embed/…?…" is protocol-relative.
    expect(new URL('//embed/tokens-per-task/?tpt-a=5', 'http://host:4321/').host).toBe('embed');
    expect(linkedAddress('https://example.org/news/tokens/', values)).toBe(
      'https://example.org/news/tokens/?tpt-a=5&tpt-b=6',
    );
  });

  it('uses the defaults where the link says nothing', () => {
    expect(readLink('', defaults)).toEqual({ values: defaults, refused: [] });
    expect(readLink('?tpt-b=250', defaults).values).toEqual({ ...defaults, tokensB: 250 });
  });

  it('refuses bad link values, keeps the defaults for them and does not repeat them', () => {
    const link = readLink('?tpt-a=%3Cimg%20src%3Dx%3E&tpt-b=-3&tpt-price=8&tpt-tasks=20', defaults);
    // The first edition's price and tasks a day, still in old links, are no longer read.
    expect(link.values).toEqual(defaults);
    expect(link.refused).toEqual(['tokensA', 'tokensB']);
    const notice = refusedNotice(link.refused, defaults);
    expect(notice).toContain('model a, tokens per task (kept at 10,000)');
    expect(notice).toContain('model b, tokens per task (kept at 1,000)');
    expect(notice).not.toMatch(/img|-3/);
    expect(refusedNotice([], defaults)).toBe('');
  });

  it('refuses any text that is not an accepted value', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const link = readLink(`?${new URLSearchParams({ 'tpt-a': raw })}`, defaults);
        const parsed = parseWholeNumber(raw, fieldSpec('tokensA'));
        if (parsed.ok) expect(link.values.tokensA).toBe(parsed.value);
        else {
          expect(link.values.tokensA).toBe(defaults.tokensA);
          expect(link.refused).toEqual(['tokensA']);
        }
      }),
    );
  });
});
