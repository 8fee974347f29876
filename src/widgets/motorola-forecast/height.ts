import type { FigureSet } from '../../data/figures';
import { motorolaModel } from './model';

/** The view at `width`: the log chart alone. */
export function bodyHeight(figures: FigureSet, width: number): number {
  return motorolaModel(figures, width).log.height;
}
