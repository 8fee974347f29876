import { derived, figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../lib/format';

export interface Cell {
  x: number;
  y: number;
  size: number;
  /** How much of this cell (0-1) stands for enterprises that have really entered the market. */
  inFraction: number;
}

export interface EnterpriseAdoptionModel {
  width: number;
  height: number;
  cells: Cell[];
  cellSize: number;
  /** Whole cells plus a partial one when the share is not a whole number. */
  inCells: number;
  inValue: number;
  notInValue: number;
  inLabel: string;
  notInLabel: string;
  arithmetic: string;
  /** Where the "not in" label beside the waffle starts; the "in" label starts at 0, above the grid. */
  labelX: number;
  inLabelY: number;
  notInLabelY: number;
  /** From the "in" label down to the first "in" cell. */
  leader: string;
  keyY: number;
  notes: { in: string; notIn: string };
}

const SIDE = 10;
const CELL = 21;
const GAP = 3;

/**
 * A 10 × 10 waffle of enterprises, one cell per 1%: the ones that have really entered the AI market
 * (100% minus the article's 99%) fill from the top-left corner, a fractional share as part of a cell.
 */
export function enterpriseAdoptionModel(set: FigureSet, width = 400): EnterpriseAdoptionModel {
  const notIn = figure(set, 'enterprises-not-in');
  if (!(notIn.value >= 0 && notIn.value <= 100)) {
    throw new Error(`enterprise-adoption: "enterprises-not-in" must be a share from 0 to 100 (got ${notIn.value})`);
  }
  const inFigure = derived(set, 'enterprises-in');
  const inValue = inFigure.value;
  // The "in" label sits above the grid, right over the cells it names.
  const inLabelY = 20;
  const top = 40;

  const cells: Cell[] = Array.from({ length: SIDE * SIDE }, (_, i) => ({
    x: (i % SIDE) * (CELL + GAP),
    y: top + Math.floor(i / SIDE) * (CELL + GAP),
    size: CELL,
    inFraction: Math.min(1, Math.max(0, inValue - i)),
  }));

  const waffleSize = SIDE * CELL + (SIDE - 1) * GAP;
  const labelX = waffleSize + 22;
  const notInLabelY = top + waffleSize / 2 - 10;
  const inLabel = formatValue(inValue, 'percent');
  const notInLabel = formatQualified(notIn.value, 'percent', notIn.qualifier);
  const first = cells[0]!;

  return {
    width,
    height: top + waffleSize + 30,
    cells,
    cellSize: CELL,
    inCells: Math.ceil(inValue),
    inValue,
    notInValue: notIn.value,
    inLabel,
    notInLabel,
    arithmetic: inFigure.arithmetic,
    labelX,
    inLabelY,
    notInLabelY,
    leader: `M${first.x + CELL / 2},${inLabelY + 6}V${first.y - 3}`,
    keyY: top + waffleSize + 24,
    notes: {
      in: `${inLabel} of enterprises (${inFigure.arithmetic}) have really entered the AI market: AI penetration of China’s enterprise-level market has just begun. The article does not define “really entered”.`,
      notIn: `${notInLabel} of enterprises have not really entered the market yet, by the article’s own estimate.`,
    },
  };
}
