import { derived, figure, type FigureSet } from '../data/figures';
import { formatQualified, formatValue, type DisplayUnit } from '../data/format';
import type { WidgetEntry } from './types';

/** One row of a widget's data table and CSV file. */
export interface DataRow {
  id: string;
  label: string;
  value: number;
  unit: DisplayUnit;
  /** As read: "over 800 million downloads", "1.07%". */
  display: string;
  period: string;
  source: string;
  /** For derived rows, the arithmetic from the records. */
  arithmetic?: string;
}

/** The records a widget uses, then its derived figures, in the registry's order. */
export function dataRows(entry: Pick<WidgetEntry, 'figures' | 'derived'>, set: FigureSet): DataRow[] {
  const records = entry.figures.map((id) => {
    const f = figure(set, id);
    return {
      id,
      label: f.label,
      value: f.value,
      unit: f.unit,
      display: formatQualified(f.value, f.unit, f.qualifier),
      period: f.period,
      source: f.source,
    };
  });
  const computed = entry.derived.map((id) => {
    const d = derived(set, id);
    return {
      id,
      label: d.label,
      value: d.value,
      unit: d.unit,
      display: formatValue(d.value, d.unit),
      period: d.period,
      source: `Computed from the records: ${d.arithmetic}`,
      arithmetic: d.arithmetic,
    };
  });
  return [...records, ...computed];
}

/** The subset of records a widget's view receives as props (keeps island payloads small). */
export function figuresFor(entry: Pick<WidgetEntry, 'figures'>, set: FigureSet): FigureSet {
  return Object.fromEntries(entry.figures.map((id) => [id, figure(set, id)]));
}
