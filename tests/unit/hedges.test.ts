/** The hedge of a derived figure, from its inputs' hedges: the table in src/data/hedges.ts, row by row. */
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, type Qualifier } from '../../src/data/figure-schema';
import { composeHedge, HedgeError, roundingHedge } from '../../src/data/hedges';

// [numerator, denominator, the ratio's hedge]; 'cannot say' throws.
const TABLE: [Qualifier, Qualifier, Qualifier | 'cannot say'][] = [
  ['exact', 'exact', 'exact'],
  // A hedged numerator over an exact denominator keeps its hedge.
  ['over', 'exact', 'over'],
  ['nearly', 'exact', 'nearly'],
  ['as-high-as', 'exact', 'as-high-as'],
  ['just-over', 'exact', 'just-over'],
  ['under', 'exact', 'under'],
  // An exact numerator over a hedged denominator leans the other way.
  ['exact', 'over', 'under'],
  ['exact', 'nearly', 'just-over'],
  ['exact', 'just-over', 'nearly'],
  ['exact', 'under', 'over'],
  ['exact', 'as-high-as', 'over'],
  // "about" on either side makes the result "about".
  ['about', 'exact', 'about'],
  ['exact', 'about', 'about'],
  ['over', 'about', 'about'],
  ['about', 'over', 'about'],
  ['about', 'nearly', 'about'],
  ['about', 'about', 'about'],
  // Two leans the same way keep it, close only when both are.
  ['over', 'nearly', 'over'],
  ['just-over', 'nearly', 'just-over'],
  ['nearly', 'over', 'under'],
  ['nearly', 'just-over', 'nearly'],
  ['as-high-as', 'over', 'under'],
  // Opposite leans: "about" when both are close, otherwise nobody can say.
  ['nearly', 'nearly', 'about'],
  ['just-over', 'just-over', 'about'],
  ['over', 'over', 'cannot say'],
  ['over', 'just-over', 'cannot say'],
  ['nearly', 'under', 'cannot say'],
  ['as-high-as', 'as-high-as', 'cannot say'],
];

describe('composeHedge', () => {
  it.each(TABLE)('%s ÷ %s is %s', (a, b, expected) => {
    for (const operation of ['ratio', 'share'] as const) {
      if (expected === 'cannot say') {
        expect(() => composeHedge(operation, a, b)).toThrow(HedgeError);
        expect(() => composeHedge(operation, a, b)).toThrow(
          `a ${operation} of a figure hedged "${a}" and one hedged "${b}" cannot be hedged`,
        );
      } else expect(composeHedge(operation, a, b)).toBe(expected);
    }
  });

  it('has a row for every pair with exact or about, and answers every pair', () => {
    for (const a of QUALIFIERS) {
      for (const b of QUALIFIERS) {
        let answer: string;
        try {
          answer = composeHedge('ratio', a, b);
        } catch (error) {
          expect(error).toBeInstanceOf(HedgeError);
          answer = 'cannot say';
        }
        expect(QUALIFIERS as readonly string[]).toContain(answer === 'cannot say' ? 'about' : answer);
        if ([a, b].includes('about')) expect(answer, `${a} ÷ ${b}`).toBe('about');
        if (a === 'exact' && b === 'exact') expect(answer).toBe('exact');
      }
    }
  });

  it('turns the Motorola ratio, "over 100 million" ÷ "about 1 million", into "about", never "more than"', () => {
    expect(composeHedge('ratio', 'over', 'about')).toBe('about');
    expect(composeHedge('share', 'about', 'over')).toBe('about');
  });
});

describe('roundingHedge', () => {
  it('keeps the hedge of a number rounding leaves alone', () => {
    expect(roundingHedge('exact', 6e9, 6e9)).toBe('exact');
    expect(roundingHedge('over', 8e8, 8e8)).toBe('over');
  });

  it('makes a rounded exact number "about", on either side', () => {
    expect(roundingHedge('exact', 6.033e9, 6e9)).toBe('about');
    expect(roundingHedge('exact', 5.97e9, 6e9)).toBe('about');
    expect(roundingHedge('about', 6.033e9, 6e9)).toBe('about');
  });

  it('keeps a floor a floor when rounding goes down, and a ceiling a ceiling when it goes up', () => {
    expect(roundingHedge('over', 6.2e9, 6e9)).toBe('over');
    expect(roundingHedge('just-over', 6.2e9, 6e9)).toBe('over');
    expect(roundingHedge('nearly', 5.8e9, 6e9)).toBe('under');
    expect(roundingHedge('as-high-as', 5.8e9, 6e9)).toBe('under');
  });

  it('says "about" when rounding goes against the hedge', () => {
    expect(roundingHedge('over', 5.8e9, 6e9)).toBe('about');
    expect(roundingHedge('nearly', 6.2e9, 6e9)).toBe('about');
  });
});
