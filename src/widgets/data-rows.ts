import { NOT_STATED, shownPeriod } from '../data/periods';
import { derived, describe, figure, periodLabel, periodQuote, type FigureSet } from '../data/figures';
import { readQuote } from '../data/figure-words';
import { qualifierWord, roundedAsShown, type DisplayUnit } from '../data/format';
import { deskNoteLine } from '../data/note-text';
import type { WidgetEntry } from './types';

/** What a data row says of a figure the article does not word itself (a number computed here). */
export const NOT_IN_ARTICLE = 'not in the article (computed on this page)';

/** One row of a widget's data table and CSV file. */
export interface DataRow {
  id: string;
  label: string;
  /** The value as the data holds it, in base units; for a derived figure, rounded as the page shows it. */
  value: number;
  unit: DisplayUnit;
  /** As read: "over 800 million downloads", "1.07%", "about 100×". */
  display: string;
  /** The same without a change's plus sign ("421.2%"), which a spreadsheet would read as the start of a formula. */
  plainDisplay: string;
  /**
   * The hedge in words: the article's own ("more than", "exceeded"), or a derived figure's. "none" when the
   * article gives none, "rounded" for a computed value rounded as shown: never "exact", which would claim a
   * precision the article (its 99% is a rhetorical figure) or the arithmetic (1.07 for 1.069…) does not have.
   */
  qualifier: string;
  /** The article's own words for the number (a span of article.txt), or NOT_IN_ARTICLE. */
  wording: string;
  /** The period's label ("H1 2025"), a forecast's in the article's words ("by 2000"), or "not stated". */
  period: string;
  /** The article's words for the period ("in the first half of 2025") or "not stated". */
  periodStated: string;
  /** A forecast's own date in the article's words ("In 1996"); empty for anything else. */
  madeStated: string;
  source: string;
  /** For derived rows, the arithmetic from the records, hedges kept. */
  arithmetic?: string;
  /** What to know before reusing it, fact checks included (a derived row: its inputs'); empty when nothing. */
  caveat: string;
  /** The desk's official figure that bears on it (a derived row: on an input), in one line; empty when none. */
  deskNote: string;
}

/** The records a widget uses, then its derived figures, in the registry's order. */
export function dataRows(entry: WidgetEntry, set: FigureSet): DataRow[] {
  const records = entry.figures.map((id): DataRow => {
    const f = figure(set, id);
    return {
      id,
      label: f.label,
      value: f.value,
      unit: f.unit,
      display: describe(f),
      plainDisplay: describe(f, { unsigned: true }),
      qualifier: readQuote(f).hedge ?? (qualifierWord(f.qualifier) || 'none'),
      wording: f.quote,
      period: shownPeriod(f.period, f.made),
      periodStated: periodQuote(f.period) ?? NOT_STATED,
      madeStated: f.made?.quote ?? '',
      source: f.source,
      caveat: f.caveat ?? '',
      deskNote: f.deskNote ? deskNoteLine(f.deskNote) : '',
    };
  });
  const computed = entry.derived.map((id): DataRow => {
    const d = derived(set, id);
    return {
      id,
      label: d.label,
      value: roundedAsShown(d.value, d.unit),
      unit: d.unit,
      display: describe(d),
      plainDisplay: describe(d, { unsigned: true }),
      qualifier: qualifierWord(d.qualifier) || (d.rounded ? 'rounded' : 'none'),
      wording: d.quote ?? NOT_IN_ARTICLE,
      period: periodLabel(d.period),
      periodStated: periodQuote(d.period) ?? NOT_STATED,
      madeStated: '',
      source: d.source,
      arithmetic: d.arithmetic,
      caveat: d.caveats.join(' '),
      deskNote: d.deskNotes.map(deskNoteLine).join(' '),
    };
  });
  return [...records, ...computed];
}

/** The subset of records a widget's view receives as props (keeps island payloads small). */
export function figuresFor(entry: WidgetEntry, set: FigureSet): FigureSet {
  return Object.fromEntries(entry.figures.map((id) => [id, figure(set, id)]));
}
