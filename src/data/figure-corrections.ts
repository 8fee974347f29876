/**
 * Corrections that concern figures, as the places showing those figures outside the story say them: a
 * dated line ("Corrected 9 December 2026: …") and a short mark for titles ("(corrected 9 December 2026)"),
 * each date as the site writes dates (formatDay, docs/copy-desk.md "Dates").
 * Which graphic uses which figure is the registry's business (src/widgets/corrections.ts).
 */
import type { Correction } from './correction-schema';
import { DERIVED_IDS, derived, type FigureSet } from './figures';
import { formatDay } from './format';
import { readCorrections } from './load-corrections';

/** Every figure id a correction may name: the records and the derived figures. */
export function knownFigureIds(set: FigureSet): ReadonlySet<string> {
  return new Set([...Object.keys(set), ...DERIVED_IDS]);
}

/**
 * content/corrections.json (or CORRECTIONS_FILE), with every `figures` id checked against `set`: an unknown
 * id fails the build naming the file, the entry and the field.
 */
export function readFigureCorrections(set: FigureSet): Correction[] {
  return readCorrections(undefined, undefined, knownFigureIds(set));
}

/**
 * The ids a correction reaches when it names `ids`' figures: the figures themselves, and for a derived
 * figure the records it is computed from (a correction to one of them changes it too).
 */
export function reachedBy(ids: readonly string[], set: FigureSet): Set<string> {
  const reached = new Set<string>();
  for (const id of ids) {
    reached.add(id);
    if (DERIVED_IDS.includes(id)) for (const input of derived(set, id).inputs) reached.add(input);
  }
  return reached;
}

/** The corrections that name one of `reached`'s figures, oldest first. */
export function correctionsOf(reached: ReadonlySet<string>, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((entry) => (entry.figures ?? []).some((id) => reached.has(id)));
}

const VERB = { correction: 'Corrected', update: 'Updated' } as const;

/** "Corrected 9 December 2026: The MaaS market was …" */
export function correctionLine(entry: Correction): string {
  return `${VERB[entry.kind]} ${formatDay(entry.date)}: ${entry.text}`;
}

/** " (corrected 9 December 2026)" after a title, from the latest entry; "" when there is none. */
export function correctionMark(entries: readonly Correction[]): string {
  const latest = entries.at(-1);
  return latest ? ` (${VERB[latest.kind].toLowerCase()} ${formatDay(latest.date)})` : '';
}
