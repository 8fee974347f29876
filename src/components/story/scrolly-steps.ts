/** Where one step of a scrollytelling block is, relative to the viewport, in px. */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The step the reader is at: the last one (in reading order) whose top has reached the reading
 * line. Between two steps the earlier one stays active, so the graphic does not flicker back;
 * before the first step and once the last has scrolled past the line, none is.
 */
export function activeStep(boxes: readonly StepBox[], line: number): number | null {
  let active: number | null = null;
  boxes.forEach((box, i) => {
    if (box.top <= line) active = i;
  });
  if (active === null) return null;
  const last = boxes.length - 1;
  if (active === last && boxes[last]!.bottom < line) return null;
  return active;
}

/**
 * The layout the sticky graphic needs: wide enough for two columns and tall enough for the graphic.
 * Scrolly.astro's stylesheet uses the same condition (CSS cannot import it).
 */
export const SCROLLY_MEDIA = '(min-width: 60rem) and (min-height: 42rem)';
