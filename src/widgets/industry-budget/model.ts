import { scaleLinear } from 'd3-scale';
import type { Qualifier } from '../../data/figure-schema';
import { figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../lib/format';

/** Which way the true edge of the three industries' segment lies from the drawn one. */
export type OpenEdge = 'further' | 'nearer' | 'none';

export interface Tick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface IndustryBudgetModel {
  width: number;
  height: number;
  share: number;
  shareLabel: string;
  restLabel: string;
  bar: { x: number; y: number; width: number; height: number };
  /** The three industries together, drawn up to the figure the article gives. */
  segment: { x: number; y: number; width: number; height: number };
  rest: { x: number; y: number; width: number; height: number };
  openEdge: OpenEdge;
  /** Steps of a fade past the drawn edge, showing the segment may reach further (empty for an exact figure). */
  fade: { x: number; width: number; opacity: number }[];
  /** The arrow under the bar pointing to where the true edge may lie. */
  arrow: {
    x1: number;
    x2: number;
    y: number;
    head: string;
    label: string;
    labelX: number;
    anchor: 'start' | 'end';
  } | null;
  /** The dashed marker at the drawn edge. */
  edgeX: number;
  ticks: Tick[];
  labelY: number;
  /** Where the rule over the chosen part of the bar sits. */
  ruleY: number;
  notes: { three: string; rest: string; split: string };
}

/** "over 60%" leaves "under 40%" for everyone else. */
const COMPLEMENT_WORD: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  over: 'under',
  nearly: 'just over',
  'as-high-as': 'as little as',
};

const OPEN_EDGE: Record<Qualifier, OpenEdge> = {
  exact: 'none',
  about: 'none',
  over: 'further',
  'as-high-as': 'none',
  nearly: 'nearer',
};

const FADE_STEPS = [0.55, 0.35, 0.2, 0.08];
const FADE_STEP_WIDTH = 7;

/**
 * The one number the article gives for the AI large-model solution budget: finance, government
 * affairs and manufacturing together. It is drawn as one segment, never split, with its hedge shown.
 */
export function industryBudgetModel(set: FigureSet, width = 400): IndustryBudgetModel {
  const f = figure(set, 'key-industries-budget-share');
  if (!(f.value >= 0 && f.value <= 100)) {
    throw new Error(`industry-budget: "key-industries-budget-share" must be a share from 0 to 100 (got ${f.value})`);
  }
  const x = scaleLinear().domain([0, 100]).range([0, width]);
  const labelY = 42;
  const barY = 94;
  const barHeight = 44;
  const edgeX = x(f.value);
  const openEdge = OPEN_EDGE[f.qualifier];

  const restValue = 100 - f.value;
  const restWord = COMPLEMENT_WORD[f.qualifier];
  const restNumber = formatValue(restValue, 'percent');
  const restLabel = restWord ? `${restWord} ${restNumber}` : restNumber;
  const shareLabel = formatQualified(f.value, 'percent', f.qualifier);

  const fade =
    openEdge === 'further'
      ? FADE_STEPS.map((opacity, i) => ({ x: edgeX + i * FADE_STEP_WIDTH, width: FADE_STEP_WIDTH, opacity })).filter(
          (step) => step.x + step.width <= width,
        )
      : [];

  const arrowY = barY + barHeight + 38;
  const arrowLength = 40;
  let arrow: IndustryBudgetModel['arrow'] = null;
  if (openEdge === 'further') {
    const x2 = Math.min(width, edgeX + arrowLength);
    arrow = {
      x1: edgeX,
      x2,
      y: arrowY,
      head: `M${x2 - 7},${arrowY - 5}L${x2},${arrowY}L${x2 - 7},${arrowY + 5}`,
      label: 'the true edge lies further right',
      labelX: edgeX - 6,
      anchor: 'end',
    };
  } else if (openEdge === 'nearer') {
    const x2 = Math.max(0, edgeX - arrowLength);
    arrow = {
      x1: edgeX,
      x2,
      y: arrowY,
      head: `M${x2 + 7},${arrowY - 5}L${x2},${arrowY}L${x2 + 7},${arrowY + 5}`,
      label: 'the true edge lies a little to the left',
      labelX: edgeX + 6,
      anchor: 'start',
    };
  }

  const tickValues = [0, f.value, 100].filter((v, i, all) => all.indexOf(v) === i);
  const ticks = tickValues.map((v) => ({
    x: x(v),
    label: formatValue(v, 'percent'),
    anchor: v === 0 ? 'start' : v === 100 ? 'end' : 'middle',
  })) satisfies Tick[];

  const hedge =
    openEdge === 'further'
      ? ` “Over” makes ${formatValue(f.value, 'percent')} a floor: the segment stops there and the arrow marks that the real share is larger, by an amount the article does not give.`
      : openEdge === 'nearer'
        ? ` “Nearly” means the real share is a little below ${formatValue(f.value, 'percent')}.`
        : '';

  return {
    width,
    height: arrowY + (arrow ? 14 : -18),
    share: f.value,
    shareLabel,
    restLabel,
    bar: { x: 0, y: barY, width: x(100), height: barHeight },
    segment: { x: 0, y: barY, width: edgeX, height: barHeight },
    rest: { x: edgeX, y: barY, width: x(100) - edgeX, height: barHeight },
    openEdge,
    fade,
    arrow,
    edgeX,
    ticks,
    labelY,
    ruleY: barY - 8,
    notes: {
      three: `Finance, government affairs and manufacturing together contributed ${shareLabel} of the AI large-model solution budget (${f.period}).${hedge}`,
      rest: `Every other industry together: ${restLabel} of the budget (100% minus the three industries’ ${shareLabel}). The article does not name these industries or split their share.`,
      split: `Not given: the article reports only the three industries’ combined share, not one for finance, government affairs or manufacturing alone, so the segment is not divided. Any split would be invented.`,
    },
  };
}
