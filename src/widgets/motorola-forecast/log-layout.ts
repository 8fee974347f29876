import { scaleLog } from 'd3-scale';
import { formatQualified, formatTick, formatValue } from '../../data/format';
import { captionMarks } from '../kit/caption';
import type { ChartLayout, TextMark, Tick } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import type { Row } from './rows';

export interface LogPoint {
  id: string;
  label: string;
  /** The value as drawn beside the dot, hedge included. */
  display: string;
  /** "over": the article gives a floor, drawn as an arrow pointing higher. */
  isFloor: boolean;
  /** "about": the article gives a rough figure, drawn with a dashed ring around the dot (no range is claimed). */
  isApprox: boolean;
  forecast: boolean;
  x: number;
  y: number;
}

/** The log view: one row per figure, every power of ten ticked, a bracket over the forecast's miss. */
export interface LogLayout extends ChartLayout {
  /** Row labels above their dots (narrow) or in a column beside them (wide). */
  arrangement: 'above' | 'beside';
  points: LogPoint[];
  /** The scale's extent in px: the baseline runs across it, not under the label column. */
  plot: { left: number; right: number };
  /** Only labelled decades: where labels must skip one, so does the tick (no tick without its number). */
  ticks: Tick[];
  gridTop: number;
  axisY: number;
  /** From the forecast to the 2000 figure, with the x of each ×10 step's label. */
  miss: { x1: number; x2: number; y: number; steps: number[] };
  caption: string[];
}

const DOT = 7;
/** How far a floor's arrow reaches past its dot's centre. */
export const ARROW = 22;
/** The radius of the dashed ring that marks "about". */
export const RING = 12;
/*
 * The room decade labels keep between them beyond their measured widths. The kit's axis keeps 12 px, but
 * the measure (kit/text.ts) now carries room for the reader's text spacing, about 3 px each side of a short
 * label: 8 px beyond it is still 14 px as most readers see it, and lets all six decades stay labelled
 * from 280 px ("10M" and "100M" are 48 px apart there), so every gridline is one step of 10×.
 */
const TICK_GAP = 8;
/** Row labels go beside the rows only when each decade still gets this much room. */
const BESIDE_DECADE = 80;

function check(value: number, id: string): number {
  if (!(value > 0))
    throw new Error(`motorola-forecast: "${id}" must be above zero to sit on a log scale (got ${value})`);
  return value;
}

interface TickPlan {
  labels: (string | undefined)[];
  left: number;
  right: number;
}

/**
 * Decade labels: written out ("1 million") when they fit, else short ("1M"), else every other one.
 * Decided at the band's narrowest width so the whole band is arranged alike.
 */
function planTicks(powers: number[], start: number, room: number, anchorIndex: number): TickPlan {
  const spelled = powers.map((p) => formatValue(p, 'users', { bare: true }));
  const short = powers.map((p) => formatTick(p));
  const everyOther = short.map((label, i) => ((i - anchorIndex) % 2 === 0 ? label : undefined));
  const plans = [spelled, short, everyOther].map((labels): TickPlan => {
    const half = (label: string | undefined) => (label ? textWidth(label, 'small') / 2 + 1 : 0);
    return {
      labels,
      left: start + Math.max(DOT + 2, half(labels[0])),
      right: Math.max(DOT + 2, half(labels.at(-1))),
    };
  });
  const fits = (plan: TickPlan) => {
    const step = (room - plan.right - plan.left) / (powers.length - 1);
    let last: { i: number; w: number } | undefined;
    for (const [i, label] of plan.labels.entries()) {
      if (!label) continue;
      const w = textWidth(label, 'small');
      if (last && (i - last.i) * step - (last.w + w) / 2 < TICK_GAP) return false;
      last = { i, w };
    }
    return true;
  };
  return plans.find(fits) ?? plans.at(-1)!;
}

export function logLayout(rows: readonly [Row, Row, Row], missText: string, width: number, room: number): LogLayout {
  const values = rows.map((r) => check(r.figure.value, r.figure.id));
  const lo = Math.floor(Math.log10(Math.min(...values))) - 1;
  const hi = Math.floor(Math.log10(Math.max(...values))) + 1;
  const powers = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  const labelColumn = Math.max(...rows.map((r) => textWidth(r.label, 'label', true))) + 24;
  const beside = (room - labelColumn - 2 * (DOT + 2)) / (powers.length - 1) >= BESIDE_DECADE;
  const start = beside ? labelColumn : 0;
  const plan = planTicks(powers, start, room, Math.floor(Math.log10(values[0]!)) - lo);
  const scaleAt = (w: number) =>
    scaleLog()
      .domain([10 ** lo, 10 ** hi])
      .range([plan.left, w - plan.right]);
  const x = scaleAt(width);
  const xRoom = scaleAt(room);
  const texts: TextMark[] = [];
  /** How far right of its dot's centre a point's mark reaches: the arrow, the ring or the dot. */
  const reachOf = (qualifier: string) =>
    qualifier === 'over' ? ARROW + 6 : qualifier === 'about' ? RING + 5 : DOT + 5;
  const leftReach = (qualifier: string) => (qualifier === 'about' ? RING + 5 : DOT + 5);

  // Value text beside its dot: to the right (past a floor's arrow), else to the left; without the unit
  // word on every row when some row has room for neither. Hedges are kept in both.
  const valueSide = (i: number, text: string): 'right' | 'left' | undefined => {
    const w = textWidth(text, 'label');
    const at = xRoom(values[i]!);
    const reach = reachOf(rows[i]!.figure.qualifier);
    if (at + reach + w <= room) return 'right';
    if (at - leftReach(rows[i]!.figure.qualifier) - w >= (beside ? labelColumn - 8 : 0)) return 'left';
    return undefined;
  };
  const full = rows.map((r) => formatQualified(r.figure.value, r.figure.unit, r.figure.qualifier));
  const bare = rows.map((r) => formatQualified(r.figure.value, r.figure.unit, r.figure.qualifier, { bare: true }));
  const displays = full.every((text, i) => valueSide(i, text)) ? full : bare;

  const points: LogPoint[] = [];
  let miss = { x1: 0, x2: 0, y: 0, steps: [] as number[] };
  let y = 0;
  rows.forEach((row, i) => {
    let dotY: number;
    if (beside) {
      dotY = y + 12;
      texts.push({ x: 0, y: dotY + 5, text: row.label, size: 'label', bold: true });
    } else {
      // 14: the label's halo stays inside the chart's top edge. Wrapped where it is wider than the band
      // (with room for the reader's text spacing).
      const lines = wrap(row.label, 'label', room, true);
      lines.forEach((text, l) =>
        texts.push({ x: 0, y: y + 14 + l * lineHeight('label'), text, size: 'label', bold: true, halo: true }),
      );
      dotY = y + 35 + (lines.length - 1) * lineHeight('label');
    }
    const isFloor = row.figure.qualifier === 'over';
    const isApprox = row.figure.qualifier === 'about';
    const px = x(values[i]!);
    points.push({
      id: row.figure.id,
      label: row.label,
      display: displays[i]!,
      isFloor,
      isApprox,
      forecast: row.forecast,
      x: px,
      y: dotY,
    });
    const side = valueSide(i, displays[i]!) ?? 'left';
    const right = px + reachOf(row.figure.qualifier);
    texts.push({
      x: side === 'right' ? right : Math.max(px - leftReach(row.figure.qualifier), textWidth(displays[i]!, 'label')),
      y: dotY + 5,
      text: displays[i]!,
      size: 'label',
      anchor: side === 'right' ? 'start' : 'end',
      halo: true,
    });
    y = dotY + DOT + 4;
    if (i === 1) {
      // The miss runs under the 2000 row, one ×10 label per decade from the forecast up.
      const bracketY = y + 16;
      const x1 = points[0]!.x;
      const x2 = px;
      const stepCount = Math.max(0, Math.round(Math.log10(values[1]! / values[0]!)));
      const steps = Array.from(
        { length: stepCount },
        (_, s) => (x(values[0]! * 10 ** s) + x(values[0]! * 10 ** (s + 1))) / 2,
      );
      for (const step of steps) {
        texts.push({ x: step, y: bracketY - 6, text: '×10', size: 'small', bold: true, anchor: 'middle', halo: true });
      }
      miss = { x1, x2, y: bracketY, steps };
      const w = textWidth(missText, 'small', true);
      if (xRoom(values[1]!) + 10 + w <= room) {
        texts.push({ x: x2 + 10, y: bracketY + 4.5, text: missText, size: 'small', bold: true, halo: true });
        y = bracketY + 8;
      } else {
        const mid = Math.min(width - w / 2, Math.max(w / 2, (x1 + x2) / 2));
        texts.push({
          x: mid,
          y: bracketY + 19,
          text: missText,
          size: 'small',
          bold: true,
          anchor: 'middle',
          halo: true,
        });
        y = bracketY + 24;
      }
    }
    y += beside ? 14 : 10;
  });

  const axisY = points.at(-1)!.y + 24;
  // A tick only where its decade is labelled: when labels skip a decade, so do ticks and gridlines.
  const ticks = powers.flatMap((p, i): Tick[] => {
    const label = plan.labels[i];
    return label ? [{ x: x(p), label, anchor: 'middle' }] : [];
  });
  for (const tick of ticks) {
    texts.push({ x: tick.x, y: axisY + 19, text: tick.label, size: 'small', anchor: 'middle', tick: true });
  }
  const caption = ['Log scale: each step to the right is 10×'];
  if (points.some((p) => p.isFloor)) caption.push('An arrow marks a figure the article gives as a floor (“exceeded”)');
  if (points.some((p) => p.isApprox)) caption.push('A dashed ring marks a figure the article gives as “about”');
  const captionLines = captionMarks(caption, axisY + 19 + 24, room);
  texts.push(...captionLines.texts);

  return {
    width,
    height: captionLines.bottom,
    texts,
    arrangement: beside ? 'beside' : 'above',
    points,
    plot: { left: x.range()[0]!, right: x.range()[1]! },
    ticks,
    // Not above the chart's top edge: the frame clips what a chart draws outside it.
    gridTop: Math.max(0, points[0]!.y - 14),
    axisY,
    miss,
    caption,
  };
}
