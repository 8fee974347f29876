import type { FigureSet } from '../data/figures';
import { plainNumber, toCsv } from '../lib/csv';
import { dataRows } from './data-rows';
import type { WidgetEntry } from './types';

/**
 * The columns of every data.csv. A reporter who reuses a row keeps the article's hedge and words, and the
 * page's warnings: `qualifier` is the hedge ("nearly", "as high as", "exceeded", "about"; "none" when the
 * article gives none, "rounded" for a computed value rounded as shown), `as_shown` the value as the page
 * reads it, `article_wording` the article's own words for it (verbatim), `period_as_stated` the article's
 * words for when (or "not stated"), `made_as_stated` a forecast's own date in its words; a derived row's
 * `value` is rounded as the page shows it and `arithmetic` says how it was computed (empty for the
 * article's own figures); `caveat` and `desk_note` are what the page's notes say beside the number.
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
  'made_as_stated',
  'source',
  'arithmetic',
  'caveat',
  'desk_note',
] as const;

/**
 * The widget's numbers as the downloadable data.csv. A ";" in any field fails the build, naming the
 * widget, the row and the column: quoting keeps a field whole only for a reader splitting on ",", and Excel
 * in many locales splits a .csv on ";", so such a row would spill into extra cells there. The words are ours
 * to write without one (a caveat takes a comma).
 */
export function widgetCsv(entry: WidgetEntry, set: FigureSet): string {
  const rows = dataRows(entry, set);
  const records = rows.map((row) => [
    row.label,
    plainNumber(row.value),
    row.unit,
    row.qualifier,
    row.plainDisplay,
    row.wording,
    row.period,
    row.periodStated,
    row.madeStated,
    row.source,
    row.arithmetic ?? '',
    row.caveat,
    row.deskNote,
  ]);
  records.forEach((record, i) => {
    const column = record.findIndex((field) => field.includes(';'));
    if (column >= 0) {
      throw new Error(
        `data.csv of "${entry.id}", row ${i + 1} ("${rows[i]!.id}"), column "${CSV_HEADER[column]}": ` +
          `"${record[column]}" holds a ";", which spreadsheets that split on ";" would read as two cells; reword it`,
      );
    }
  });
  return toCsv(CSV_HEADER, records);
}
