import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Rect } from './geometry';

/** A straight line from (x1, y1) to (x2, y2), in px of the layout. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LensSpec {
  /** The outer chart's scale: a value to its x in px. */
  outer: (value: number) => number;
  /** The values the lens magnifies, [from, to] in the outer scale's units. */
  window: readonly [number, number];
  /** The strip of the outer chart the lens frames: its top and height (a bar, an axis and its labels). */
  frames: { y: number; height: number };
  /** How far the frame stands outside that strip, so it does not sit on the bar's own edge. */
  pad?: number;
  /** Where the magnified window is drawn; it must lie below the frame. */
  target: Rect;
}

/** A magnifier: the frame on the outer chart, the window drawn large below it and the lines joining them. */
export interface LensLayout {
  /** The frame around the window on the outer chart. */
  lens: Rect;
  /** The window drawn large (the spec's target). */
  magnified: Rect;
  /** The window's values to x in px across the magnified rect: a linear scale, so it has ticks. */
  zoom: ScaleLinear<number, number>;
  /** From the frame's bottom corners to the magnified rect's top corners. */
  connectors: [Segment, Segment];
}

export function lensLayout({ outer, window, frames, pad = 0, target }: LensSpec): LensLayout {
  const [from, to] = window;
  if (!(to > from)) throw new Error(`lens: the window must run upwards (got ${from} to ${to})`);
  const left = outer(from);
  const right = outer(to);
  const lens = { x: left, y: frames.y - pad, width: right - left, height: frames.height + 2 * pad };
  const bottom = lens.y + lens.height;
  if (target.y < bottom)
    throw new Error(`lens: the magnified window (y ${target.y}) starts above the frame's bottom (${bottom})`);
  return {
    lens,
    magnified: target,
    zoom: scaleLinear()
      .domain([from, to])
      .range([target.x, target.x + target.width]),
    connectors: [
      { x1: left, y1: bottom, x2: target.x, y2: target.y },
      { x1: right, y1: bottom, x2: target.x + target.width, y2: target.y },
    ],
  };
}
