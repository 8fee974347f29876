/**
 * A retired graphic as readers get it: its bound texts rendered from the records, as widget-text.ts
 * renders a live one. Its page, oEmbed file, images, card, data and widgets.json entry all take a
 * ShownRetired, so none can print a number or a year the data no longer holds.
 */
import { renderBound } from '../data/bound-text';
import type { FigureSet } from '../data/figures';
import { claimWords, entryProblems, fieldPlace } from './check-registry';
import { RETIRED_FILE, RETIRED_TEXT_FIELDS, RetiredRegistryError, type RetiredTextField } from './check-retired';
import { RETIRED_WIDGETS, type RetiredEntry, type ShownRetired } from './retired';

export function showRetired(entry: RetiredEntry, set: FigureSet): ShownRetired {
  const problems = entryProblems(entry, set, RETIRED_FILE, RETIRED_TEXT_FIELDS);
  if (problems.length > 0) throw new RetiredRegistryError(problems.join('\n'));
  const render = (field: RetiredTextField, text: string) =>
    renderBound(text, set, fieldPlace(entry, field, RETIRED_FILE), claimWords(entry, field));
  return {
    ...entry,
    title: render('title', entry.title),
    description: render('description', entry.description),
    source: render('source', entry.source),
    ...(entry.statement === undefined ? {} : { statement: render('statement', entry.statement) }),
    shown: true,
  };
}

/** Every retired graphic, shown. */
export function showRetiredAll(set: FigureSet, entries: readonly RetiredEntry[] = RETIRED_WIDGETS): ShownRetired[] {
  return entries.map((entry) => showRetired(entry, set));
}
