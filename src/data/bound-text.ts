/**
 * Text the project writes with its numbers bound to the data: "the {qwen-downloads} of open-source Qwen
 * models" reads "the over 800 million downloads of …", hedge included, and follows the record when it
 * changes. Registry titles and descriptions, the page's description and the key points are written this
 * way; a digit anywhere else in such text is refused (boundTextProblems), so no number is typed in.
 *
 * A placeholder is `{id}` or `{id|option|option}`, `id` a record of content/figures.json or a derived
 * figure of src/data/figures.ts. Options:
 * - `bare`: no unit word ("over 800 million");
 * - `unsigned`: a change without its plus sign ("421.2%");
 * - `words`: a ratio in words ("about 100 times");
 * - `hedge=<words>`: the sentence's own words for the hedge ("exceeded"); they must say what the figure's
 *   hedge says (claims.ts HEDGE_WORDS), or the text is refused;
 * - `period`: the period's label instead of the number ("H1 2025", "not stated");
 * - `when`: the article's words for the period ("in the first half of 2025"); refused where it gives none;
 * - `made`: a forecast's own date ("1996");
 * - `desk`: the desk's official figure on the record, in a few words ("the Ministry of Information Industry
 *   counted 65 million mobile phone users in China as of 20 September 2000 (Guangming Daily, 26 September
 *   2000)"); refused where the record has none.
 */
import { ClaimError, hedgeFits, HEDGE_WORDS } from './claims';
import { describe, periodLabel, periodQuote, stated, type FigureSet } from './figures';
import { qualifierWord } from './format';
import { deskNoteShort } from './note-text';

export const PLACEHOLDER = /\{([a-z0-9-]+)((?:\|[^{}|]+)*)\}/g;

const FLAGS = ['bare', 'unsigned', 'words', 'period', 'when', 'made', 'desk'] as const;

/**
 * Digits that are not numbers: half-years and quarters ("H1", "Q3") and the article's section numbers
 * ("01" to "09"), which name a part of the page, not a quantity.
 */
const NOT_A_NUMBER = /\b(?:[HQ][1-4]|0[1-9])\b/g;

/** A placeholder or a bound text that cannot be rendered; the message starts with the place. */
export class BoundTextError extends ClaimError {
  override name = 'BoundTextError';
}

export interface Placeholder {
  id: string;
  options: string[];
  /** Where it stands in the text. */
  start: number;
  end: number;
}

export function placeholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    id: m[1]!,
    options: (m[2] ?? '').split('|').filter(Boolean),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The text with every placeholder taken out: what the digit check reads. */
function outsidePlaceholders(text: string, allowed: readonly string[] = []): string {
  let rest = text.replace(PLACEHOLDER, ' ');
  for (const words of allowed) rest = rest.split(words).join(' ');
  return rest.replace(NOT_A_NUMBER, ' ');
}

/**
 * What is wrong with a bound text as written, whatever the data: digits outside a placeholder (outside
 * `allowed`, the wording of claims checked elsewhere), unknown options, stray braces.
 */
export function boundTextProblems(text: string, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const rest = outsidePlaceholders(text, allowed);
  for (const m of rest.matchAll(/\d(?:[\d.,]*\d)?/g)) {
    // A year is the commonest slip ("H1 2025" typed into a title): it has its own placeholders.
    const hint = /^(?:19|20)\d\d$/.test(m[0])
      ? 'a year or period comes from its record: {public-cloud-market|period} or {motorola-forecast|made}'
      : 'write it as a placeholder such as {qwen-downloads}';
    problems.push(`"${m[0]}" is a number no claim binds to the records (${hint})`);
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) problems.push('a brace that is not part of a {placeholder}');
  for (const p of placeholders(text)) {
    for (const option of p.options) {
      const known = (FLAGS as readonly string[]).includes(option) || /^hedge=\S/.test(option);
      if (!known)
        problems.push(
          `{${p.id}}: unknown option "${option}" (use ${FLAGS.slice(0, -1).join(', ')}, ${FLAGS.at(-1)} or hedge=<words>)`,
        );
    }
  }
  return problems;
}

/** One placeholder's words, or a BoundTextError (a ClaimError) naming `where`. */
export function renderPlaceholder(set: FigureSet, p: Pick<Placeholder, 'id' | 'options'>, where: string): string {
  const fail = (problem: string): never => {
    throw new BoundTextError(`${where}: {${[p.id, ...p.options].join('|')}}: ${problem}`);
  };
  const subject = stated(set, p.id);
  if (!subject) return fail(`there is no record or derived figure "${p.id}"`);
  const has = (flag: (typeof FLAGS)[number]) => p.options.includes(flag);
  if (has('period')) return periodLabel(subject.period);
  if (has('when')) return periodQuote(subject.period) ?? fail('the article states no period for it');
  if (has('made')) {
    const made = 'made' in subject ? subject.made : undefined;
    return made?.label ?? fail('the article gives no date for when it was made');
  }
  if (has('desk')) {
    const desk = 'deskNote' in subject ? subject.deskNote : undefined;
    return desk ? deskNoteShort(desk) : fail('the record has no desk’s note (deskNote)');
  }
  const options = { bare: has('bare'), unsigned: has('unsigned'), words: has('words') };
  const hedge = p.options
    .find((o) => o.startsWith('hedge='))
    ?.slice('hedge='.length)
    .trim();
  if (hedge === undefined) return describe(subject, options);
  if (!hedgeFits(subject.qualifier, hedge)) {
    const allowed = HEDGE_WORDS[subject.qualifier].map((w) => `"${w}"`).join(', ');
    fail(
      subject.qualifier === 'exact'
        ? `the figure is exact, but the text hedges it with "${hedge}"`
        : `the figure is "${qualifierWord(subject.qualifier)}", which "${hedge}" does not say; use ${allowed}`,
    );
  }
  return `${hedge} ${describe({ ...subject, qualifier: 'exact' }, options)}`;
}

/**
 * The text with each placeholder replaced by its figure's words. Throws a BoundTextError naming `where`
 * (the file, the entry and the field) when a placeholder cannot be rendered or a number is typed in.
 */
export function renderBound(text: string, set: FigureSet, where: string, allowed: readonly string[] = []): string {
  const problems = boundTextProblems(text, allowed);
  if (problems.length > 0) throw new BoundTextError(`${where}: ${problems.join('; ')}`);
  return text.replace(PLACEHOLDER, (_, id: string, options: string) =>
    renderPlaceholder(set, { id, options: options.split('|').filter(Boolean) }, where),
  );
}
