import type { FigureSet } from '../../data/figures';
import { fullStackModel } from './model';

/** The view at `width`: the chart alone. */
export function bodyHeight(_figures: FigureSet, width: number): number {
  return fullStackModel(width).height;
}
