import type { Qualifier } from '../../data/figure-schema';
import { qualifierWord } from '../../data/format';
import { composeHedge } from '../../data/hedges';

/**
 * The words a ratio of two hedged figures takes, from src/data/hedges.ts: "over 100 million" ÷ "about
 * 1 million" is "about" 100×, and so is its inverse, about 1%. Empty when both are exact.
 */
export function ratioHedge(numerator: Qualifier, denominator: Qualifier): string {
  return qualifierWord(composeHedge('ratio', numerator, denominator));
}

/** A hedge and its number: "about 100×", or the number alone when exact. */
export function hedged(words: string, text: string): string {
  return words ? `${words} ${text}` : text;
}
