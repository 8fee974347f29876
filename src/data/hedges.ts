/**
 * A derived figure's hedge, worked out from its inputs' hedges and the operation, so that a number
 * computed from "over 100 million" and "about 1 million" can never read "more than 100×".
 *
 * Each hedge says where the true value may lie against the number written:
 *
 * | hedge       | the true value is          | lean        |
 * | ----------- | -------------------------- | ----------- |
 * | exact       | the number                 | none        |
 * | about       | near it, either side       | either      |
 * | nearly      | a little below it          | down, close |
 * | just over   | a little above it          | up, close   |
 * | over        | above it, by how much open | up          |
 * | under       | below it, by how much open | down        |
 * | as high as  | at most it (the article's emphasis on a high number) | down |
 *
 * A ratio a ÷ b (and a share, a ÷ b × 100) leans as a does and against b: an "over" denominator makes the
 * result smaller. Then:
 * - anything with "about" is "about";
 * - exact with exact is exact; exact with one lean keeps that lean ("nearly 20" ÷ 2 is "nearly 10");
 * - two leans the same way keep it, close only if both are ("over" ÷ "nearly" is "over");
 * - two leans opposite ways are "about" when both are close ("nearly" ÷ "nearly"), and cannot be said
 *   at all otherwise ("over" ÷ "over": a floor over a floor can be any size). That throws a HedgeError,
 *   which fails the build: such a figure should not be derived, or needs words of its own.
 * "At least" (an "as high as" denominator) is written "over": the difference of one equal value is not one
 * a reader of these numbers can use.
 */
import type { Qualifier } from './figure-schema';

export type Operation = 'ratio' | 'share';

type Lean = { dir: 'none' } | { dir: 'either' } | { dir: 'up' | 'down'; close: boolean };

const LEANS: Record<Qualifier, Lean> = {
  exact: { dir: 'none' },
  about: { dir: 'either' },
  nearly: { dir: 'down', close: true },
  'just-over': { dir: 'up', close: true },
  over: { dir: 'up', close: false },
  under: { dir: 'down', close: false },
  'as-high-as': { dir: 'down', close: false },
};

export class HedgeError extends Error {
  override name = 'HedgeError';
}

/** The hedge a lean is written with. */
function qualifierOf(lean: Lean): Qualifier {
  if (lean.dir === 'none') return 'exact';
  if (lean.dir === 'either') return 'about';
  if (lean.dir === 'up') return lean.close ? 'just-over' : 'over';
  return lean.close ? 'nearly' : 'under';
}

/** A denominator's lean, as it moves the result. */
function against(lean: Lean): Lean {
  if (lean.dir === 'up') return { dir: 'down', close: lean.close };
  if (lean.dir === 'down') return { dir: 'up', close: lean.close };
  return lean;
}

/**
 * The hedge of `operation` applied to a figure hedged `a` and one hedged `b` (a ÷ b for a ratio or a
 * share). Throws a HedgeError when the two hedges leave the result's direction open.
 */
export function composeHedge(operation: Operation, a: Qualifier, b: Qualifier): Qualifier {
  const sides: Lean[] = [LEANS[a], against(LEANS[b])];
  if (sides.some((side) => side.dir === 'either')) return 'about';
  const leaning = sides.filter(
    (side): side is Extract<Lean, { close: boolean }> => side.dir === 'up' || side.dir === 'down',
  );
  if (leaning.length === 0) return 'exact';
  const [first, second] = leaning as [Extract<Lean, { close: boolean }>, Extract<Lean, { close: boolean }>?];
  // One side exact: a numerator keeps its own hedge ("as high as" included), a denominator's is turned round.
  if (!second) return b === 'exact' ? a : qualifierOf(first);
  if (first.dir === second.dir) return qualifierOf({ dir: first.dir, close: first.close && second.close });
  if (first.close && second.close) return 'about';
  throw new HedgeError(
    `a ${operation} of a figure hedged "${a}" and one hedged "${b}" cannot be hedged: ` +
      'the two pull opposite ways by amounts the article does not give',
  );
}

/**
 * The hedge of a figure once it is rounded for a label ("about 6 billion yuan" for 6.033 billion): the
 * figure's own hedge when rounding leaves the number as it was, or when the rounding moves it the way the
 * hedge already allows ("over 6.2 billion" rounded down to "over 6 billion" is still a floor); "about"
 * otherwise, since a rounded exact number is near the true one, on either side.
 */
export function roundingHedge(qualifier: Qualifier, value: number, rounded: number): Qualifier {
  if (rounded === value) return qualifier;
  const lean = LEANS[qualifier];
  if (lean.dir === 'up' && rounded < value) return qualifierOf({ dir: 'up', close: false });
  if (lean.dir === 'down' && rounded > value) return qualifierOf({ dir: 'down', close: false });
  return 'about';
}
