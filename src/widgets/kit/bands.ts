/**
 * Width bands. A chart is arranged differently in each (labels above bars or beside them, fewer ticks,
 * …) and its height depends on the band only, so the HTML sent for every band (shown by a container
 * query, see kit.css) and the layout a hydrated view draws at the exact width are the same height: no
 * layout shift. Within a band the geometry stretches with the width and the text keeps its size.
 * The `min` widths are the ones kit.css's container queries switch at.
 */
export const BANDS = [
  { id: 'narrow', min: 280 },
  { id: 'medium', min: 520 },
  { id: 'wide', min: 800 },
] as const;

export type Band = (typeof BANDS)[number];
export type BandId = Band['id'];

/** The narrowest width a chart is laid out for; narrower containers get this layout, cropped by nothing. */
export const MIN_WIDTH = BANDS[0].min;
/** The widest a chart is drawn; wider columns centre it. */
export const MAX_WIDTH = 1400;

export function bandFor(width: number): Band {
  let found: Band = BANDS[0];
  for (const band of BANDS) if (width >= band.min) found = band;
  return found;
}

/** The widths the unit tests lay every model out at: each band's edges and the widths readers use. */
export const TEST_WIDTHS = [280, 360, 519, 520, 640, 799, 800, 1000, 1400] as const;
