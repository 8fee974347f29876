import { getContext, setContext } from 'svelte';
import type { BandId } from './bands';

/**
 * The server sends a chart once per width band (Bands.svelte) and CSS shows the copy that fits. Clients
 * that read the markup without that CSS see every copy: text browsers print each one's text, and reader
 * modes keep each one's drawing (without its colours). So the chart's text alternative is written once,
 * in the primary copy, as a paragraph those clients print and screens never show (chart.css), and every
 * copy's <svg> points screen readers at it. Each drawing sits in an element marked `hidden`, which reader
 * modes honour (Readability drops hidden elements, and a drawing without its CSS is black shapes) and
 * chart.css overrides. The primary band is the medium one: about a reader mode's column.
 */
export const PRIMARY_BAND: BandId = 'medium';

/** What a chart drawn inside one of the server's per-band copies knows about that copy. */
export interface BandCopy {
  /** Whether this copy writes the chart's text alternative. */
  primary: boolean;
  /**
   * The id of the n-th chart's text alternative, for this copy's n-th chart: every copy draws the same
   * charts in the same order, so the n-th of each points at the same paragraph.
   */
  nextDescriptionId: () => string;
}

const KEY = Symbol('band-copy');

/** Set by Band.svelte for the charts drawn inside it. */
export function provideBandCopy(group: string, primary: boolean): void {
  let n = 0;
  setContext<BandCopy>(KEY, { primary, nextDescriptionId: () => `${group}-desc-${n++}` });
}

/** The band copy a chart is drawn in, or undefined for a chart drawn once (at an exact width). */
export function bandCopy(): BandCopy | undefined {
  return getContext<BandCopy | undefined>(KEY);
}
