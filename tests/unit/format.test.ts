import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatQualified,
  formatRounded,
  formatScaled,
  formatTick,
  formatValue,
  roundSignificant,
} from '../../src/data/format';

describe('formatValue', () => {
  it.each([
    [120669000000, 'yuan', '120.669 billion yuan'],
    [1290000000, 'yuan', '1.29 billion yuan'],
    [3070000000, 'yuan', '3.07 billion yuan'],
    [800000000, 'downloads', '800 million downloads'],
    [1000000, 'users', '1 million users'],
    [1000000000, 'users', '1 billion users'],
    [10000, 'tokens', '10,000 tokens'],
    [1.0690401346, 'percent', '1.07%'],
    [60, 'percent', '60%'],
    [421.2, 'percent-change', '+421.2%'],
    [20, 'percent-change', '+20%'],
    [-3.5, 'percent-change', '-3.5%'],
    [10, 'times', '10×'],
  ] as const)('%s %s -> %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it('can leave out the unit word', () => {
    expect(formatValue(120669000000, 'yuan', { bare: true })).toBe('120.669 billion');
  });

  it('can leave out the plus sign of a change, for prose that says "an increase of"', () => {
    expect(formatValue(421.2, 'percent-change', { unsigned: true })).toBe('421.2%');
    expect(formatValue(-3.5, 'percent-change', { unsigned: true })).toBe('-3.5%');
    expect(formatValue(60, 'percent', { unsigned: true })).toBe('60%');
  });

  it('never prints NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom('yuan', 'percent', 'percent-change', 'times', 'tokens'),
        (value, unit) => {
          const text = formatValue(value, unit);
          expect(text).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });
});

describe('formatQualified', () => {
  it('states the hedge the article uses', () => {
    expect(formatQualified(800000000, 'downloads', 'over')).toBe('over 800 million downloads');
    expect(formatQualified(20, 'percent-change', 'nearly')).toBe('nearly +20%');
    expect(formatQualified(70, 'percent', 'as-high-as')).toBe('as high as 70%');
    expect(formatQualified(1.29e9, 'yuan', 'exact')).toBe('1.29 billion yuan');
  });
});

describe('formatScaled and formatTick', () => {
  it('scale large numbers to words and ticks to letters', () => {
    expect(formatScaled(2.5e12)).toBe('2.5 trillion');
    expect(formatScaled(999)).toBe('999');
    expect(formatTick(1e6)).toBe('1M');
    expect(formatTick(1.2e11)).toBe('120B');
    expect(formatTick(5000)).toBe('5K');
    expect(formatTick(Number.NaN)).toBe('—');
  });
});

describe('formatRounded', () => {
  it('rounds a computed amount for a label and hedges it as the rounding leaves it', () => {
    expect(formatRounded(6.03345e9, 'yuan', 'exact')).toBe('about 6 billion yuan');
    expect(formatRounded(6e9, 'yuan', 'exact')).toBe('6 billion yuan');
    expect(formatRounded(8.2e8, 'downloads', 'over')).toBe('over 800 million downloads');
    expect(roundSignificant(0.0347, 2)).toBeCloseTo(0.035, 10);
  });
});
