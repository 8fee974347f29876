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
import { MIN_BAR, fitBars } from '../../src/widgets/tokens-per-task/bar-labels';
import {
  compare,
  formatCost,
  tokensPerTaskModel,
  type TokensPerTaskModel,
} from '../../src/widgets/tokens-per-task/model';
import { itLaysOutAtEveryWidth } from '../support/layouts';

const bounds = { min: 1, max: 10_000_000 };

/** Any set of values the calculator accepts. */
const valuesArb: fc.Arbitrary<Values> = fc.record({
  tokensA: fc.integer({ min: fieldSpec('tokensA').min, max: fieldSpec('tokensA').max }),
  tokensB: fc.integer({ min: fieldSpec('tokensB').min, max: fieldSpec('tokensB').max }),
  price: fc.integer({ min: fieldSpec('price').min, max: fieldSpec('price').max }),
  tasks: fc.integer({ min: fieldSpec('tasks').min, max: fieldSpec('tasks').max }),
});

describe('tokensPerTaskModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const defaults = defaultValues(set);
  const texts = (m: TokensPerTaskModel) => m.texts.map((t) => t.text);
  const bar = (m: TokensPerTaskModel, group: 'work' | 'tokens', model: 'A' | 'B') =>
    m.bars.find((b) => b.group === group && b.model === model)!;

  it('starts from the article’s 10,000 and 1,000 tokens', () => {
    expect(defaults.tokensA).toBe(10_000);
    expect(defaults.tokensB).toBe(1_000);
    const changed = toFigureSet(figures.map((f) => (f.id === 'task-tokens-model-b' ? { ...f, value: 2_000 } : f)));
    expect(defaultValues(changed).tokensB).toBe(2_000);
  });

  it('shows a 10× call volume for the same work, the ratio the records give, to scale', () => {
    const m = tokensPerTaskModel(defaults, 640);
    expect(m.ratio).toBe(derived(set, 'task-token-ratio').value);
    expect(m.verdict).toBe('Same work, 10× the call volume for model A.');
    expect(m.dailyTokensA).toBe(10_000 * defaults.tasks);
    expect(m.costA).toBeCloseTo(((10_000 * defaults.tasks) / 1e6) * defaults.price, 10);
    expect(bar(m, 'work', 'A').width).toBe(bar(m, 'work', 'B').width);
    const a = bar(m, 'tokens', 'A');
    const b = bar(m, 'tokens', 'B');
    // The longer bar fills the room beside the names; the shorter is a tenth of it.
    expect(a.x + a.width).toBe(640);
    expect(b.width / a.width).toBeCloseTo(0.1, 10);
  });

  it('labels volumes and costs in words, and the chart’s description reads as sentences', () => {
    const m = tokensPerTaskModel({ tokensA: 10_000, tokensB: 1_000, price: 8, tasks: 10_000 }, 640);
    expect(bar(m, 'tokens', 'A').label).toBe('100 million tokens · 800 yuan');
    expect(bar(m, 'tokens', 'B').label).toBe('10 million tokens · 80 yuan');
    expect(texts(m)).toContain('100 million tokens · 800 yuan');
    expect(texts(m)).toContain('10,000 tasks');
    expect(m.summary).toContain('Both models do 10,000 tasks a day.');
    expect(m.summary).toMatch(/^[A-Z].*\.$/);
  });

  it('names the heavier model, or none, whichever way round the numbers are', () => {
    const verdict = (values: Values) => compare(values).verdict;
    expect(verdict({ tokensA: 1_000, tokensB: 3_000, price: 1, tasks: 1 })).toBe(
      'Same work, 3× the call volume for model B.',
    );
    expect(verdict({ tokensA: 500, tokensB: 500, price: 1, tasks: 1 })).toBe('Same work, same call volume.');
    expect(verdict({ tokensA: 10_000_000, tokensB: 9_999_999, price: 1, tasks: 1 })).toBe(
      'Same work, slightly more call volume for model A.',
    );
    const tiny = tokensPerTaskModel({ tokensA: 1, tokensB: 1, price: 1, tasks: 1 }, 640);
    expect(bar(tiny, 'tokens', 'A').label).toBe('1 token · under 0.01 yuan');
    expect(texts(tiny)).toContain('1 task');
  });

  it('keeps the verdict short: 52 characters at most', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        expect(compare(values).verdict.length).toBeLessThanOrEqual(52);
      }),
    );
  });

  it('never shows NaN, Infinity or a missing number for any accepted input, and keeps the bars to scale', () => {
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...TEST_WIDTHS), (values, width) => {
        const m = tokensPerTaskModel(values, width);
        const words = [m.verdict, m.summary, ...texts(m), ...m.bars.map((b) => b.label)].join(' ');
        expect(words).not.toMatch(/NaN|Infinity|—|undefined/);
        for (const b of m.bars) {
          expect(Number.isFinite(b.width)).toBe(true);
          expect(b.width).toBeGreaterThanOrEqual(MIN_BAR);
          expect(b.x + b.width).toBeLessThanOrEqual(width + 1e-9);
        }
        expect(m.ratio).toBeGreaterThanOrEqual(1);
        // One price for both: cost and tokens differ by the same factor.
        expect(Math.max(m.costA, m.costB) / Math.min(m.costA, m.costB)).toBeCloseTo(m.ratio, 6);
        const a = bar(m, 'tokens', 'A').width;
        const b = bar(m, 'tokens', 'B').width;
        if (Math.min(a, b) > MIN_BAR) expect(Math.max(a, b) / Math.min(a, b)).toBeCloseTo(m.ratio, 6);
      }),
    );
  });

  it('lays out soundly for any accepted numbers, not only the article’s: no value label clipped', () => {
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...TEST_WIDTHS), (values, width) => {
        const m = tokensPerTaskModel(values, width);
        expect(layoutProblems(m), `${JSON.stringify(values)} at ${width} px`).toEqual([]);
        // The height is the band's whatever the numbers: typing never moves what is under the chart.
        expect(m.height).toBe(tokensPerTaskModel(defaults, width).height);
      }),
      { numRuns: 300 },
    );
  });

  it('puts names and values above the bars when narrow, beside them when wide', () => {
    const narrow = tokensPerTaskModel(defaults, 360);
    const medium = tokensPerTaskModel(defaults, 640);
    const wide = tokensPerTaskModel(defaults, 1000);
    expect([narrow.arrangement, medium.arrangement, wide.arrangement]).toEqual(['stacked', 'rows', 'panels']);
    const name = (m: TokensPerTaskModel) => m.texts.find((t) => t.text === 'Model A')!;
    // Narrow: the name on a line of its own above the bar, which takes the whole width.
    expect(name(narrow).y).toBeLessThan(bar(narrow, 'work', 'A').y);
    expect(bar(narrow, 'work', 'A').x).toBe(0);
    // Medium and wide: the name in a column beside its bar.
    for (const m of [medium, wide]) {
      const { y, height, x } = bar(m, 'work', 'A');
      expect(name(m).y).toBeGreaterThan(y);
      expect(name(m).y).toBeLessThan(y + height);
      expect(x).toBeGreaterThan(0);
    }
    // Wide: the two groups side by side, in one row of bars.
    expect(bar(wide, 'tokens', 'A').y).toBe(bar(wide, 'work', 'A').y);
    expect(bar(medium, 'tokens', 'A').y).toBeGreaterThan(bar(medium, 'work', 'B').y);
    expect(narrow.height).toBeGreaterThan(medium.height);
    expect(medium.height).toBeGreaterThan(wide.height);
  });

  it('splits a value label too long for a narrow bar’s line: the tokens on the bar, the cost by the name', () => {
    const big = { tokensA: 9_876_543, tokensB: 4_123_457, price: 999, tasks: 98_765_432 };
    const narrow = tokensPerTaskModel(big, 280);
    expect(texts(narrow)).toContain('975.461 trillion tokens');
    expect(texts(narrow)).toContain('974.49 billion yuan');
    expect(texts(narrow).some((t) => t.includes(' · '))).toBe(false);
    // Wider, the same numbers fit in one label after or in the bar.
    expect(texts(tokensPerTaskModel(big, 640))).toContain('975.461 trillion tokens · 974.49 billion yuan');
  });

  itLaysOutAtEveryWidth((width) => ({ chart: tokensPerTaskModel(defaults, width) }));
  itLaysOutAtEveryWidth((width) => ({
    'large numbers': tokensPerTaskModel({ tokensA: 9_999_999, tokensB: 7, price: 1_000, tasks: 99_999_999 }, width),
  }));
});

describe('fitBars', () => {
  it('puts each label after its bar or inside it, on the full scale when it can', () => {
    const fit = fitBars([100, 10], [80, 80], 400, 6);
    expect(fit.fullScale).toBe(true);
    expect(fit.lengths).toEqual([400, 40]);
    expect(fit.inside).toEqual([true, false]);
  });

  it('shortens every bar on one scale when a middling bar’s label fits neither way', () => {
    const fit = fitBars([100, 50], [150, 150], 300, 6);
    expect(fit.fullScale).toBe(false);
    expect(fit.inside).toEqual([false, false]);
    expect(fit.lengths[0]! / fit.lengths[1]!).toBeCloseTo(2, 10);
    for (const length of fit.lengths) expect(length + 6 + 150).toBeLessThanOrEqual(300);
    expect(fit.lengths[0]).toBeGreaterThan(0);
  });

  it('never lets a label leave the area', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 200 }),
        (values, label) => {
          const fit = fitBars(
            values,
            values.map(() => label),
            500,
            6,
          );
          fit.lengths.forEach((length, i) => {
            if (fit.inside[i]) expect(label + 12).toBeLessThanOrEqual(length);
            else expect(length + 6 + label).toBeLessThanOrEqual(500 + 1e-9);
          });
        },
      ),
    );
  });

  it('formats costs to the fen, and tiny ones as under a fen', () => {
    expect(formatCost(0.004)).toBe('under 0.01 yuan');
    expect(formatCost(0.08)).toBe('0.08 yuan');
    expect(formatCost(1234.567)).toBe('1,234.57 yuan');
    expect(formatCost(2.5e9)).toBe('2.5 billion yuan');
  });
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
    const values = { tokensA: 5, tokensB: 6, price: 7, tasks: 8 };
    const next = linkedAddress('http://host:4321//embed/tokens-per-task/?lang=en#top', values);
    expect(next).toBe('http://host:4321//embed/tokens-per-task/?lang=en&tpt-a=5&tpt-b=6&tpt-price=7&tpt-tasks=8#top');
    expect(new URL(next).host).toBe('host:4321');
    // The same write joined by hand would name another host: "//embed/…?…" is protocol-relative.
    expect(new URL('//embed/tokens-per-task/?tpt-a=5', 'http://host:4321/').host).toBe('embed');
    expect(linkedAddress('https://example.org/news/tokens/', values)).toBe(
      'https://example.org/news/tokens/?tpt-a=5&tpt-b=6&tpt-price=7&tpt-tasks=8',
    );
  });

  it('uses the defaults where the link says nothing', () => {
    expect(readLink('', defaults)).toEqual({ values: defaults, refused: [] });
    expect(readLink('?tpt-b=250', defaults).values).toEqual({ ...defaults, tokensB: 250 });
  });

  it('refuses bad link values, keeps the defaults for them and does not repeat them', () => {
    const link = readLink('?tpt-a=%3Cimg%20src%3Dx%3E&tpt-price=-3&tpt-tasks=20', defaults);
    expect(link.values).toEqual({ ...defaults, tasks: 20 });
    expect(link.refused).toEqual(['tokensA', 'price']);
    const notice = refusedNotice(link.refused, defaults);
    expect(notice).toContain('model a, tokens per task (kept at 10,000)');
    expect(notice).toContain('price, yuan per million tokens');
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
