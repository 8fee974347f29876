import type { FigureSet } from '../../data/figures';
import { maasShareModel } from './model';

/** The view at `width`: below 800 px (a 640 px frame) the share view, then 1.25rem, then the growth view. */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  const m = maasShareModel(figures, width);
  if (width >= 800) {
    const half = maasShareModel(figures, (width - 2 * rem) / 2);
    return Math.max(half.shareView.height, half.growthView.height);
  }
  return m.shareView.height + 1.25 * rem + m.growthView.height;
}
