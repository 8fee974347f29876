import { scaleLinear, scaleSqrt, type ScaleLinear } from 'd3-scale';
import { derived, figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../lib/format';

export type MarketId = 'public-cloud' | 'ai-solution' | 'maas';

export interface MarketRow {
  id: MarketId;
  label: string;
  /** The name on the market's switch button, short enough for three buttons in a row at 320 px. */
  shortLabel: string;
  size: number;
  growth: number;
  sizeLabel: string;
  growthLabel: string;
  /** Baseline of the row's name. */
  nameY: number;
  /** Baseline of the row's size and growth figures. */
  valuesY: number;
  /** The market's size as a square whose area is to scale. */
  square: { x: number; y: number; side: number };
  /** The growth rate as a bar on its own scale, starting at the zero line. */
  bar: { x: number; y: number; width: number; height: number };
  /** The strip behind the row, shaded when the reader selects the market. */
  band: { y: number; height: number };
  /** 1 = largest market / fastest growth. */
  sizeRank: number;
  growthRank: number;
  /** One sentence for the reader who selects this market. */
  note: string;
}

export interface Tick {
  x: number;
  /** Empty for a grid line whose label would crowd its neighbours. */
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Room (viewBox units) a growth tick label such as "+400%" needs. */
const TICK_LABEL_ROOM = 48;

export interface MarketGrowthModel {
  width: number;
  height: number;
  /** Left margin of the size column's labels and squares. */
  inset: number;
  /** Left edge of the growth column. */
  growthX: number;
  /** x of the growth scale's zero line. */
  zeroX: number;
  rows: MarketRow[];
  growthTicks: Tick[];
  /** Top and bottom of the growth column's grid lines. */
  gridTop: number;
  axisY: number;
  /** How the two rankings relate: the article's point is that they run in opposite orders. */
  order: 'opposite' | 'same' | 'mixed';
  summary: string;
}

const MARKETS: readonly {
  id: MarketId;
  label: string;
  shortLabel: string;
  size: string;
  growth: string;
  share?: string;
}[] = [
  {
    id: 'public-cloud',
    label: 'Public cloud',
    shortLabel: 'Public cloud',
    size: 'public-cloud-market',
    growth: 'public-cloud-growth',
  },
  {
    id: 'ai-solution',
    label: 'AI large-model solutions',
    shortLabel: 'AI solutions',
    size: 'ai-solution-market',
    growth: 'ai-solution-growth',
    share: 'ai-solution-share-of-cloud',
  },
  {
    id: 'maas',
    label: 'MaaS',
    shortLabel: 'MaaS',
    size: 'maas-market',
    growth: 'maas-growth',
    share: 'maas-share-of-cloud',
  },
];

/** Space between the highlight band's edge and what it holds. */
const INSET = 6;
const SIZE_COLUMN = 156;
const GAP = 24;
const MAX_SIDE = 96;
const BAR_HEIGHT = 20;
const NAME_TO_VALUES = 17;
const VALUES_TO_MARK = 8;
const ROW_GAP = 22;
const HEADER = 44;

function growthTicks(g: ScaleLinear<number, number>, width: number): Tick[] {
  const values = g.ticks(5);
  const spacing = values.length > 1 ? Math.abs(g(values[1]!) - g(values[0]!)) : Infinity;
  const every = spacing >= TICK_LABEL_ROOM ? 1 : Math.ceil(TICK_LABEL_ROOM / spacing);
  return values.map((t, i) => {
    const x = g(t);
    return {
      x,
      label: i % every === 0 ? formatValue(t, 'percent-change', { digits: 0 }) : '',
      anchor: x > width - TICK_LABEL_ROOM / 2 ? 'end' : i === 0 ? 'start' : 'middle',
    };
  });
}

const SUMMARIES = {
  opposite: 'The larger the market, the slower it grows: size and growth rank in opposite orders.',
  same: 'Here the largest market also grows fastest: size and growth rank in the same order.',
  mixed: 'Size and growth rank the three markets differently: read each on its own scale.',
} as const;

/** 1 for the largest value, n for the smallest. */
function ranks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((other) => other > v).length);
}

function rankWord(rank: number, count: number, largest: string, smallest: string, middle: string): string {
  if (rank === 1) return largest;
  if (rank === count) return smallest;
  return middle;
}

/**
 * Size and growth of the three markets IDC reports, each on its own scale: size as the area of a
 * square (a market n times larger covers n times the area, not n² times), growth as a bar length.
 */
export function marketGrowthModel(set: FigureSet, width = 400): MarketGrowthModel {
  const records = MARKETS.map((m) => ({ ...m, sizeFigure: figure(set, m.size), growthFigure: figure(set, m.growth) }));
  for (const r of records) {
    if (!(r.sizeFigure.value > 0)) throw new Error(`market-growth: "${r.size}" must be a positive amount`);
  }
  const sizes = records.map((r) => r.sizeFigure.value);
  const growths = records.map((r) => r.growthFigure.value);
  const sizeRanks = ranks(sizes);
  const growthRanks = ranks(growths);

  const side = scaleSqrt()
    .domain([0, Math.max(...sizes)])
    .range([0, MAX_SIDE]);
  const growthX = SIZE_COLUMN + GAP;
  const g = scaleLinear()
    .domain([Math.min(0, ...growths), Math.max(0, ...growths)])
    .nice()
    .range([growthX, width - INSET - 4]);
  const zeroX = g(0);

  let y = HEADER;
  const rows: MarketRow[] = records.map((r, i) => {
    const top = y;
    const nameY = y + 14;
    const valuesY = nameY + NAME_TO_VALUES;
    const markY = valuesY + VALUES_TO_MARK;
    const s = side(r.sizeFigure.value);
    const end = g(r.growthFigure.value);
    y = markY + Math.max(s, BAR_HEIGHT) + ROW_GAP;

    const sizeLabel = formatValue(r.sizeFigure.value, r.sizeFigure.unit);
    const growthLabel = formatQualified(r.growthFigure.value, r.growthFigure.unit, r.growthFigure.qualifier);
    const share = r.share
      ? `, ${formatValue(derived(set, r.share).value, 'percent')} of the public cloud market’s size`
      : '';
    const sizeWord = rankWord(sizeRanks[i]!, records.length, 'the largest', 'the smallest', 'in the middle');
    const growthWord = rankWord(growthRanks[i]!, records.length, 'the fastest', 'the slowest', 'in the middle');
    return {
      id: r.id,
      label: r.label,
      shortLabel: r.shortLabel,
      size: r.sizeFigure.value,
      growth: r.growthFigure.value,
      sizeLabel,
      growthLabel,
      nameY,
      valuesY,
      band: { y: top - 6, height: markY + Math.max(s, BAR_HEIGHT) - top + 12 },
      square: { x: INSET, y: markY, side: s },
      bar: { x: Math.min(zeroX, end), y: markY, width: Math.max(1, Math.abs(end - zeroX)), height: BAR_HEIGHT },
      sizeRank: sizeRanks[i]!,
      growthRank: growthRanks[i]!,
      note: `${r.label}: ${sizeLabel}${share}. By size ${sizeWord} of the three; by growth (${growthLabel} year on year) ${growthWord}.`,
    };
  });

  const gridTop = HEADER;
  const axisY = y - ROW_GAP + 8;
  const order = sizeRanks.every((rank, i) => rank === records.length + 1 - growthRanks[i]!)
    ? 'opposite'
    : sizeRanks.every((rank, i) => rank === growthRanks[i])
      ? 'same'
      : 'mixed';
  return {
    width,
    height: axisY + 24,
    inset: INSET,
    growthX,
    zeroX,
    rows,
    growthTicks: growthTicks(g, width),
    gridTop,
    axisY,
    order,
    summary: SUMMARIES[order],
  };
}
