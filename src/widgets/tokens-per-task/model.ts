import { formatNumber, formatValue } from '../../lib/format';
import type { Values } from './inputs';

export interface Bar {
  model: 'A' | 'B';
  y: number;
  width: number;
  /** "100 million tokens · 800 yuan" */
  label: string;
}

export interface Group {
  title: string;
  titleY: number;
  bars: [Bar, Bar];
}

export interface TokensPerTaskModel {
  width: number;
  height: number;
  dailyTokensA: number;
  dailyTokensB: number;
  costA: number;
  costB: number;
  /** The larger call volume over the smaller: the same for tokens and for cost, since the price is shared. */
  ratio: number;
  ratioLabel: string;
  /** Which model makes the larger call volume, or null when they are equal. */
  heavier: 'A' | 'B' | null;
  work: Group;
  tokens: Group;
  /** One sentence: the point the chart makes for the current numbers. */
  verdict: string;
  summary: string;
}

const BAR_HEIGHT = 18;
/** Bars never shrink below this, so a tiny volume still shows as a mark. */
const MIN_BAR = 2;

export function formatTokens(count: number): string {
  return count === 1 ? '1 token' : formatValue(count, 'tokens');
}

/** Costs keep two decimals; a cost below one fen still reads as something, not as 0. */
export function formatCost(yuan: number): string {
  if (yuan > 0 && yuan < 0.01) return 'under 0.01 yuan';
  return formatValue(yuan, 'yuan', { digits: 2 });
}

export function tokensPerTaskModel(values: Values, width = 400): TokensPerTaskModel {
  const { tokensA, tokensB, price, tasks } = values;
  const dailyTokensA = tokensA * tasks;
  const dailyTokensB = tokensB * tasks;
  const costA = (dailyTokensA / 1e6) * price;
  const costB = (dailyTokensB / 1e6) * price;
  const heavier = tokensA === tokensB ? null : tokensA > tokensB ? 'A' : 'B';
  const ratio = Math.max(tokensA, tokensB) / Math.min(tokensA, tokensB);
  const ratioLabel = formatValue(ratio, 'times', { digits: ratio < 2 ? 2 : ratio < 10 ? 1 : 0 });

  // A plain proportion rather than d3-scale: this model runs in the browser, and the scale would add ~8 kB gzip.
  const longest = Math.max(dailyTokensA, dailyTokensB);
  const barWidth = (v: number) => Math.max(MIN_BAR, (v / longest) * width);
  const group = (top: number, title: string, bars: [Omit<Bar, 'y'>, Omit<Bar, 'y'>]): Group => ({
    title,
    titleY: top + 14,
    bars: [
      { ...bars[0], y: top + 40 },
      { ...bars[1], y: top + 40 + BAR_HEIGHT + 26 },
    ],
  });
  const tasksLabel = `${formatNumber(tasks)} ${tasks === 1 ? 'task' : 'tasks'}`;
  const work = group(0, 'Work done a day', [
    { model: 'A', width, label: tasksLabel },
    { model: 'B', width, label: tasksLabel },
  ]);
  const tokens = group(120, 'Tokens counted a day, and what they cost', [
    { model: 'A', width: barWidth(dailyTokensA), label: `${formatTokens(dailyTokensA)} · ${formatCost(costA)}` },
    { model: 'B', width: barWidth(dailyTokensB), label: `${formatTokens(dailyTokensB)} · ${formatCost(costB)}` },
  ]);

  let verdict = `Same work, ${ratioLabel} the call volume for model ${heavier}.`;
  if (heavier === null) verdict = 'Same work, same call volume.';
  else if (ratioLabel === '1×') verdict = `Same work, slightly more call volume for model ${heavier}.`;
  const summary =
    `Both models do ${tasksLabel} a day. Model A uses ${formatTokens(dailyTokensA)} (${formatCost(costA)}), ` +
    `model B ${formatTokens(dailyTokensB)} (${formatCost(costB)}), at ${formatNumber(price)} yuan per million tokens.`;

  return {
    width,
    height: 120 + 40 + 2 * BAR_HEIGHT + 26 + 8,
    dailyTokensA,
    dailyTokensB,
    costA,
    costB,
    ratio,
    ratioLabel,
    heavier,
    work,
    tokens,
    verdict,
    summary,
  };
}

export { BAR_HEIGHT };
