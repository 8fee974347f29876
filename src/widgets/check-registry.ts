import { boundTextProblems, placeholders, renderBound } from '../data/bound-text';
import { ClaimError } from '../data/claims';
import { DERIVED_IDS, type FigureSet } from '../data/figures';
import { bindFigure } from '../data/prose-figure';
import type { WidgetEntry } from './types';

/** Where a live widget's entry is written: its own folder (src/widgets/<id>/entry.ts). */
export const entryFile = (id: string) => `src/widgets/${id}/entry.ts`;

/** A headline longer than this wraps to three lines on a phone and overflows share cards. */
export const TITLE_MAX_WORDS = 12;

/** The texts of an entry a reader sees: each is bound text (src/data/bound-text.ts). */
export const TEXT_FIELDS = ['title', 'description', 'imageDescription', 'source', 'illustrative'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * What the checks read of an entry: its figures, its headline claims and its bound texts by field. The
 * live registry's entries (src/widgets/registry.ts) and the retired graphics' (src/widgets/retired.ts)
 * are both read this way, each naming its own file.
 */
export type BoundEntry = Pick<WidgetEntry, 'id' | 'claims' | 'figures' | 'derived'>;

/** Where a field of an entry is written, as the errors name it. */
export const fieldPlace = (entry: Pick<WidgetEntry, 'id'>, field: string, file: string = entryFile(entry.id)) =>
  `${file}: entry "${entry.id}", field "${field}"`;

/** The wording of the title's claims: digits in it are bound by the claim, not by a placeholder. */
export function claimWords(entry: BoundEntry, field: string): string[] {
  return field === 'title' ? (entry.claims ?? []).flatMap((claim) => (claim.says ? [claim.says] : [])) : [];
}

/** A text field of an entry, or undefined where the entry leaves it out. */
export function textOf(entry: BoundEntry, field: string): string | undefined {
  const text = (entry as unknown as Record<string, unknown>)[field];
  return typeof text === 'string' ? text : undefined;
}

/**
 * What is wrong with one entry, each problem naming the file, the entry and the field: unknown figures,
 * a number typed into a text instead of bound to its record, a placeholder for a figure the widget does
 * not show, a headline claim the data no longer supports, a placeholder the data cannot fill.
 */
export function entryProblems(
  entry: BoundEntry,
  set: FigureSet,
  file: string = entryFile(entry.id),
  fields: readonly string[] = TEXT_FIELDS,
): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${fieldPlace(entry, field, file)}: ${message}`);
  for (const id of entry.figures) if (!set[id]) at('figures', `no record "${id}" in content/figures.json`);
  for (const id of entry.derived) {
    if (!DERIVED_IDS.includes(id)) at('derived', `no derived figure "${id}" in src/data/figures.ts`);
  }
  const claims = entry.claims ?? [];
  for (const claim of claims) {
    if (!claim.says || !textOf(entry, 'title')?.includes(claim.says)) {
      at('claims', `the claim "${claim.says ?? ''}" is not worded in the title`);
      continue;
    }
    try {
      bindFigure(set, { ...claim, file: `${file} (entry "${entry.id}", field "title")` });
    } catch (error) {
      if (!(error instanceof ClaimError)) throw error;
      // The message starts with the place: the file, the entry and the field.
      problems.push(error.message);
    }
  }
  const own = new Set<string>([...entry.figures, ...entry.derived]);
  for (const field of fields) {
    const text = textOf(entry, field);
    if (text === undefined) continue;
    const written = boundTextProblems(text, claimWords(entry, field));
    for (const problem of written) at(field, problem);
    if (written.length > 0) continue;
    for (const p of placeholders(text)) {
      if (!own.has(p.id)) at(field, `{${p.id}} is not one of the widget's figures or derived figures`);
    }
    try {
      renderBound(text, set, fieldPlace(entry, field, file), claimWords(entry, field));
    } catch (error) {
      if (!(error instanceof ClaimError)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}

/**
 * What is wrong with a list of entries: duplicate ids and every entry's problems (entryProblems). The
 * live registry's entries are each in their own folder's file; the retired graphics' share one (`file`).
 */
export function registryProblems<Entry extends BoundEntry>(
  widgets: readonly Entry[],
  set: FigureSet,
  file?: string,
  fields: readonly string[] = TEXT_FIELDS,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of widgets) {
    const where = file ?? entryFile(entry.id);
    if (seen.has(entry.id)) problems.push(`${fieldPlace(entry, 'id', where)}: the id is used by an earlier entry`);
    seen.add(entry.id);
    problems.push(...entryProblems(entry, set, where, fields));
  }
  return problems;
}

/**
 * The house's rules for a live widget's texts and place, stated here rather than only in tests so that
 * whoever adds a widget learns them from the build's message: a title a phone shows in two lines, a
 * description that is one sentence (it is the chart's alt text and oEmbed description, read whole by
 * screen readers), and exactly one place in the story (its section; the notes link there).
 */
export function houseRuleProblems(entry: WidgetEntry, set: FigureSet, placed: readonly string[]): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${fieldPlace(entry, field)}: ${message}`);
  let title = entry.title;
  try {
    title = renderBound(entry.title, set, fieldPlace(entry, 'title'), claimWords(entry, 'title'));
  } catch (error) {
    // entryProblems reports a title the data cannot fill; count its words as written.
    if (!(error instanceof ClaimError)) throw error;
  }
  const words = title.split(/\s+/).filter(Boolean).length;
  if (words > TITLE_MAX_WORDS) {
    at('title', `${words} words as shown ("${title}"); a headline has at most ${TITLE_MAX_WORDS}`);
  }
  for (const field of ['description', 'imageDescription'] as const) {
    const text = entry[field];
    if (text === undefined) continue;
    if (!/^[A-Z‘“'"].*\.$/s.test(text)) at(field, 'one sentence: it starts with a capital and ends with a full stop');
    else if (/[.!?]\s+[A-Z‘“]/.test(text)) at(field, "one sentence only: it is read whole as the chart's alt text");
  }
  const times = placed.filter((id) => id === entry.id).length;
  if (times !== 1) {
    at('id', `placed ${times} times in content/story/*.mdx; write <Widget id="${entry.id}" /> exactly once`);
  }
  return problems;
}

/**
 * Everything wrong with the live registry: each entry's problems and the house's rules. The build calls
 * it (src/components/Widget.astro) with the story's placements, so a mistake fails the build.
 */
export function widgetProblems(widgets: readonly WidgetEntry[], set: FigureSet, placed: readonly string[]): string[] {
  return [...registryProblems(widgets, set), ...widgets.flatMap((entry) => houseRuleProblems(entry, set, placed))];
}

export class RegistryError extends ClaimError {
  override name = 'RegistryError';
}

export function assertRegistry(widgets: readonly WidgetEntry[], set: FigureSet, placed: readonly string[]): void {
  const problems = widgetProblems(widgets, set, placed);
  if (problems.length > 0) throw new RegistryError(problems.join('\n'));
}
