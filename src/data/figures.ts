import type { Figure } from './figure-schema';
import { formatQualified, formatValue, type DisplayUnit } from './format';

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

export function value(set: FigureSet, id: string): number {
  return figure(set, id).value;
}

/** A number computed from records, with the arithmetic a reader can check. */
export interface DerivedFigure {
  id: string;
  label: string;
  value: number;
  unit: DisplayUnit;
  inputs: readonly string[];
  /** "1.29 billion yuan ÷ 120.669 billion yuan × 100 = 1.07%" */
  arithmetic: string;
  source: string;
  period: string;
}

interface DerivedRule {
  id: string;
  label: string;
  unit: DisplayUnit;
  inputs: readonly [string, string];
  operation: 'share' | 'ratio';
}

const RULES: readonly DerivedRule[] = [
  {
    id: 'maas-share-of-cloud',
    label: 'MaaS market as a share of the public cloud market',
    unit: 'percent',
    inputs: ['maas-market', 'public-cloud-market'],
    operation: 'share',
  },
  {
    id: 'mobile-forecast-miss',
    label: 'Actual mobile users in 2000 relative to the 1996 forecast',
    unit: 'times',
    inputs: ['china-mobile-users-2000', 'motorola-forecast'],
    operation: 'ratio',
  },
  {
    id: 'task-token-ratio',
    label: 'Tokens model A uses for the task relative to model B',
    unit: 'times',
    inputs: ['task-tokens-model-a', 'task-tokens-model-b'],
    operation: 'ratio',
  },
];

function derive(set: FigureSet, rule: DerivedRule): DerivedFigure {
  const [a, b] = rule.inputs.map((id) => figure(set, id)) as [Figure, Figure];
  const show = (f: Figure) => formatValue(f.value, f.unit);
  let result: number;
  let arithmetic: string;
  switch (rule.operation) {
    case 'share':
      result = (a.value / b.value) * 100;
      arithmetic = `${show(a)} ÷ ${show(b)} × 100 = ${formatValue(result, 'percent')}`;
      break;
    case 'ratio':
      result = a.value / b.value;
      arithmetic = `${show(a)} ÷ ${show(b)} = ${formatValue(result, 'times')}`;
      break;
  }
  const sources = [...new Set([a.source, b.source])].join('; ');
  const periods = [...new Set([a.period, b.period])].join('; ');
  return {
    id: rule.id,
    label: rule.label,
    value: result,
    unit: rule.unit,
    inputs: rule.inputs,
    arithmetic,
    source: sources,
    period: periods,
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

/** "over 800 million downloads": a record as the article states it. */
export function describe(f: Figure): string {
  return formatQualified(f.value, f.unit, f.qualifier);
}
