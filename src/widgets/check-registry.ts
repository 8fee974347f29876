import { ClaimError } from '../data/claims';
import { DERIVED_IDS, type FigureSet } from '../data/figures';
import { bindFigure } from '../data/prose-figure';
import type { WidgetEntry } from './types';

const FILE = 'src/widgets/registry.ts';

/** Runs of digits in a headline: each must be part of a claim bound to the data. */
const NUMBER = /\d[\d.,]*/g;

/**
 * What is wrong with the registry, each problem naming the file, the entry and the field: duplicate ids,
 * unknown figures, and headline numbers that no claim binds to the records (or whose claim the data no
 * longer supports). The build calls it (src/components/Widget.astro), so a mistake fails the build.
 */
export function registryProblems(widgets: readonly WidgetEntry[], set: FigureSet): string[] {
  const problems: string[] = [];
  const at = (entry: WidgetEntry, field: string, message: string) =>
    problems.push(`${FILE}: entry "${entry.id}", field "${field}": ${message}`);
  const seen = new Set<string>();
  for (const entry of widgets) {
    if (seen.has(entry.id)) at(entry, 'id', 'the id is used by an earlier entry');
    seen.add(entry.id);
    for (const id of entry.figures) if (!set[id]) at(entry, 'figures', `no record "${id}" in content/figures.json`);
    for (const id of entry.derived) {
      if (!DERIVED_IDS.includes(id)) at(entry, 'derived', `no derived figure "${id}" in src/data/figures.ts`);
    }
    const claims = entry.claims ?? [];
    for (const claim of claims) {
      if (!claim.says || !entry.title.includes(claim.says)) {
        at(entry, 'claims', `the claim "${claim.says ?? ''}" is not worded in the title`);
        continue;
      }
      try {
        bindFigure(set, { ...claim, file: `${FILE} (entry "${entry.id}", field "title")` });
      } catch (error) {
        if (!(error instanceof ClaimError)) throw error;
        // The message starts with the place: the file, the entry and the field.
        problems.push(error.message);
      }
    }
    const periods = entry.figures.map((id) => set[id]?.period ?? '');
    for (const match of entry.title.matchAll(NUMBER)) {
      // A year that is the period of one of the entry's records says when, not how much.
      if (/^(19|20)\d\d$/.test(match[0]) && periods.some((period) => period.includes(match[0]))) continue;
      const start = match.index;
      const end = start + match[0].length;
      const covered = claims.some((claim) => {
        const from = claim.says ? entry.title.indexOf(claim.says) : -1;
        return from >= 0 && from <= start && end <= from + claim.says!.length;
      });
      if (!covered) at(entry, 'title', `"${match[0]}" is a number no claim binds to the records (add it to claims)`);
    }
  }
  return problems;
}

export class RegistryError extends Error {
  override name = 'RegistryError';
}

export function assertRegistry(widgets: readonly WidgetEntry[], set: FigureSet): void {
  const problems = registryProblems(widgets, set);
  if (problems.length > 0) throw new RegistryError(problems.join('\n'));
}
