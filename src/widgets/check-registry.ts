import { boundTextProblems, placeholders, renderBound } from '../data/bound-text';
import { ClaimError } from '../data/claims';
import { DERIVED_IDS, type FigureSet } from '../data/figures';
import { bindFigure } from '../data/prose-figure';
import type { WidgetEntry } from './types';

const FILE = 'src/widgets/registry.ts';

/** The texts of an entry a reader sees: each is bound text (src/data/bound-text.ts). */
export const TEXT_FIELDS = ['title', 'description', 'imageDescription', 'source', 'illustrative'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Where a field of an entry is written, as the errors name it. */
export const fieldPlace = (entry: Pick<WidgetEntry, 'id'>, field: string) =>
  `${FILE}: entry "${entry.id}", field "${field}"`;

/** The wording of the title's claims: digits in it are bound by the claim, not by a placeholder. */
export function claimWords(entry: WidgetEntry, field: TextField): string[] {
  return field === 'title' ? (entry.claims ?? []).flatMap((claim) => (claim.says ? [claim.says] : [])) : [];
}

/**
 * What is wrong with one entry, each problem naming the file, the entry and the field: unknown figures,
 * a number typed into a text instead of bound to its record, a placeholder for a figure the widget does
 * not show, a headline claim the data no longer supports, a placeholder the data cannot fill.
 */
export function entryProblems(entry: WidgetEntry, set: FigureSet): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${fieldPlace(entry, field)}: ${message}`);
  for (const id of entry.figures) if (!set[id]) at('figures', `no record "${id}" in content/figures.json`);
  for (const id of entry.derived) {
    if (!DERIVED_IDS.includes(id)) at('derived', `no derived figure "${id}" in src/data/figures.ts`);
  }
  const claims = entry.claims ?? [];
  for (const claim of claims) {
    if (!claim.says || !entry.title.includes(claim.says)) {
      at('claims', `the claim "${claim.says ?? ''}" is not worded in the title`);
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
  const own = new Set<string>([...entry.figures, ...entry.derived]);
  for (const field of TEXT_FIELDS) {
    const text = entry[field];
    if (text === undefined) continue;
    const written = boundTextProblems(text, claimWords(entry, field));
    for (const problem of written) at(field, problem);
    if (written.length > 0) continue;
    for (const p of placeholders(text)) {
      if (!own.has(p.id)) at(field, `{${p.id}} is not one of the widget's figures or derived figures`);
    }
    try {
      renderBound(text, set, fieldPlace(entry, field), claimWords(entry, field));
    } catch (error) {
      if (!(error instanceof ClaimError)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}

/**
 * What is wrong with the registry: duplicate ids and every entry's problems (entryProblems). The build
 * calls it (src/components/Widget.astro), so a mistake fails the build.
 */
export function registryProblems(widgets: readonly WidgetEntry[], set: FigureSet): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of widgets) {
    if (seen.has(entry.id)) problems.push(`${fieldPlace(entry, 'id')}: the id is used by an earlier entry`);
    seen.add(entry.id);
    problems.push(...entryProblems(entry, set));
  }
  return problems;
}

export class RegistryError extends ClaimError {
  override name = 'RegistryError';
}

export function assertRegistry(widgets: readonly WidgetEntry[], set: FigureSet): void {
  const problems = registryProblems(widgets, set);
  if (problems.length > 0) throw new RegistryError(problems.join('\n'));
}
