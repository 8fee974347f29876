/**
 * The chart type scale, in CSS pixels on screen. Chart text is set in fixed pixels at every width
 * (never scaled with the drawing), so these are the sizes a reader sees from 280 to 1400 px.
 * Three sizes and two weights: each distinct size is a font the browser sets up (see docs/operations.md).
 */
export const TYPE = {
  /** Ticks, captions, secondary labels. */
  small: 13,
  /** Labels and values. */
  label: 14,
  /** A headline number. */
  head: 18,
} as const;

export type TextSize = keyof typeof TYPE;

export const WEIGHT = { regular: 400, bold: 700 } as const;

/** Line height for wrapped chart text, as a multiple of the size. */
export const LINE = 1.3;
