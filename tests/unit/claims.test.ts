import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsProblem, describeBounds, HEDGE_WORDS, hedgeFits, holds } from '../../src/data/claims';
import { QUALIFIERS } from '../../src/data/figure-schema';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

describe('boundsProblem', () => {
  it('accepts a range given by any sensible pair of bounds', () => {
    expect(boundsProblem({ above: 1, max: 1.5 })).toBeNull();
    expect(boundsProblem({ min: 120.6e9, below: 120.7e9 })).toBeNull();
    expect(boundsProblem({ min: 0 })).toBeNull();
    expect(boundsProblem({ min: 2, max: 2 })).toBeNull();
  });

  it('names what makes a claim uncheckable', () => {
    expect(boundsProblem({})).toBe('a claim needs at least one of min, max, above, below');
    expect(boundsProblem({ min: Number.NaN })).toBe('min must be a finite number (got NaN)');
    expect(boundsProblem({ max: Infinity })).toBe('max must be a finite number (got Infinity)');
    expect(boundsProblem({ min: 1, above: 1 })).toBe('give min or above, not both');
    expect(boundsProblem({ max: 1, below: 1 })).toBe('give max or below, not both');
    expect(boundsProblem({ min: 2, max: 1 })).toBe('the range is empty (2 to 1)');
    expect(boundsProblem({ above: 1, below: 1 })).toBe('the range is empty (1 to 1)');
  });
});

describe('holds', () => {
  it('reads each bound as the words say: at least, more than, at most, less than', () => {
    expect(holds(1, { min: 1 })).toBe(true);
    expect(holds(1, { above: 1 })).toBe(false);
    expect(holds(1.5, { max: 1.5 })).toBe(true);
    expect(holds(1.5, { below: 1.5 })).toBe(false);
    expect(holds((1.29 / 120.669) * 100, { above: 1, max: 1.5 })).toBe(true);
    expect(holds((3 / 120.669) * 100, { above: 1, max: 1.5 })).toBe(false);
  });

  it('never lets a non-number through', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(holds(value, { min: -1e300 })).toBe(false);
  });

  it('holds exactly for the values between the bounds', () => {
    fc.assert(
      fc.property(finite, finite, finite, (a, b, value) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(holds(value, { min: low, max: high })).toBe(value >= low && value <= high);
        if (low < high) expect(holds(value, { above: low, below: high })).toBe(value > low && value < high);
      }),
    );
  });

  it('a valid range always holds for some value and fails for another', () => {
    fc.assert(
      fc.property(finite, fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (low, width) => {
        const bounds = { min: low, max: low + width };
        expect(boundsProblem(bounds)).toBeNull();
        expect(holds(low + width / 2, bounds)).toBe(true);
        expect(holds(low - width, bounds)).toBe(false);
        expect(holds(low + 2 * width, bounds)).toBe(false);
      }),
    );
  });
});

describe('describeBounds', () => {
  it('states the range in words, each bound formatted by the caller', () => {
    expect(describeBounds({ above: 1, max: 1.5 }, (v) => `${v}%`)).toBe('more than 1% and at most 1.5%');
    expect(describeBounds({ min: 0.5, below: 1.5 }, (v) => `${v}%`)).toBe('at least 0.5% and less than 1.5%');
  });
});

describe('hedges', () => {
  it('accepts the article’s words for each qualifier, whatever their case and spacing', () => {
    expect(hedgeFits('nearly', 'nearly')).toBe(true);
    expect(hedgeFits('over', 'more than')).toBe(true);
    expect(hedgeFits('over', ' More  than ')).toBe(true);
    expect(hedgeFits('over', 'exceeded')).toBe(true);
    expect(hedgeFits('about', 'about')).toBe(true);
    expect(hedgeFits('as-high-as', 'as high as')).toBe(true);
  });

  it('rejects words that say something else, and any hedge on an exact record', () => {
    expect(hedgeFits('over', 'nearly')).toBe(false);
    expect(hedgeFits('nearly', 'more than')).toBe(false);
    expect(hedgeFits('exact', 'about')).toBe(false);
    expect(hedgeFits('exact', '')).toBe(false);
  });

  it('gives no word to two qualifiers', () => {
    const all = QUALIFIERS.flatMap((q) => HEDGE_WORDS[q]);
    expect(new Set(all).size).toBe(all.length);
    for (const q of QUALIFIERS) {
      for (const other of QUALIFIERS) {
        for (const word of HEDGE_WORDS[other]) expect(hedgeFits(q, word)).toBe(q === other);
      }
    }
  });
});
