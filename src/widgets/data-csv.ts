import type { FigureSet } from '../data/figures';
import { plainNumber, toCsv } from '../lib/csv';
import { dataRows } from './data-rows';
import type { WidgetEntry } from './types';

/**
 * The columns of every data.csv. A reporter who reuses a row keeps the article's hedge and words:
 * `qualifier` is the hedge ("nearly", "as high as", "exceeded", "about", "exact"), `as_shown` the value as
 * the page reads it, `article_wording` the article's own words for it (verbatim), `period_as_stated` the
 * article's words for when (or "not stated"); a derived row's `value` is rounded as the page shows it and
 * `arithmetic` says how it was computed (empty for the article's own figures).
 */
export const CSV_HEADER = [
  'label',
  'value',
  'unit',
  'qualifier',
  'as_shown',
  'article_wording',
  'period',
  'period_as_stated',
  'source',
  'arithmetic',
] as const;

/** The widget's numbers as the downloadable data.csv. */
export function widgetCsv(entry: WidgetEntry, set: FigureSet): string {
  const records = dataRows(entry, set).map((row) => [
    row.label,
    plainNumber(row.value),
    row.unit,
    row.qualifier,
    row.plainDisplay,
    row.wording,
    row.period,
    row.periodStated,
    row.source,
    row.arithmetic ?? '',
  ]);
  return toCsv(CSV_HEADER, records);
}
