import type { FigureSet } from '../../data/figures';
import { choiceSwitchHeight } from '../kit/html-height';
import { maasShareModel } from './model';

/** The view at `width`: its switch, then the share view (the one shown first). */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  return choiceSwitchHeight(rem) + maasShareModel(figures, width).shareView.height;
}
