import { figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../lib/format';

export type Group = 'both' | 'api-only';

export interface Dot {
  cx: number;
  cy: number;
  group: Group;
}

export interface GroupLabel {
  group: Group;
  value: string;
  text: string;
  x: number;
  anchor: 'start' | 'end';
  /** The bracket over the group's columns. */
  bracket: string;
}

export interface ApiGpuOverlapModel {
  width: number;
  height: number;
  /** Dots in the chart: one per 1% of the API-call customers. */
  dots: Dot[];
  dotRadius: number;
  /** How many dots are in the overlap: the share rounded to a whole dot. */
  bothCount: number;
  apiOnlyCount: number;
  overlap: number;
  overlapLabel: string;
  apiOnlyLabel: string;
  labels: GroupLabel[];
  valueY: number;
  textY: number;
  keyY: number;
  gpuOnlyY: number;
  notes: { both: string; apiOnly: string; gpuOnly: string; base: string };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const COLUMNS = 20;
const ROWS = 5;
const DOTS = COLUMNS * ROWS;

/**
 * The article's "overlap ... as high as 70%", drawn as a share of Alibaba Cloud's API-call customers:
 * 100 dots, one per 1% of them, those that also use its GPU computing power filled first, column by
 * column so the two groups sit side by side. Customers who use GPU computing power without API calls
 * have no figure in the article, so they get no dots.
 */
export function apiGpuOverlapModel(set: FigureSet, width = 400): ApiGpuOverlapModel {
  const f = figure(set, 'api-gpu-overlap');
  if (!(f.value >= 0 && f.value <= 100)) {
    throw new Error(`api-gpu-overlap: "api-gpu-overlap" must be a share from 0 to 100 (got ${f.value})`);
  }
  const pitch = width / COLUMNS;
  const dotRadius = pitch * 0.36;
  const valueY = 16;
  const textY = 33;
  const bracketY = 44;
  const gridTop = bracketY + 10;
  const bothCount = Math.round((f.value / 100) * DOTS);
  const apiOnlyCount = DOTS - bothCount;

  const dots: Dot[] = Array.from({ length: DOTS }, (_, i) => {
    const column = Math.floor(i / ROWS);
    const row = i % ROWS;
    return {
      cx: column * pitch + pitch / 2,
      cy: gridTop + row * pitch + pitch / 2,
      group: i < bothCount ? 'both' : 'api-only',
    };
  });

  // The overlap ends part-way down a column when the share is not a multiple of the column height.
  const bothColumns = Math.ceil(bothCount / ROWS);
  const splitX = bothColumns * pitch;
  const bracket = (x1: number, x2: number) => `M${x1 + 2},${bracketY + 6}V${bracketY}H${x2 - 2}V${bracketY + 6}`;

  const overlapLabel = formatQualified(f.value, 'percent', f.qualifier);
  const apiOnlyLabel = formatValue(100 - f.value, 'percent');
  const labels: GroupLabel[] = [];
  if (bothCount > 0) {
    labels.push({
      group: 'both',
      value: overlapLabel,
      text: 'also use GPU computing power',
      x: 0,
      anchor: 'start',
      bracket: bracket(0, splitX),
    });
  }
  if (apiOnlyCount > 0) {
    labels.push({
      group: 'api-only',
      value: apiOnlyLabel,
      text: 'API calls only',
      x: width,
      anchor: 'end',
      bracket: bracket(Math.floor(bothCount / ROWS) * pitch, width),
    });
  }

  const gridBottom = gridTop + ROWS * pitch;
  return {
    width,
    height: gridBottom + 46,
    dots,
    dotRadius,
    bothCount,
    apiOnlyCount,
    overlap: f.value,
    overlapLabel,
    apiOnlyLabel,
    labels,
    valueY,
    textY,
    keyY: gridBottom + 20,
    gpuOnlyY: gridBottom + 40,
    notes: {
      base: `Each dot is 1% of the Alibaba Cloud customers who use API call services. The article’s words: “the overlap between customers using API call services and those using GPU computing power is ${overlapLabel}”; here it is read as a share of the API-call customers.`,
      both: `${capitalize(overlapLabel)} of the API-call customers also use Alibaba Cloud’s GPU computing power: their AI use goes beyond the API calls that token statistics count.`,
      apiOnly: `The other ${apiOnlyLabel} (100% minus ${formatValue(f.value, 'percent')}) use API calls but not GPU computing power.`,
      gpuOnly: `Customers who use GPU computing power but no API calls: the article gives no number, so none are drawn and the chart says nothing about how many there are.`,
    },
  };
}
