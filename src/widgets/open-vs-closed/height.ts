import type { FigureSet } from '../../data/figures';
import { openVsClosedModel } from './model';

/** The view at `width`: the chart alone. */
export function bodyHeight(figures: FigureSet, width: number): number {
  return openVsClosedModel(figures, width).height;
}
