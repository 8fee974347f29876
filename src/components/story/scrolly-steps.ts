/** Where one step of a scrollytelling block is, relative to the viewport, in px. */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The step the graphic shows: the last one (in reading order) whose top has reached the reading line.
 * Each step holds until the next arrives, so the graphic never falls back to a neutral frame: before
 * the first step reaches the line the first is shown (the graphic is already in view), and after the
 * last has passed, the last stays. None only when there are no steps.
 */
export function activeStep(boxes: readonly StepBox[], line: number): number | null {
  if (boxes.length === 0) return null;
  let active = 0;
  boxes.forEach((box, i) => {
    if (box.top <= line) active = i;
  });
  return active;
}

/**
 * Where the steps sit beside the sticky graphic (two columns); elsewhere step cards scroll over it.
 * Scrolly.astro's stylesheet uses the same condition (CSS cannot import it).
 */
export const SCROLLY_MEDIA = '(min-width: 60rem) and (min-height: 42rem)';

/**
 * Where step cards scroll under a pinned chart (phones, short windows), the most of the window's height
 * the chart may take: more, and the cards have too little room to be read under it (at 400% zoom the
 * iceberg was 327 px in a 225 px window and the steps could never be seen; at 200%, 339 px of 450).
 * Then the block is a plain stack of the text and the graphic. Half: the other half is the cards' (a
 * 360 × 740 phone keeps its pinned chart, 344 px; a 1280 × 600 window, 339 px, gets the stack).
 */
export const PIN_MAX_SHARE = 0.5;

export function pinFits(pinHeight: number, windowHeight: number): boolean {
  return pinHeight <= windowHeight * PIN_MAX_SHARE;
}
