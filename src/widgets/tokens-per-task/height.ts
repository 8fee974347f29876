import type { FigureSet } from '../../data/figures';
import { textHeight } from '../kit/html-height';
import { FIELDS, defaultValues } from './inputs';
import { compare, tokensPerTaskModel } from './model';

/**
 * The comparator at `width` with the article's numbers (View.svelte's CSS in rem): the sentence, the figure,
 * then the two boxes side by side (label, box, the lines kept for a message) and the "last valid numbers" line.
 */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  const values = defaultValues(figures);
  const verdict = textHeight(compare(values).verdict, width, rem, 1, 1.3, true) + 0.5 * rem;
  const fieldWidth = Math.min(14 * rem, (width - 0.75 * rem) / 2);
  const label = Math.max(...FIELDS.map((f) => textHeight(f.label, fieldWidth, rem, 0.9, 1.25, true)));
  // Two lines kept for a message under a box, one from 520 px (View.svelte).
  const message = 0.15 * rem + (width >= 520 ? 1.3 : 2.6) * 0.8 * rem;
  const stale = 0.8 * 1.45 * rem;
  return verdict + tokensPerTaskModel(values, width).height + 0.75 * rem + label + 0.2 * rem + 44 + message + stale;
}
