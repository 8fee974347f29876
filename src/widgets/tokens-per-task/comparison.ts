import { formatQualified, formatValue, qualifierWord, roundedAsShown } from '../../data/format';
import { roundingHedge } from '../../data/hedges';
import type { Values } from './inputs';

export type ModelId = 'A' | 'B';

/** What the reader's numbers come to, whatever the width. */
export interface Comparison {
  /** The larger tokens per task over the smaller. */
  ratio: number;
  /** "10 times", "about 3.3 times": rounded as shown, hedged as the rounding leaves it (src/data/hedges.ts). */
  ratioLabel: string;
  /** Which model uses more tokens for the task, or null when they use the same. */
  heavier: ModelId | null;
  /**
   * The figure's sentence: how many times the other's tokens one model uses for the same task, and only
   * that: the article's example is a question about capability, not a claim of what the statistics count.
   */
  verdict: string;
  /** The numbers as sentences, for the chart's alternative text. */
  summary: string;
}

export function formatTokens(count: number): string {
  return count === 1 ? '1 token' : formatValue(count, 'tokens');
}

/**
 * "10 times"; a ratio rounded for the label is "about" (3.333… reads "about 3.3 times"). From a million up
 * it is written as the tokens are ("10 million times", beside "10 million tokens"), rounded on that scale.
 */
export function ratioText(ratio: number): string {
  if (ratio >= 1e6) {
    const shown = roundedAsShown(ratio, 'tokens');
    const text = `${formatValue(shown, 'tokens', { bare: true })} times`;
    const hedge = qualifierWord(roundingHedge('exact', ratio, shown));
    return hedge ? `${hedge} ${text}` : text;
  }
  const digits = ratio < 2 ? 2 : ratio < 10 ? 1 : 0;
  const shown = Number(ratio.toFixed(digits));
  return formatQualified(shown, 'times', roundingHedge('exact', ratio, shown), { digits, words: true });
}

export function compare(values: Values): Comparison {
  const { tokensA, tokensB } = values;
  const heavier = tokensA === tokensB ? null : tokensA > tokensB ? 'A' : 'B';
  const ratio = Math.max(tokensA, tokensB) / Math.min(tokensA, tokensB);
  const ratioLabel = ratioText(ratio);
  const lighter = heavier === 'A' ? 'B' : 'A';
  let verdict = `For the same task, model ${heavier} uses ${ratioLabel} the tokens of model ${lighter}.`;
  if (heavier === null) verdict = 'For the same task, both models use the same number of tokens.';
  // Rounded to "1 times", the words would say nothing: a little more is what it is.
  else if (Number(ratio.toFixed(2)) === 1)
    verdict = `For the same task, model ${heavier} uses slightly more tokens than model ${lighter}.`;
  const summary =
    `One task, done by two models. Model A uses ${formatTokens(tokensA)} for it, model B ${formatTokens(tokensB)}. ` +
    `The article asks which one has stronger capabilities.`;
  return { ratio, ratioLabel, heavier, verdict, summary };
}
