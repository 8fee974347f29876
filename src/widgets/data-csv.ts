import type { FigureSet } from '../data/figures';
import { plainNumber, toCsv } from '../lib/csv';
import { dataRows } from './data-rows';
import type { WidgetEntry } from './types';

export const CSV_HEADER = ['label', 'value', 'unit', 'period', 'source'] as const;

/** The widget's numbers as the downloadable data.csv: values in base units, as the records hold them. */
export function widgetCsv(entry: Pick<WidgetEntry, 'figures' | 'derived'>, set: FigureSet): string {
  const records = dataRows(entry, set).map((row) => [
    row.label,
    plainNumber(row.value),
    row.unit,
    row.period,
    row.source,
  ]);
  return toCsv(CSV_HEADER, records);
}
