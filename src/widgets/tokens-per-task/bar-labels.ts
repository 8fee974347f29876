/** Bars never shrink below this, so a tiny volume still shows as a mark. */
export const MIN_BAR = 2;

export interface BarFit {
  /** Bar lengths in px, all on one scale. */
  lengths: number[];
  /** Whether each label sits inside its bar's end (else just after it). */
  inside: boolean[];
  /** True when the longest bar fills the area; false when the scale was shortened to make room for labels. */
  fullScale: boolean;
}

/**
 * Bars for `values` over `area` px with a value label each, never clipped: after the bar's end when it
 * fits there, inside the bar's end when the bar is long enough. When some label fits neither way (a
 * middling bar with a long label), every bar is shortened on the same scale until each label fits after
 * its bar: the bars stay to scale with each other, which is what the chart is about.
 */
export function fitBars(values: readonly number[], labelWidths: readonly number[], area: number, gap: number): BarFit {
  const longest = Math.max(...values);
  const at = (scale: number) => values.map((v) => Math.max(MIN_BAR, v * scale));
  const full = at(area / longest);
  const after = full.map((length, i) => length + gap + labelWidths[i]! <= area);
  const inside = full.map((length, i) => labelWidths[i]! + 2 * gap <= length);
  if (full.every((_, i) => after[i] || inside[i])) {
    return { lengths: full, inside: full.map((_, i) => !after[i]), fullScale: true };
  }
  // Each bar may reach at most the room its own label leaves, minus the smallest bar a value gets.
  const scale = Math.min(...values.map((v, i) => (area - gap - labelWidths[i]! - MIN_BAR) / v));
  return { lengths: at(Math.max(0, scale)), inside: values.map(() => false), fullScale: false };
}
