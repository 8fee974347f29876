import type { TextMark, Tick } from './geometry';
import { textWidth } from './text';

interface Scale {
  (value: number): number;
  ticks(count: number): number[];
}

/**
 * Ticks for a linear axis of `width` px: as many as fit with room between their labels (about one per
 * 120 px, never fewer than two), the first label starting at its tick and the last ending at it (and any
 * other too long to centre there) so none leaves the chart.
 */
export function axisTicks(scale: Scale, width: number, format: (value: number) => string): Tick[] {
  for (let count = Math.max(2, Math.floor(width / 120)); count >= 1; count--) {
    const values = scale.ticks(count);
    const ticks = values.map((value, i): Tick => {
      const x = scale(value);
      const label = format(value);
      // A label centred on its tick must not cross the chart's edge: a long one ("100 billion yuan") at
      // 280 px would, so it is anchored to the tick on the inner side instead.
      const half = textWidth(label, 'small') / 2;
      const start = (i === 0 && x < 20) || x - half < 0;
      const end = (i === values.length - 1 && x > width - 20) || x + half > width;
      return { x, label, anchor: start ? 'start' : end ? 'end' : 'middle' };
    });
    if (fits(ticks) || count === 1) return ticks;
  }
  return [];
}

function extent(tick: Tick): [number, number] {
  const w = textWidth(tick.label, 'small');
  if (tick.anchor === 'start') return [tick.x, tick.x + w];
  if (tick.anchor === 'end') return [tick.x - w, tick.x];
  return [tick.x - w / 2, tick.x + w / 2];
}

function fits(ticks: Tick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    if (extent(ticks[i - 1]!)[1] + 12 > extent(ticks[i]!)[0]) return false;
  }
  return true;
}

/** The labels of `ticks` under an axis at `y`, as text marks: models add them to their layout's texts. */
export function tickLabels(ticks: readonly Tick[], y: number): TextMark[] {
  return ticks.map((tick) => ({
    x: tick.x,
    y: y + 19,
    text: tick.label,
    size: 'small',
    anchor: tick.anchor,
    tone: 'muted',
    tick: true,
  }));
}
