import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derived, toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { formatNumber } from '../../src/lib/format';
import {
  FIELDS,
  defaultValues,
  fieldSpec,
  parseWholeNumber,
  readLink,
  refusedNotice,
  writeLink,
  type Values,
} from '../../src/widgets/tokens-per-task/inputs';
import { formatCost, tokensPerTaskModel } from '../../src/widgets/tokens-per-task/model';

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

  it('starts from the article’s 10,000 and 1,000 tokens', () => {
    expect(defaults.tokensA).toBe(10_000);
    expect(defaults.tokensB).toBe(1_000);
    const changed = toFigureSet(figures.map((f) => (f.id === 'task-tokens-model-b' ? { ...f, value: 2_000 } : f)));
    expect(defaultValues(changed).tokensB).toBe(2_000);
  });

  it('shows a 10× call volume for the same work, the ratio the records give', () => {
    const m = tokensPerTaskModel(defaults);
    expect(m.ratio).toBe(derived(set, 'task-token-ratio').value);
    expect(m.verdict).toBe('Same work, 10× the call volume for model A.');
    expect(m.dailyTokensA).toBe(10_000 * defaults.tasks);
    expect(m.costA).toBeCloseTo(((10_000 * defaults.tasks) / 1e6) * defaults.price, 10);
    expect(m.work.bars[0].width).toBe(m.work.bars[1].width);
    expect(m.tokens.bars[0].width).toBe(400);
    expect(m.tokens.bars[1].width).toBeCloseTo(40, 10);
  });

  it('labels volumes and costs in words', () => {
    const m = tokensPerTaskModel({ tokensA: 10_000, tokensB: 1_000, price: 8, tasks: 10_000 });
    expect(m.tokens.bars[0].label).toBe('100 million tokens · 800 yuan');
    expect(m.tokens.bars[1].label).toBe('10 million tokens · 80 yuan');
    expect(m.work.bars[0].label).toBe('10,000 tasks');
    expect(m.summary).toContain('Both models do 10,000 tasks a day.');
  });

  it('names the heavier model, or none, whichever way round the numbers are', () => {
    expect(tokensPerTaskModel({ tokensA: 1_000, tokensB: 3_000, price: 1, tasks: 1 }).verdict).toBe(
      'Same work, 3× the call volume for model B.',
    );
    expect(tokensPerTaskModel({ tokensA: 500, tokensB: 500, price: 1, tasks: 1 }).verdict).toBe(
      'Same work, same call volume.',
    );
    expect(tokensPerTaskModel({ tokensA: 10_000_000, tokensB: 9_999_999, price: 1, tasks: 1 }).verdict).toBe(
      'Same work, slightly more call volume for model A.',
    );
    expect(tokensPerTaskModel({ tokensA: 1, tokensB: 1, price: 1, tasks: 1 }).tokens.bars[0].label).toBe(
      '1 token · under 0.01 yuan',
    );
  });

  it('never shows NaN, Infinity or a missing number for any accepted input', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const m = tokensPerTaskModel(values);
        const text = [m.verdict, m.summary, ...[m.work, m.tokens].flatMap((g) => g.bars.map((b) => b.label))].join(' ');
        expect(text).not.toMatch(/NaN|Infinity|—|undefined/);
        for (const bar of [...m.work.bars, ...m.tokens.bars]) {
          expect(Number.isFinite(bar.width)).toBe(true);
          expect(bar.width).toBeGreaterThan(0);
          expect(bar.width).toBeLessThanOrEqual(m.width);
        }
        expect(m.ratio).toBeGreaterThanOrEqual(1);
        // One price for both: cost and tokens differ by the same factor.
        expect(Math.max(m.costA, m.costB) / Math.min(m.costA, m.costB)).toBeCloseTo(m.ratio, 6);
        const longer = Math.max(m.tokens.bars[0].width, m.tokens.bars[1].width);
        expect(longer).toBe(m.width);
      }),
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
