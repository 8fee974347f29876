import type { FigureSet } from '../../data/figures';
import { choiceSwitchHeight } from '../kit/html-height';
import { motorolaModel } from './model';

/** The view at `width`: its switch, then the log view (the one shown first). */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  return choiceSwitchHeight(rem) + motorolaModel(figures, width).log.height;
}
