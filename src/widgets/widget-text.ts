/**
 * A registry entry as readers get it: its bound texts rendered from the records. Every page, file and
 * image that prints an entry's title, description, source or note takes a ShownWidget, so none can print
 * a number the data no longer holds: a changed record changes the text, or a claim the data no longer
 * supports fails the build, naming the file, the entry and the field.
 */
import { renderBound } from '../data/bound-text';
import type { FigureSet } from '../data/figures';
import { claimWords, entryProblems, fieldPlace, RegistryError, type TextField } from './check-registry';
import { WIDGETS } from './registry';
import type { ShownWidget, WidgetEntry } from './types';

export function showWidget(entry: WidgetEntry, set: FigureSet): ShownWidget {
  const problems = entryProblems(entry, set);
  if (problems.length > 0) throw new RegistryError(problems.join('\n'));
  const render = (field: TextField, text: string) =>
    renderBound(text, set, fieldPlace(entry, field), claimWords(entry, field));
  return {
    ...entry,
    title: render('title', entry.title),
    description: render('description', entry.description),
    ...(entry.imageDescription === undefined
      ? {}
      : { imageDescription: render('imageDescription', entry.imageDescription) }),
    source: render('source', entry.source),
    ...(entry.illustrative === undefined ? {} : { illustrative: render('illustrative', entry.illustrative) }),
    shown: true,
  };
}

/** Every registry widget, shown. */
export function showWidgets(set: FigureSet, entries: readonly WidgetEntry[] = WIDGETS): ShownWidget[] {
  return entries.map((entry) => showWidget(entry, set));
}

/** One registry widget by id, shown. */
export function shownById(id: string, set: FigureSet): ShownWidget {
  const entry = WIDGETS.find((w) => w.id === id);
  if (!entry) throw new Error(`Unknown widget "${id}": add it to src/widgets/registry.ts`);
  return showWidget(entry, set);
}
