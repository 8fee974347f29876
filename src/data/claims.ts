/**
 * A sentence's claim about a number, checked against the data at build time. The article often
 * words a number loosely ("just over 1%", "120.6 billion" for 120.669 billion); such wording stays
 * true only while the data lies in a range, and the build must stop when it leaves that range.
 */
import type { Qualifier } from './figure-schema';

/** The range in which the wording stays true, in the figure's own units (yuan, percent, ...). */
export interface ClaimBounds {
  /** The value is at least this. */
  min?: number | undefined;
  /** The value is at most this. */
  max?: number | undefined;
  /** The value is more than this. */
  above?: number | undefined;
  /** The value is less than this. */
  below?: number | undefined;
}

/** A claim the data no longer supports, or one written so that it cannot be checked. */
export class ClaimError extends Error {
  override name = 'ClaimError';
}

const BOUND_KEYS = ['min', 'max', 'above', 'below'] as const;

/** Why a set of bounds cannot be checked, or null when it can. */
export function boundsProblem(bounds: ClaimBounds): string | null {
  const given = BOUND_KEYS.filter((key) => bounds[key] !== undefined);
  if (given.length === 0) return 'a claim needs at least one of min, max, above, below';
  for (const key of given) {
    if (!Number.isFinite(bounds[key])) return `${key} must be a finite number (got ${String(bounds[key])})`;
  }
  if (bounds.min !== undefined && bounds.above !== undefined) return 'give min or above, not both';
  if (bounds.max !== undefined && bounds.below !== undefined) return 'give max or below, not both';
  const low = bounds.min ?? bounds.above;
  const high = bounds.max ?? bounds.below;
  if (low !== undefined && high !== undefined) {
    const inclusive = bounds.min !== undefined && bounds.max !== undefined;
    if (inclusive ? low > high : low >= high) return `the range is empty (${low} to ${high})`;
  }
  return null;
}

/** Whether a value satisfies the bounds (which must be valid: see boundsProblem). */
export function holds(value: number, bounds: ClaimBounds): boolean {
  if (!Number.isFinite(value)) return false;
  if (bounds.min !== undefined && !(value >= bounds.min)) return false;
  if (bounds.above !== undefined && !(value > bounds.above)) return false;
  if (bounds.max !== undefined && !(value <= bounds.max)) return false;
  if (bounds.below !== undefined && !(value < bounds.below)) return false;
  return true;
}

/** "more than 1% and at most 1.5%", with each bound shown by `show`. */
export function describeBounds(bounds: ClaimBounds, show: (value: number) => string): string {
  const parts: string[] = [];
  if (bounds.min !== undefined) parts.push(`at least ${show(bounds.min)}`);
  if (bounds.above !== undefined) parts.push(`more than ${show(bounds.above)}`);
  if (bounds.max !== undefined) parts.push(`at most ${show(bounds.max)}`);
  if (bounds.below !== undefined) parts.push(`less than ${show(bounds.below)}`);
  return parts.join(' and ');
}

/**
 * The words prose may put before a number for each hedge a record carries. A record that says
 * "over" may read "more than 60%" or "exceeded 800 million", but never "nearly 60%".
 */
export const HEDGE_WORDS: Readonly<Record<Qualifier, readonly string[]>> = {
  exact: [],
  about: ['about', 'around', 'roughly', 'approximately'],
  nearly: ['nearly', 'almost', 'close to'],
  over: ['over', 'more than', 'above', 'exceeded', 'exceeds', 'exceeding'],
  'as-high-as': ['as high as'],
  'just-over': ['just over', 'slightly more than'],
  under: ['less than', 'under', 'below'],
};

/** Whether the prose's hedge says what the record's qualifier says (case and spacing aside). */
export function hedgeFits(qualifier: Qualifier, hedge: string): boolean {
  const words = hedge.trim().replace(/\s+/g, ' ').toLowerCase();
  return HEDGE_WORDS[qualifier].includes(words);
}
