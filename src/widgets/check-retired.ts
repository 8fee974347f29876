import { ClaimError } from '../data/claims';
import type { FigureSet } from '../data/figures';
import { registryProblems } from './check-registry';
import type { RetiredEntry } from './retired';
import type { WidgetEntry } from './types';

export const RETIRED_FILE = 'src/widgets/retired.ts';

/**
 * The texts of a retired entry a reader sees, each bound text (src/data/bound-text.ts) as the live
 * registry's are: its headline, description and source, and the statement of a graphic without records.
 */
export const RETIRED_TEXT_FIELDS = ['title', 'description', 'source', 'statement'] as const;
export type RetiredTextField = (typeof RETIRED_TEXT_FIELDS)[number];

const isDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/**
 * What is wrong with the retired list, each problem naming the file, the entry and the field: an id that
 * is also live, a date that is not a day, a successor that is not a live graphic, a graphic with records
 * and a statement or with neither, and everything the live registry's check finds in the same fields
 * (unknown figures, a number in the headline that no claim binds).
 */
export function retiredProblems(
  retired: readonly RetiredEntry[],
  live: readonly Pick<WidgetEntry, 'id'>[],
  set: FigureSet,
): string[] {
  const problems: string[] = [];
  const at = (entry: RetiredEntry, field: string, message: string) =>
    problems.push(`${RETIRED_FILE}: entry "${entry.id}", field "${field}": ${message}`);
  const liveIds = new Set(live.map((entry) => entry.id));
  for (const entry of retired) {
    if (liveIds.has(entry.id)) {
      at(entry, 'id', 'also a live graphic in src/widgets/registry.ts: an id is live or retired, not both');
    }
    if (!isDay(entry.retired.date)) at(entry, 'retired.date', `not a day as YYYY-MM-DD: "${entry.retired.date}"`);
    const successor = entry.retired.successor;
    if (successor !== undefined && !liveIds.has(successor)) {
      at(entry, 'retired.successor', `"${successor}" is not a live graphic in src/widgets/registry.ts`);
    }
    if (!/^[a-z][a-z0-9-]*$/.test(entry.retired.story)) {
      at(entry, 'retired.story', `"${entry.retired.story}" is not an id in the story (no "#", kebab-case)`);
    }
    const hasRows = entry.figures.length + entry.derived.length > 0;
    if (hasRows && entry.statement) at(entry, 'statement', 'only a graphic without records has a statement');
    if (!hasRows && !entry.statement?.trim()) {
      at(entry, 'statement', 'a graphic without records needs a statement of what it showed');
    }
  }
  // The live registry's checks, naming this file, over this list's text fields.
  problems.push(...registryProblems(retired, set, RETIRED_FILE, RETIRED_TEXT_FIELDS));
  return problems;
}

export class RetiredRegistryError extends ClaimError {
  override name = 'RetiredRegistryError';
}

/** Fails the build with every problem of the retired list (src/components/widget/retired-graphic.ts calls it). */
export function assertRetired(
  retired: readonly RetiredEntry[],
  live: readonly Pick<WidgetEntry, 'id'>[],
  set: FigureSet,
): void {
  const problems = retiredProblems(retired, live, set);
  if (problems.length > 0) throw new RetiredRegistryError(problems.join('\n'));
}
