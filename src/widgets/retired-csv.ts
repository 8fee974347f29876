import type { FigureSet } from '../data/figures';
import { headerOnlyCsv } from '../lib/csv';
import { CSV_HEADER, widgetCsv } from './data-csv';
import { dataRows } from './data-rows';
import type { RetiredEntry } from './retired';

/**
 * A retired graphic's data.csv: its rows as a live graphic's, or, for one without records, the header
 * alone, as the first edition published it (every first-edition graphic had a data.csv).
 */
export function retiredCsv(entry: RetiredEntry, set: FigureSet): string {
  return dataRows(entry, set).length > 0 ? widgetCsv(entry, set) : headerOnlyCsv(CSV_HEADER);
}
