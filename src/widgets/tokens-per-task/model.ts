import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import type { TextSize } from '../kit/type';
import { compare, formatTokens, type Comparison, type ModelId } from './comparison';
import { defaultValues, type Values } from './inputs';
import type { WidgetLayouts } from '../types';

export { compare, formatTokens, ratioText, type Comparison, type ModelId } from './comparison';

/** One square of the unit chart: `fill` is how much of it the model's tokens fill (1, or less for the last). */
export interface Unit extends Rect {
  model: ModelId;
  fill: number;
}

/**
 * stacked: each model's name above its row of squares and its count under them (narrow);
 * rows: names in a column beside the rows, counts after them (medium and wide).
 */
export type Arrangement = 'stacked' | 'rows';

export interface TokensPerTaskModel extends Comparison, ChartLayout {
  arrangement: Arrangement;
  /** Tokens per square: 1, 2 or 5 times a power of ten, the smallest that keeps each row on one line. */
  unit: number;
  unitLabel: string;
  /** Every square of both rows, model A's first; a partly filled square is the remainder. */
  units: Unit[];
}

export const HEADING = 'The same task, done by each model';
/** The article's own answer to its question, quoted: the count cannot say which model is more capable. */
export const QUOTE = '“Quantity does not equal quality”';

const STEPS = [1, 2, 5];
const MAX_SQUARES = 12;

/** The smallest round unit (1, 2, 5 × 10^k tokens) that puts `largest` in at most `capacity` squares. */
export function unitFor(largest: number, capacity: number): number {
  for (let power = 0; ; power++) {
    for (const step of STEPS) {
      const unit = step * 10 ** power;
      if (Math.ceil(largest / unit) <= capacity) return unit;
    }
  }
}

/*
 * One square size at every width. 18 px with 3 between (20 and 4 beside the names, before the chart's
 * labels were measured with room for the reader's text spacing) is what lets the article's 10,000 tokens
 * stay ten squares of 1,000 at 520 px, with "Model A" before the row and "10,000 tokens" after it
 * (92 + 207 + 142 px of 520).
 */
const SQUARE = 18;
const GAP = 3;

/**
 * `text` on one line where it fits `width`, else on the two lines of most even length (a quotation
 * reads better broken in its middle than with one word left over).
 */
export function twoLines(text: string, size: TextSize, width: number, bold = false): string[] {
  if (textWidth(text, size, bold) <= width) return [text];
  const words = text.split(/\s+/);
  let best: string[] = wrap(text, size, width, bold);
  let longest = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((line) => textWidth(line, size, bold)));
    if (widest <= width && widest < longest) {
      best = lines;
      longest = widest;
    }
  }
  return best;
}

/** A row of `squares` squares (the last filled by the remainder) from `x`, their tops at `top`. */
function rowSquares(model: ModelId, squares: number, x: number, top: number): Unit[] {
  return Array.from({ length: Math.ceil(squares) }, (_, k) => ({
    model,
    x: x + k * (SQUARE + GAP),
    y: top,
    width: SQUARE,
    height: SQUARE,
    fill: Math.min(1, squares - k),
  }));
}

/** The comparison laid out for a chart `width` px wide: every square and label. */
export function tokensPerTaskModel(values: Values, width: number): TokensPerTaskModel {
  const c = compare(values);
  // Arrangement, capacity and height follow the band; positions follow the exact width.
  const room = bandFor(width).min;
  const arrangement: Arrangement = room >= 520 ? 'rows' : 'stacked';
  const square = SQUARE;
  const gap = GAP;
  const rows = [
    { model: 'A', tokens: values.tokensA },
    { model: 'B', tokens: values.tokensB },
  ] as const;
  const counts = rows.map((r) => formatTokens(r.tokens));
  const nameColumn = arrangement === 'rows' ? Math.ceil(textWidth('Model A', 'label', true)) + 16 : 0;
  // The count goes after the row beside it (rows) or under it (stacked); the rows keep room for the longer.
  const countRoom = arrangement === 'rows' ? Math.ceil(Math.max(...counts.map((t) => textWidth(t, 'label')))) + 12 : 0;
  // At most a dozen squares a row, at every width: a count read at a glance, the same unit on a phone and a laptop.
  const capacity = Math.max(
    1,
    Math.min(MAX_SQUARES, Math.floor((room - nameColumn - countRoom + gap) / (square + gap))),
  );
  const unit = unitFor(Math.max(values.tokensA, values.tokensB), capacity);
  const unitLabel = `Each square: ${formatTokens(unit)}`;
  // Squares keep their size and spacing at every width (a square is a unit, not a stretch of an axis): a
  // wider column leaves room after the rows.
  const pitch = square + gap;
  const size = square;

  const texts: TextMark[] = [];
  const units: Unit[] = [];
  let y = 14;
  for (const line of wrap(HEADING, 'label', room, true)) {
    texts.push({ x: 0, y, text: line, size: 'label', bold: true });
    y += lineHeight('label');
  }
  y += 6;

  rows.forEach((row, i) => {
    let top: number;
    if (arrangement === 'stacked') {
      texts.push({ x: 0, y: y + 11, text: `Model ${row.model}`, size: 'label', bold: true });
      top = y + 18;
    } else {
      top = y;
      texts.push({ x: 0, y: top + size / 2 + 5, text: `Model ${row.model}`, size: 'label', bold: true });
    }
    units.push(...rowSquares(row.model, row.tokens / unit, nameColumn, top));
    const end = nameColumn + Math.ceil(row.tokens / unit) * pitch - gap;
    if (arrangement === 'stacked') {
      texts.push({ x: 0, y: top + size + 17, text: counts[i]!, size: 'label' });
      y = top + size + 17 + 14;
    } else {
      texts.push({ x: end + 10, y: top + size / 2 + 5, text: counts[i]!, size: 'label' });
      y = top + size + 12;
    }
  });

  y += 10;
  // The unit is a scale, as an axis's tick is, not a number of the article (tick: the claims tests skip it).
  texts.push({ x: 0, y, text: unitLabel, size: 'small', tone: 'muted', tick: true });
  y += lineHeight('small') + 4;
  // On two lines where the band's narrowest width cannot hold it (at 280 px it needs 329).
  const quote = twoLines(QUOTE, 'label', room, true);
  quote.forEach((text, i) => texts.push({ x: 0, y: y + i * lineHeight('label'), text, size: 'label', bold: true }));
  y += (quote.length - 1) * lineHeight('label');

  return {
    ...c,
    width,
    height: y + 6,
    texts,
    arrangement,
    unit,
    unitLabel,
    units,
  };
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (set, width) => ({ chart: tokensPerTaskModel(defaultValues(set), width) });
