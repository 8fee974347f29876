import type { FigureSet } from '../../data/figures';
import { choiceSwitchHeight, textHeight } from '../kit/html-height';
import { openVsClosedModel } from './model';
import { NOTE_ALL } from './notes';

/** The view at `width`: its switch, the chart, and the note of the view shown first (0.6rem above it). */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  return (
    choiceSwitchHeight(rem) + openVsClosedModel(figures, width).height + 0.6 * rem + textHeight(NOTE_ALL, width, rem)
  );
}
