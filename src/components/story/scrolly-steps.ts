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
