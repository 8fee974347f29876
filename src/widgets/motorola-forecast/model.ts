import { scaleLinear, scaleLog } from 'd3-scale';
import { derived, figure, type FigureSet } from '../../data/figures';
import type { Figure } from '../../data/figure-schema';
import { formatQualified, formatTick, formatValue } from '../../lib/format';

export interface Tick {
  x: number;
  label: string;
}

export interface LogPoint {
  id: string;
  /** What the number is; "a few years later" stays words, never a year. */
  label: string;
  display: string;
  /** "over": the article gives a floor, drawn as an arrow pointing higher. */
  isFloor: boolean;
  x: number;
  y: number;
  labelY: number;
  /** Where the value text goes: right of the dot when it fits, else left of it. */
  valueX: number;
  valueAnchor: 'start' | 'end';
}

export interface Bar {
  id: string;
  label: string;
  display: string;
  y: number;
  width: number;
  /** The bar's width as a share of the axis, for the reader when a bar is too thin to see. */
  shareOfAxis: number;
}

export interface MotorolaModel {
  width: number;
  log: {
    height: number;
    points: LogPoint[];
    ticks: Tick[];
    /** Vertical guides at every power of ten. */
    gridTop: number;
    axisY: number;
    /** From the forecast to the 2000 outcome, one ×10 step per decade. */
    miss: { x1: number; x2: number; y: number; label: string; steps: Tick[] };
    caption: [string, string];
  };
  linear: {
    height: number;
    bars: Bar[];
    ticks: Tick[];
    axisY: number;
    /** The first part of the axis, magnified below. */
    lens: { x: number; y: number; width: number; height: number; factor: number; windowLabel: string };
    connectors: [string, string];
    inset: { y: number; bars: Bar[]; ticks: Tick[]; axisY: number };
    insetCaption: [string, string];
    thinNote: string;
  };
  /** "about 1 million" → "over 100 million": the ratio, from the derived figure. */
  missLabel: string;
  arithmetic: string;
  summary: string;
}

const ROW_LABELS: Record<string, string> = {
  'motorola-forecast': 'Motorola’s 1996 forecast for 2000',
  'china-mobile-users-2000': 'Actual users in 2000',
  'china-mobile-users-later': 'A few years later (year not given)',
};

/** Average glyph width of the chart's 13-unit labels, to keep value text inside the view box. */
const CHAR = 7;

function positive(f: Figure): Figure {
  if (!(f.value > 0)) {
    throw new Error(`motorola-forecast: "${f.id}" must be above zero to sit on a log scale (got ${f.value})`);
  }
  return f;
}

function userCount(f: Figure): string {
  return formatQualified(f.value, f.unit, f.qualifier);
}

export function motorolaModel(set: FigureSet, width = 400): MotorolaModel {
  const records = ['motorola-forecast', 'china-mobile-users-2000', 'china-mobile-users-later'].map((id) =>
    positive(figure(set, id)),
  ) as [Figure, Figure, Figure];
  const [forecast, actual, later] = records;
  const miss = derived(set, 'mobile-forecast-miss');
  const missLabel = formatValue(miss.value, miss.unit);

  // Log view: one decade of room on each side, every power of ten ticked.
  const values = records.map((r) => r.value);
  const lo = Math.floor(Math.log10(Math.min(...values))) - 1;
  const hi = Math.floor(Math.log10(Math.max(...values))) + 1;
  const x = scaleLog()
    .domain([10 ** lo, 10 ** hi])
    .range([20, width - 18]);
  const powers = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  const rowGap = 56;
  // Row 3 starts lower: the bracket from the forecast to the 2000 figure runs under row 2.
  const rowTop = (i: number) => 22 + i * rowGap + (i >= 2 ? 26 : 0);
  const points = records.map((r, i): LogPoint => {
    const px = x(r.value);
    const display = userCount(r);
    const fitsRight = px + 12 + display.length * CHAR <= width;
    return {
      id: r.id,
      label: ROW_LABELS[r.id] ?? r.label,
      display,
      isFloor: r.qualifier === 'over',
      x: px,
      y: rowTop(i) + 22,
      labelY: rowTop(i),
      valueX: fitsRight ? px + (r.qualifier === 'over' ? 26 : 12) : px - 12,
      valueAnchor: fitsRight ? 'start' : 'end',
    };
  });
  const axisY = points[points.length - 1]!.y + 28;
  const stepCount = Math.round(Math.log10(actual.value / forecast.value));
  const missY = points[1]!.y + 24;
  const missSteps = Array.from({ length: Math.max(0, stepCount) }, (_, i) => {
    const from = forecast.value * 10 ** i;
    return { x: (x(from) + x(from * 10)) / 2, label: '×10' };
  });

  // Linear view: the whole range, then its first part magnified so the forecast can be found.
  const linearX = scaleLinear().domain([0, later.value]).nice().range([0, width]);
  const linearMax = linearX.domain()[1]!;
  const barRow = 46;
  const bars = (scale: (v: number) => number, max: number, top: number) =>
    records.map((r, i) => ({
      id: r.id,
      label: ROW_LABELS[r.id] ?? r.label,
      display: userCount(r),
      y: top + i * barRow,
      width: Math.min(width, scale(r.value)),
      shareOfAxis: (r.value / max) * 100,
    }));
  const linearBars = bars(linearX, linearMax, 24);
  const linearAxisY = 24 + records.length * barRow - 12;
  // The window is the 2000 figure rounded up, never wider than the whole axis.
  const roundedActual = scaleLinear().domain([0, actual.value]).nice().domain()[1]!;
  const windowMax = Math.min(roundedActual, linearMax);
  const windowX = scaleLinear().domain([0, windowMax]).range([0, width]);
  const lensWidth = linearX(windowMax);
  const insetTop = linearAxisY + 84;
  // The inset shows what fits in its window: the later figure runs off its end.
  const insetBars = bars(windowX, windowMax, insetTop).slice(0, 2);
  const insetAxisY = insetTop + 2 * barRow - 12;
  const factor = linearMax / windowMax;
  const forecastShareOfActual = (forecast.value / actual.value) * 100;

  return {
    width,
    log: {
      height: axisY + 66,
      points,
      ticks: powers.map((p) => ({ x: x(p), label: formatTick(p) })),
      gridTop: 30,
      axisY,
      miss: { x1: points[0]!.x, x2: points[1]!.x, y: missY, label: `${missLabel} the forecast`, steps: missSteps },
      caption: ['Log scale: each step to the right is 10×', 'An arrow marks “over”: the real figure is higher'],
    },
    linear: {
      height: insetAxisY + 58,
      bars: linearBars,
      ticks: linearX.ticks(4).map((t) => ({ x: linearX(t), label: formatTick(t) })),
      axisY: linearAxisY,
      // A short box on the axis marks the window; a tall one would run through the row labels.
      lens: {
        x: 0,
        y: linearAxisY - 6,
        width: lensWidth,
        height: 12,
        factor,
        windowLabel: formatValue(windowMax, 'users'),
      },
      connectors: [
        `M0,${linearAxisY + 6}L0,${insetTop - 18}`,
        `M${lensWidth},${linearAxisY + 6}L${width},${insetTop - 18}`,
      ],
      inset: {
        y: insetTop,
        bars: insetBars,
        ticks: windowX.ticks(4).map((t) => ({ x: windowX(t), label: formatTick(t) })),
        axisY: insetAxisY,
      },
      insetCaption: [
        `First ${formatValue(windowMax, 'users')}, magnified ${formatValue(factor, 'times')}`,
        `The forecast is ${formatValue(forecastShareOfActual, 'percent')} of the 2000 figure`,
      ],
      thinNote: `${formatValue(linearBars[0]!.shareOfAxis, 'percent')} of the axis: too thin to see`,
    },
    missLabel,
    arithmetic: miss.arithmetic,
    summary: `Motorola forecast ${userCount(forecast)} mobile phone users in China by 2000. There were ${userCount(
      actual,
    )} in 2000, ${missLabel} the forecast (${miss.arithmetic}), and ${userCount(later)} a few years later.`,
  };
}
