import { textWidth } from './text';
import { TYPE, type TextSize } from './type';

/** Geometry every chart model returns, in CSS px at the width it was laid out for. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  x: number;
  label: string;
  anchor: Anchor;
}

export type Anchor = 'start' | 'middle' | 'end';

/** A colour role from chart.css (text-muted, text-accent, …); none is the foreground. */
export type Tone = 'muted' | 'accent' | 'on-deep' | 'on-ice' | 'bg' | 'error';

/** One line of chart text: where its baseline starts, what it says and how it is set. */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  size: TextSize;
  anchor?: Anchor | undefined;
  bold?: boolean | undefined;
  tone?: Tone | undefined;
  /** A halo in the background colour, for text over lines or fills. */
  halo?: boolean | undefined;
  /**
   * A place on a scale (an axis label), not a value from the data: the claims test holds every other
   * label that states a number to the records' hedges, and a tick's "1 million" states none.
   */
  tick?: boolean | undefined;
}

/** A chart's layout at one width: its size and every text it draws (for the layout checks). */
export interface ChartLayout {
  width: number;
  height: number;
  texts: readonly TextMark[];
}

/** The box a text mark covers, from the estimated width; ascent 0.8 and descent 0.25 of the size. */
export function textBox(mark: TextMark): Rect {
  const width = textWidth(mark.text, mark.size, mark.bold);
  const anchor = mark.anchor ?? 'start';
  const x = anchor === 'start' ? mark.x : anchor === 'end' ? mark.x - width : mark.x - width / 2;
  const size = TYPE[mark.size];
  return { x, y: mark.y - size * 0.8, width, height: size * 1.05 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** `x` as a percentage of `width`, for SVG attributes: geometry stretches with the chart, text does not. */
export function pct(x: number, width: number): string {
  return `${Number(((x / width) * 100).toFixed(3))}%`;
}
