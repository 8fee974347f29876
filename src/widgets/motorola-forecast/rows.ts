import { figure, type FigureSet } from '../../data/figures';
import type { Figure } from '../../data/figure-schema';

/** One figure as the chart names it. */
export interface Row {
  figure: Figure;
  label: string;
  /** The forecast, drawn neutral in both views (the accent is kept for what token statistics count). */
  forecast: boolean;
}

const ROWS = [
  { id: 'motorola-forecast', label: 'Motorola’s 1996 forecast for 2000' },
  { id: 'china-mobile-users-2000', label: 'Actual users in 2000' },
  // "A few years later" stays words: the article gives no year.
  { id: 'china-mobile-users-later', label: 'A few years later (year not given)' },
] as const;

/** The forecast, the 2000 figure and the later one, in that order. */
export function motorolaRows(set: FigureSet): [Row, Row, Row] {
  return ROWS.map(({ id, label }) => ({ figure: figure(set, id), label, forecast: id === 'motorola-forecast' })) as [
    Row,
    Row,
    Row,
  ];
}
