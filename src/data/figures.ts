import type { DeskNote, Figure, Qualifier } from './figure-schema';
import { periodLabel, type Period } from './periods';
import { formatQualified, formatValue, roundedAsShown, type DisplayUnit } from './format';
import { composeHedge, type Operation } from './hedges';

/** The checked records, keyed by id. Widgets and prose take one of these, never raw numbers. */
export type FigureSet = Readonly<Record<string, Figure>>;

export function toFigureSet(figures: readonly Figure[]): FigureSet {
  return Object.freeze(Object.fromEntries(figures.map((f) => [f.id, f])));
}

export function figure(set: FigureSet, id: string): Figure {
  const found = set[id];
  if (!found) throw new Error(`Unknown figure "${id}": it is not in content/figures.json`);
  return found;
}

export { periodLabel, periodQuote } from './periods';

/** A number computed from records, with the arithmetic a reader can check. */
export interface DerivedFigure {
  id: string;
  label: string;
  value: number;
  unit: DisplayUnit;
  /** Its hedge, from its inputs' hedges (src/data/hedges.ts): "about" for "over" ÷ "about". */
  qualifier: Qualifier;
  inputs: readonly string[];
  /** "1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%", hedges kept; "≈" where the result is rounded. */
  arithmetic: string;
  /** Whether the value as shown is rounded ("1.07%" for 1.069…%): it is then not exact, whatever its hedge. */
  rounded: boolean;
  /** Its inputs' sources, each once. */
  sources: readonly string[];
  /** Where it comes from, in words that can open a sentence: "Computed from IDC’s figures, as the article cites them". */
  source: string;
  /** Its inputs' caveats, each once: a number computed from an unverified one is no better verified. */
  caveats: readonly string[];
  /** Its inputs' desk notes: an official figure that bears on an input bears on the result. */
  deskNotes: readonly DeskNote[];
  period: Period;
  /** Where the article words the result itself ("accounting for just over 1%"), its words. */
  quote?: string;
}

interface DerivedRule {
  id: string;
  label: string;
  unit: DisplayUnit;
  inputs: readonly [string, string];
  operation: Operation;
  /**
   * Who computed it from whose figures, in words (no digit): the page computes it, so its source is never
   * just its inputs' ("IDC" gave the two market sizes, not the share). tests/unit/figures.test.ts checks that
   * it names each input's source.
   */
  source: string;
  /** The article's own words for the result, when it gives them (a span of article.txt). */
  quote?: string;
}

const RULES: readonly DerivedRule[] = [
  {
    id: 'maas-share-of-cloud',
    label: 'MaaS market as a share of the public cloud market',
    unit: 'percent',
    inputs: ['maas-market', 'public-cloud-market'],
    operation: 'share',
    source: 'Computed from IDC’s figures, as the article cites them',
    quote: 'accounting for just over 1%',
  },
  {
    id: 'mobile-forecast-miss',
    label: 'Mobile phone users in the article’s anecdote relative to the forecast by Motorola’s president',
    unit: 'times',
    inputs: ['china-mobile-users-2000', 'motorola-forecast'],
    operation: 'ratio',
    source: 'Computed from the article’s anecdote: the forecast of the president of Motorola, and the count it gives',
  },
  {
    id: 'task-token-ratio',
    label: 'Tokens model A uses for the task relative to model B',
    unit: 'times',
    inputs: ['task-tokens-model-a', 'task-tokens-model-b'],
    operation: 'ratio',
    source: 'Computed from the article’s hypothetical example',
  },
];

/** One period for a derived figure: its inputs must share one, or it would compare two times. */
function commonPeriod(rule: DerivedRule, a: Figure, b: Figure): Period {
  if (periodLabel(a.period) === periodLabel(b.period)) return a.period;
  throw new Error(
    `src/data/figures.ts: derived figure "${rule.id}": its inputs "${a.id}" (${periodLabel(a.period)}) and ` +
      `"${b.id}" (${periodLabel(b.period)}) have different periods`,
  );
}

function derive(set: FigureSet, rule: DerivedRule): DerivedFigure {
  const [a, b] = rule.inputs.map((id) => figure(set, id)) as [Figure, Figure];
  const qualifier = composeHedge(rule.operation, a.qualifier, b.qualifier);
  const show = (f: Figure) => describe(f);
  const result = rule.operation === 'share' ? (a.value / b.value) * 100 : a.value / b.value;
  const times = rule.operation === 'share' ? ' × 100' : '';
  const rounded = roundedAsShown(result, rule.unit) !== result;
  const equals = rounded ? '≈' : '=';
  const arithmetic = `${show(a)} ÷ ${show(b)}${times} ${equals} ${formatQualified(result, rule.unit, qualifier)}`;
  const once = <T>(items: (T | undefined)[]) => [...new Set(items.filter((item): item is T => item !== undefined))];
  return {
    id: rule.id,
    label: rule.label,
    value: result,
    unit: rule.unit,
    qualifier,
    inputs: rule.inputs,
    arithmetic,
    rounded,
    sources: once([a.source, b.source]),
    source: rule.source,
    caveats: once([a.caveat, b.caveat]),
    deskNotes: once([a.deskNote, b.deskNote]),
    period: commonPeriod(rule, a, b),
    ...(rule.quote ? { quote: rule.quote } : {}),
  };
}

/** Every derived figure, computed afresh from the records. */
export function deriveFigures(set: FigureSet): DerivedFigure[] {
  return RULES.map((rule) => derive(set, rule));
}

export function derived(set: FigureSet, id: string): DerivedFigure {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown derived figure "${id}"`);
  return derive(set, rule);
}

// Marked pure so that a browser bundle which only looks records up (the comparator's) drops the rules.
export const DERIVED_IDS = /* @__PURE__ */ RULES.map((r) => r.id);

/** A record or a derived figure: anything a sentence can state. */
export type Stated = Figure | DerivedFigure;

/** The record or derived figure of that id, or undefined. */
export function stated(set: FigureSet, id: string): Stated | undefined {
  if (DERIVED_IDS.includes(id)) return derived(set, id);
  return Object.hasOwn(set, id) ? set[id] : undefined;
}

/** "over 800 million downloads", "about 100×": a figure with its hedge. */
export function describe(f: Stated, options: { bare?: boolean; unsigned?: boolean; words?: boolean } = {}): string {
  return formatQualified(f.value, f.unit, f.qualifier, options);
}

/** The number as the article writes it in running text: "120.669 billion", "20%", "10,000". */
export function articleNumber(f: Stated): string {
  return formatValue(f.value, f.unit, { bare: true, unsigned: true, words: true });
}
