import { formatNumber, formatValue } from '../../data/format';
import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark } from '../kit/geometry';
import { fitting, lineHeight, textWidth, wrap } from '../kit/text';
import type { Values } from './inputs';
import { fitBars } from './bar-labels';

export type ModelId = 'A' | 'B';

/** What the reader's numbers come to, whatever the width. */
export interface Comparison {
  dailyTokensA: number;
  dailyTokensB: number;
  costA: number;
  costB: number;
  /** The larger call volume over the smaller: the same for tokens and for cost, since the price is shared. */
  ratio: number;
  ratioLabel: string;
  /** Which model makes the larger call volume, or null when they are equal. */
  heavier: ModelId | null;
  /** One short sentence: the point the chart makes for the current numbers. */
  verdict: string;
  /** The numbers as sentences, for the chart's alternative text. */
  summary: string;
}

export interface BarMark extends Rect {
  group: 'work' | 'tokens';
  model: ModelId;
  /** Everything the bar stands for in words, e.g. "100 million tokens · 800 yuan". */
  label: string;
  /** Tokens are what token statistics count: the accent; the work done, the second hue. */
  fill: 'fill-accent' | 'fill-series-1';
}

export interface Rule {
  x1: number;
  x2: number;
  y: number;
}

/**
 * stacked: names and values above each bar, one group under the other (narrow);
 * rows: names in a column beside the bars, groups one under the other (medium);
 * panels: names beside the bars, the two groups side by side (wide).
 */
export type Arrangement = 'stacked' | 'rows' | 'panels';

export interface TokensPerTaskModel extends Comparison, ChartLayout {
  arrangement: Arrangement;
  /** Work A, work B, tokens A, tokens B. */
  bars: [BarMark, BarMark, BarMark, BarMark];
  rules: Rule[];
}

const BAR = 22;
const ROW_GAP = 8;
/** Room between a bar's end and a label after it, and inside a bar around a label. */
const LABEL_GAP = 6;
const PANEL_GAP = 32;
/** The work panel's share of the bar area when the groups stand side by side: its bars are all equal. */
const WORK_SHARE = 0.36;

export function formatTokens(count: number): string {
  return count === 1 ? '1 token' : formatValue(count, 'tokens');
}

/** Costs keep two decimals; a cost below one fen still reads as something, not as 0. */
export function formatCost(yuan: number): string {
  if (yuan > 0 && yuan < 0.01) return 'under 0.01 yuan';
  return formatValue(yuan, 'yuan', { digits: 2 });
}

export function formatTasks(tasks: number): string {
  return `${formatNumber(tasks)} ${tasks === 1 ? 'task' : 'tasks'}`;
}

export function compare(values: Values): Comparison {
  const { tokensA, tokensB, price, tasks } = values;
  const dailyTokensA = tokensA * tasks;
  const dailyTokensB = tokensB * tasks;
  const costA = (dailyTokensA / 1e6) * price;
  const costB = (dailyTokensB / 1e6) * price;
  const heavier = tokensA === tokensB ? null : tokensA > tokensB ? 'A' : 'B';
  const ratio = Math.max(tokensA, tokensB) / Math.min(tokensA, tokensB);
  const ratioLabel = formatValue(ratio, 'times', { digits: ratio < 2 ? 2 : ratio < 10 ? 1 : 0 });

  let verdict = `Same work, ${ratioLabel} the call volume for model ${heavier}.`;
  if (heavier === null) verdict = 'Same work, same call volume.';
  else if (ratioLabel === '1×') verdict = `Same work, slightly more call volume for model ${heavier}.`;
  const summary =
    `Both models do ${formatTasks(tasks)} a day. Model A uses ${formatTokens(dailyTokensA)} (${formatCost(costA)}), ` +
    `model B ${formatTokens(dailyTokensB)} (${formatCost(costB)}), at ${formatNumber(price)} yuan per million tokens.`;
  return { dailyTokensA, dailyTokensB, costA, costB, ratio, ratioLabel, heavier, verdict, summary };
}

export const WORK_TITLE = 'Work done a day';
export const TOKENS_TITLE = 'Tokens counted a day, and what they cost';
/** The same heading for a narrow column, where the long one would leave a word alone on a second line. */
export const TOKENS_TITLE_SHORT = 'Tokens a day, and their cost';

/** The comparison laid out for a chart `width` px wide: every bar, label and rule. */
export function tokensPerTaskModel(values: Values, width: number): TokensPerTaskModel {
  const c = compare(values);
  // Arrangement and height follow the band; positions follow the exact width.
  const room = bandFor(width).min;
  const arrangement: Arrangement = room >= 800 ? 'panels' : room >= 520 ? 'rows' : 'stacked';
  const workLabel = formatTasks(values.tasks);
  const tokenRows = [
    { model: 'A', value: c.dailyTokensA, tokens: formatTokens(c.dailyTokensA), cost: formatCost(c.costA) },
    { model: 'B', value: c.dailyTokensB, tokens: formatTokens(c.dailyTokensB), cost: formatCost(c.costB) },
  ] as const;
  const joined = tokenRows.map((r) => `${r.tokens} · ${r.cost}`);

  const texts: TextMark[] = [];
  const rules: Rule[] = [];
  const bars: BarMark[] = [];

  /** Draws one group's bars from x0 over `area` px, the value label after each bar or inside it. */
  function drawBars(
    group: BarMark['group'],
    rows: readonly { model: ModelId; value: number }[],
    labels: readonly string[],
    x0: number,
    area: number,
    tops: readonly number[],
    barTexts: readonly string[] = labels,
  ) {
    const fit = fitBars(
      rows.map((r) => r.value),
      barTexts.map((t) => textWidth(t, 'label')),
      area,
      LABEL_GAP,
    );
    rows.forEach((row, i) => {
      const y = tops[i]!;
      const length = fit.lengths[i]!;
      bars.push({
        group,
        model: row.model,
        x: x0,
        y,
        width: length,
        height: BAR,
        label: labels[i]!,
        fill: group === 'work' ? 'fill-series-1' : 'fill-accent',
      });
      const inside = fit.inside[i]!;
      const mark: TextMark = {
        x: inside ? x0 + length - LABEL_GAP : x0 + length + LABEL_GAP,
        y: y + 15.5,
        text: barTexts[i]!,
        size: 'label',
        anchor: inside ? 'end' : 'start',
      };
      // On the bar's fill the background colour reads in both themes.
      texts.push(inside ? { ...mark, tone: 'bg' } : mark);
    });
  }

  function title(text: string, x: number, top: number, width: number): number {
    let y = top + 14;
    for (const line of wrap(text, 'label', width, true)) {
      texts.push({ x, y, text: line, size: 'label', bold: true });
      y += lineHeight('label');
    }
    return y - lineHeight('label');
  }

  const workRows = [
    { model: 'A', value: values.tasks },
    { model: 'B', value: values.tasks },
  ] as const;
  let height: number;

  if (arrangement === 'stacked') {
    // Names above the bars, so the bars keep the full width. A value label too long for any place on
    // the bar's line (very large numbers) is split: the tokens stay on the bar, the cost goes beside the name.
    const splitTokens = !fitBars(
      tokenRows.map((r) => r.value),
      joined.map((t) => textWidth(t, 'label')),
      width,
      LABEL_GAP,
    ).fullScale;
    let y = 0;
    const group = (
      name: BarMark['group'],
      heading: string,
      rows: readonly { model: ModelId; value: number }[],
      labels: readonly string[],
      barTexts: readonly string[],
      beside: readonly (string | undefined)[],
    ) => {
      y = title(heading, 0, y, room) + ROW_GAP;
      const tops: number[] = [];
      rows.forEach((row, i) => {
        texts.push({ x: 0, y: y + 11, text: `Model ${row.model}`, size: 'small', bold: true });
        const right = beside[i];
        if (right) texts.push({ x: width, y: y + 11, text: right, size: 'small', anchor: 'end', tone: 'muted' });
        tops.push(y + 16);
        y += 16 + BAR + ROW_GAP;
      });
      drawBars(name, rows, labels, 0, width, tops, barTexts);
    };
    group('work', WORK_TITLE, workRows, [workLabel, workLabel], [workLabel, workLabel], []);
    rules.push({ x1: 0, x2: width, y: y + 4 });
    y += 12;
    group(
      'tokens',
      fitting([TOKENS_TITLE, TOKENS_TITLE_SHORT], 'label', room, true),
      tokenRows,
      joined,
      splitTokens ? tokenRows.map((r) => r.tokens) : joined,
      splitTokens ? tokenRows.map((r) => r.cost) : [],
    );
    height = y - ROW_GAP + 2;
  } else {
    // Names in a column of their own, level with their bars.
    const gutter = Math.ceil(textWidth('Model A', 'small', true)) + 12;
    const names = (tops: readonly number[]) =>
      (['A', 'B'] as const).forEach((model, i) =>
        texts.push({ x: 0, y: tops[i]! + 15, text: `Model ${model}`, size: 'small', bold: true }),
      );
    const rowTops = (top: number) => [top, top + BAR + ROW_GAP];
    if (arrangement === 'rows') {
      const area = width - gutter;
      const workTop = title(WORK_TITLE, 0, 0, room) + 10;
      names(rowTops(workTop));
      drawBars('work', workRows, [workLabel, workLabel], gutter, area, rowTops(workTop));
      const ruleY = workTop + 2 * BAR + ROW_GAP + 12;
      rules.push({ x1: 0, x2: width, y: ruleY });
      const tokensTop = title(TOKENS_TITLE, 0, ruleY + 10, room) + 10;
      names(rowTops(tokensTop));
      drawBars('tokens', tokenRows, joined, gutter, area, rowTops(tokensTop));
      height = tokensTop + 2 * BAR + ROW_GAP + 2;
    } else {
      const area = width - gutter - PANEL_GAP;
      const workArea = Math.round(area * WORK_SHARE);
      const tokensX = gutter + workArea + PANEL_GAP;
      const roomArea = room - gutter - PANEL_GAP;
      const top =
        Math.max(
          title(WORK_TITLE, gutter, 0, Math.round(roomArea * WORK_SHARE)),
          title(TOKENS_TITLE, tokensX, 0, roomArea - Math.round(roomArea * WORK_SHARE)),
        ) + 10;
      names(rowTops(top));
      drawBars('work', workRows, [workLabel, workLabel], gutter, workArea, rowTops(top));
      drawBars('tokens', tokenRows, joined, tokensX, width - tokensX, rowTops(top));
      height = top + 2 * BAR + ROW_GAP + 2;
    }
  }

  return {
    ...c,
    width,
    height,
    texts,
    arrangement,
    bars: bars as TokensPerTaskModel['bars'],
    rules,
  };
}
