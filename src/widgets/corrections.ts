import type { Correction } from '../data/correction-schema';
import { correctionsOf, reachedBy, readFigureCorrections } from '../data/figure-corrections';
import type { FigureSet } from '../data/figures';
import type { WidgetEntry } from './types';

/**
 * The corrections that concern a graphic, live or retired: those naming one of the figures it shows or
 * one its derived figures are computed from. Oldest first; empty for most graphics.
 */
export function graphicCorrections(
  entry: Pick<WidgetEntry, 'figures' | 'derived'>,
  set: FigureSet,
  corrections: readonly Correction[] = readFigureCorrections(set),
): Correction[] {
  return correctionsOf(reachedBy([...entry.figures, ...entry.derived], set), corrections);
}
