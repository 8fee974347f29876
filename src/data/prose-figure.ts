/**
 * What a number bound into the prose (<Figure id="..." /> in MDX) reads and what its note explains.
 * Pure: the component only renders the result, so every rule is unit-tested here. Anything that
 * would make the sentence untrue throws a ClaimError that names the place in the MDX file.
 */
import { boundsProblem, ClaimError, describeBounds, hedgeFits, HEDGE_WORDS, holds, type ClaimBounds } from './claims';
import { DERIVED_IDS, derived, describe, figure, periodLabel, type FigureSet } from './figures';
import { formatValue, qualifierWord, type DisplayUnit } from './format';
import { derivedNote, recordNote, type NoteParts } from './note-text';

/** The props of <Figure /> as written in MDX. */
export interface ProseFigureProps extends ClaimBounds {
  /** A record of content/figures.json or a derived figure of src/data/figures.ts. */
  id: string;
  /** Show the unit word ("1.29 billion yuan"); false when the sentence names the unit itself. */
  unit?: boolean | undefined;
  /** Show the plus sign of a change; prose usually says "an increase of 421.2%" instead. */
  sign?: boolean | undefined;
  /** The sentence's words for the record's hedge ("nearly", "more than"), placed before the number. */
  hedge?: string | undefined;
  /** The article's own wording of the number, kept as written while the data stays within the bounds. */
  says?: string | undefined;
  /**
   * The article's words around the number in this sentence, verbatim, where they say something the figure's
   * label does not ("just over 1% of the entire cloud computing market", of a share of the public cloud
   * market): this place's note quotes them. tests/unit/prose-figure.test.ts finds them in article.txt.
   */
  here?: string | undefined;
  /** Where the element stands ("content/story/00-introduction.mdx:13"); set by integrations/mdx-figure-plugin.ts. */
  file?: string | undefined;
  /** The punctuation right after the number, kept on its line; set by integrations/mdx-figure-plugin.ts. */
  after?: string | undefined;
}

/** A bound number as the page shows it. */
export interface ProseFigure {
  id: string;
  kind: 'record' | 'derived';
  /** Words before the control, outside it: the sentence's hedge. */
  hedge: string | undefined;
  /** The words of the control itself. */
  text: string;
  /** What the number is. */
  label: string;
  /** The value as the data holds it, hedge included: "nearly +20%", "1.07%", "about 100×". */
  value: string;
  /** The period's label ("H1 2025") or "not stated". */
  period: string;
  /** The note in plain sentences: the article's words and who it cites, or the arithmetic (note-text.ts). */
  note: NoteParts;
  /** What only this place adds to the note: the article's own wording of the number here, as a sentence. */
  here: string | undefined;
  /** For a derived number: "1.29 billion yuan ÷ 120.669 billion yuan × 100 = 1.07%". */
  arithmetic: string | undefined;
  /** For worded numbers: when the article's wording holds. */
  claim: string | undefined;
  source: string;
}

function tag(props: ProseFigureProps): string {
  const attributes = [`id="${props.id}"`];
  if (props.hedge !== undefined) attributes.push(`hedge="${props.hedge}"`);
  if (props.says !== undefined) attributes.push(`says="${props.says}"`);
  if (props.here !== undefined) attributes.push(`here="${props.here}"`);
  for (const key of ['min', 'above', 'max', 'below'] as const) {
    if (props[key] !== undefined) attributes.push(`${key}={${props[key]}}`);
  }
  return `<Figure ${attributes.join(' ')} />`;
}

/** Resolves a <Figure /> against the data, or throws a ClaimError naming the file, the figure and the claim. */
export function bindFigure(set: FigureSet, props: ProseFigureProps): ProseFigure {
  const where = `${props.file ?? 'content/story (MDX)'}: ${tag(props)}`;
  const fail: (problem: string) => never = (problem) => {
    throw new ClaimError(`${where}: ${problem}`);
  };

  const isDerived = DERIVED_IDS.includes(props.id);
  if (!isDerived && !Object.hasOwn(set, props.id)) {
    fail(`there is no record or derived figure "${props.id}" (see content/figures.json and src/data/figures.ts)`);
  }
  const subject = isDerived ? derived(set, props.id) : figure(set, props.id);
  const computed = 'arithmetic' in subject ? subject : undefined;
  const record = computed ? undefined : figure(set, props.id);
  const unit: DisplayUnit = subject.unit;
  const formatOptions = { bare: props.unit === false, unsigned: props.sign !== true };
  const show = (value: number) => formatValue(value, unit, formatOptions);
  const showFull = (value: number) => formatValue(value, unit);

  let hedge: string | undefined;
  if (props.hedge !== undefined) {
    if (props.says !== undefined) fail('put the hedge into says, not next to it');
    // A derived figure's hedge comes from its inputs' (hedges.ts); one computed from exact figures has none.
    if (computed && computed.qualifier === 'exact') {
      fail(`"${props.id}" is computed, not hedged; word it as a claim with says and bounds instead`);
    }
    const qualifier = subject.qualifier;
    if (!hedgeFits(qualifier, props.hedge)) {
      const allowed = HEDGE_WORDS[qualifier];
      fail(
        qualifier === 'exact'
          ? `the record is exact, but the sentence hedges it with "${props.hedge}"`
          : `${computed ? 'its inputs make it' : 'the record says'} "${qualifierWord(qualifier)}", which "${props.hedge}" does not; ` +
              `the sentence may say ${allowed.map((w) => `"${w}"`).join(', ')}`,
      );
    }
    hedge = props.hedge.trim();
  }

  if (unit === 'percent-change' && props.sign !== true && props.says === undefined && subject.value < 0) {
    fail(
      `the data gives ${showFull(subject.value)}, but the number is shown without its sign, so the sentence ` +
        'reads as an increase; add sign={true} and reword the sentence',
    );
  }

  const bounds: ClaimBounds = { min: props.min, max: props.max, above: props.above, below: props.below };
  const bounded = [bounds.min, bounds.max, bounds.above, bounds.below].some((b) => b !== undefined);
  let claim: string | undefined;
  if (props.says !== undefined || bounded) {
    const problem = boundsProblem(bounds);
    if (problem) fail(problem);
    const says = props.says?.trim();
    if (props.says !== undefined && !says) fail('says must not be empty');
    const wording = says ?? show(subject.value);
    const range = describeBounds(bounds, showFull);
    if (!holds(subject.value, bounds)) {
      const actual = computed ? `${showFull(subject.value)} (${computed.arithmetic})` : showFull(subject.value);
      fail(`the claim "${wording}" no longer holds: the data gives ${actual}, but the sentence needs ${range}`);
    }
    claim = says
      ? `The article writes “${wording}”: true while the value is ${range}.`
      : `The sentence holds while the value is ${range}.`;
  }

  // What the article writes at this place, where the note would not otherwise say it: its rounding of the
  // number ("120.6 billion" for 120.669 billion) or its words for what the number is of (`here`).
  const here = props.here?.trim();
  if (props.here !== undefined && !here) fail('here must not be empty');
  const says = props.says?.trim();
  if (here && says && !here.includes(says)) fail(`here must hold the number as the sentence says it ("${says}")`);
  const written = here ?? (says && !subject.quote?.includes(says) ? says : undefined);
  const note = computed ? derivedNote(computed) : recordNote(record!);
  const hereSentence = written ? `In this sentence the article writes “${written}”.` : undefined;
  if (hereSentence) note.text += ` ${hereSentence}`;

  return {
    id: props.id,
    kind: computed ? 'derived' : 'record',
    hedge,
    text: props.says?.trim() ?? show(subject.value),
    label: subject.label,
    value: describe(subject),
    period: periodLabel(subject.period),
    note,
    here: hereSentence,
    arithmetic: computed?.arithmetic,
    claim,
    source: subject.source,
  };
}
