import type { FigureSet } from '../../data/figures';
import { textHeight } from '../kit/html-height';
import { FIELDS, defaultValues } from './inputs';
import { compare, tokensPerTaskModel } from './model';

/**
 * The calculator at `width` with the article's numbers (View.svelte's CSS in rem), for the medium band a
 * 640 px frame gets: the verdict, the chart, then the boxes two to a row (label, box, a reserved message
 * line) and the reserved "last valid numbers" line, 0.5rem apart.
 */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  const values = defaultValues(figures);
  const gap = 0.5 * rem;
  const verdict = textHeight(compare(values).verdict, width, rem, 1, 1.3, true);
  const fieldWidth = (width - rem) / 2;
  const label = (i: number) => {
    const field = FIELDS[i]!;
    return textHeight(
      field.label + (field.illustrative ? ' illustrative default' : ''),
      fieldWidth,
      rem,
      0.9,
      1.25,
      true,
    );
  };
  const message = 0.8 * 1.45 * rem + 0.35 * rem;
  const row = (i: number) => Math.max(label(i), label(i + 1)) + 0.2 * rem + 44 + message;
  const stale = 0.8 * 1.45 * rem;
  return verdict + gap + tokensPerTaskModel(values, width).height + gap + gap + row(0) + row(2) + gap + stale;
}
