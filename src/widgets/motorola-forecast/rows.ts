import { figure, periodLabel, type FigureSet } from '../../data/figures';
import type { Figure } from '../../data/figure-schema';

/** One figure as the chart names it. */
export interface Row {
  figure: Figure;
  label: string;
  /** The forecast, drawn neutral in both views (the accent is kept for what token statistics count). */
  forecast: boolean;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The forecast, the 2000 figure and the later one, in that order; their years come from the records. */
export function motorolaRows(set: FigureSet): [Row, Row, Row] {
  const forecast = figure(set, 'motorola-forecast');
  const actual = figure(set, 'china-mobile-users-2000');
  const later = figure(set, 'china-mobile-users-later');
  const made = forecast.made ? `${forecast.made.label} ` : '';
  // The forecast is the president's, the 2000 figure the article's anecdote (unverified: see its record).
  // The forecast's target year is left to the next row and the alternative text: with it the label is 455 px
  // wide, and row labels sit beside the rows from 800 px only while the widest stays under 359.
  return [
    { figure: forecast, label: `Motorola president’s ${made}forecast`, forecast: true },
    { figure: actual, label: `Users in ${periodLabel(actual.period)}, the article’s count`, forecast: false },
    // "A few years later" stays words: the article gives no year.
    { figure: later, label: `${capital(periodLabel(later.period))} (year not given)`, forecast: false },
  ];
}
