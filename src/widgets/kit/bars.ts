import { scaleLinear } from 'd3-scale';
import { axisTicks, tickLabels } from './axis';
import type { Rect, TextMark, Tick } from './geometry';
import { lineHeight, textWidth } from './text';

/** One row of a labelled bar chart: a name over a bar whose length is `value`, its label at the bar. */
export interface BarRow {
  id: string;
  name: string;
  value: number;
  /** The value as the bar's label says it ("+421.2%", "1.29 billion yuan"). */
  valueText: string;
  /** A second, muted fact about the row, beside its name where it fits, under it otherwise. */
  note?: string;
  /** Drawn in the accent colour: the row the chart is about. */
  accent?: boolean;
}

export interface Bar extends Rect {
  id: string;
  accent: boolean;
}

export interface BarsLayout {
  bars: Bar[];
  texts: TextMark[];
  ticks: Tick[];
  /** The axis line's y, under the last bar. */
  axisY: number;
  /** The baseline of the tick labels: what comes next starts below it. */
  bottom: number;
}

/**
 * The rows' rhythm, in px: a name's baseline this far under the previous bar, the bar `gap` under it,
 * `bar` high, and the next row `after` below. Kept here so every bar chart of the site reads alike.
 */
export const BAR_ROW = { name: 16, gap: 6, bar: 24, after: 14, labelPad: 6 } as const;

/** Where a bar's value label goes: after the bar's end, inside it, or under it on a line of its own. */
export type LabelPlace = 'after' | 'inside' | 'under';

/**
 * Where a bar's value label fits, for the bar's `fraction` of the axis: after the bar's end, else inside
 * its end, else (a short bar with a long label) under the bar. Decided at `room`, the band's narrowest
 * width, so every width of a band draws it the same way and keeps one height.
 */
export function labelPlace(text: string, fraction: number, room: number): LabelPlace {
  const label = textWidth(text, 'label', true) + BAR_ROW.labelPad;
  if (room * fraction + label <= room) return 'after';
  return label + BAR_ROW.labelPad <= room * fraction ? 'inside' : 'under';
}

/**
 * A bar's value label where labelPlace puts it; inside the bar it is in the background colour, which reads
 * on the fill in both themes (chart.css).
 */
export function valueLabel(text: string, bar: Rect, place: LabelPlace): TextMark {
  const end = bar.x + bar.width;
  const mark = { y: bar.y + 17, text, size: 'label', bold: true } as const;
  if (place === 'after') return { ...mark, x: end + BAR_ROW.labelPad, anchor: 'start' };
  if (place === 'inside') return { ...mark, x: end - BAR_ROW.labelPad, anchor: 'end', tone: 'bg' };
  return { ...mark, x: bar.x, y: bar.y + bar.height + lineHeight('label') };
}

/**
 * Horizontal bars from zero, one per row, each named above and labelled at its end, on a linear axis of
 * round ticks (`format` writes a tick's value): a bar chart's model states its rows, not their geometry.
 * Starts with the first name's baseline `top + BAR_ROW.name`; `width` is the chart's, `room` its band's.
 */
export function labelledBars(
  rows: readonly BarRow[],
  options: { top: number; width: number; room: number; format: (value: number) => string },
): BarsLayout {
  const { top, width, room, format } = options;
  const scale = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.value))])
    .nice()
    .range([0, width]);
  const max = scale.domain()[1]!;
  // A note goes beside every name or under every name: rows alike, whichever row is the longest.
  const beside = rows.every(
    (r) => !r.note || textWidth(r.name, 'label', true) + textWidth(r.note, 'small') + 16 <= room,
  );
  const texts: TextMark[] = [];
  const bars: Bar[] = [];
  let y = top;
  for (const row of rows) {
    y += BAR_ROW.name;
    texts.push({ x: 0, y, text: row.name, size: 'label', bold: true });
    if (row.note && beside) texts.push({ x: width, y, text: row.note, size: 'small', tone: 'muted', anchor: 'end' });
    if (row.note && !beside) {
      y += lineHeight('small');
      texts.push({ x: 0, y, text: row.note, size: 'small', tone: 'muted' });
    }
    const bar = { id: row.id, x: 0, y: y + BAR_ROW.gap, width: Math.max(1, scale(row.value)), height: BAR_ROW.bar };
    bars.push({ ...bar, accent: row.accent ?? false });
    const place = labelPlace(row.valueText, row.value / max, room);
    texts.push(valueLabel(row.valueText, bar, place));
    y = bar.y + BAR_ROW.bar + BAR_ROW.after + (place === 'under' ? lineHeight('label') : 0);
  }
  const ticks = axisTicks(scale, width, format);
  texts.push(...tickLabels(ticks, y));
  return { bars, texts, ticks, axisY: y, bottom: y + 19 };
}
