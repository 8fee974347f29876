import type { Qualifier } from '../../data/figure-schema';

/** Which way the true value may lie from the recorded one, as far as the article's hedge says. */
function lean(qualifier: Qualifier): 'up' | 'down' | 'either' | 'none' {
  if (qualifier === 'over') return 'up';
  if (qualifier === 'nearly' || qualifier === 'as-high-as') return 'down';
  return qualifier === 'about' ? 'either' : 'none';
}

/**
 * The words a ratio of two hedged figures takes: "over 100 million" ÷ "about 1 million" is "more than"
 * 100×, its inverse "less than" 1%. A side that only says "about" does not undo the other's direction
 * (the article's own reading: exceeded 100 million against about 1 million). Empty when both are exact.
 */
export function ratioHedge(numerator: Qualifier, denominator: Qualifier): string {
  const flip = { up: 'down', down: 'up', either: 'either', none: 'none' } as const;
  const sides = [lean(numerator), flip[lean(denominator)]];
  const up = sides.includes('up');
  const down = sides.includes('down');
  if (up && !down) return 'more than';
  if (down && !up) return 'less than';
  return sides.every((side) => side === 'none') ? '' : 'about';
}

/** A hedge and its number: "more than 100×", or the number alone when exact. */
export function hedged(words: string, text: string): string {
  return words ? `${words} ${text}` : text;
}
