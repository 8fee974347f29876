import { scaleLinear } from 'd3-scale';
import { derived, figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../lib/format';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  x: number;
  label: string;
}

export interface GrowthBar {
  id: string;
  label: string;
  y: number;
  width: number;
  growth: string;
  size: string;
}

export interface MaasShareModel {
  width: number;
  shareHeight: number;
  growthHeight: number;
  /** MaaS as a percentage of the public cloud market (1.069…), computed from the records. */
  share: number;
  shareLabel: string;
  arithmetic: string;
  market: Rect & { label: string };
  maas: Rect & { label: string };
  /** The part of the market bar that the magnified bar shows. */
  lens: Rect & { percent: number; factor: number; amountLabel: string };
  magnified: Rect;
  maasMagnified: Rect;
  magnifiedTicks: Tick[];
  /** Two straight lines from the lens down to the magnified bar. */
  connectors: [string, string];
  growthBars: GrowthBar[];
  growthTicks: Tick[];
  growthAxisY: number;
}

const LENS_STEPS = [2, 5, 10, 20, 50, 100];

/** The smallest round window (in % of the market) that shows the share at least twice over. */
export function lensPercent(share: number): number {
  return LENS_STEPS.find((step) => step >= share * 2) ?? 100;
}

export function maasShareModel(set: FigureSet, width = 400): MaasShareModel {
  const cloud = figure(set, 'public-cloud-market');
  const maas = figure(set, 'maas-market');
  const shareFigure = derived(set, 'maas-share-of-cloud');
  const share = shareFigure.value;

  const barHeight = 40;
  const x = scaleLinear().domain([0, cloud.value]).range([0, width]);
  const marketY = 36;
  const maasWidth = x(maas.value);

  const percent = lensPercent(share);
  const lensAmount = (cloud.value * percent) / 100;
  const lensWidth = x(lensAmount);
  const magnifiedY = marketY + barHeight + 70;
  const zoom = scaleLinear().domain([0, lensAmount]).range([0, width]);
  const tickCount = percent <= 10 ? percent : 5;
  const magnifiedTicks = Array.from({ length: tickCount + 1 }, (_, i) => {
    const p = (percent / tickCount) * i;
    return { x: zoom((cloud.value * p) / 100), label: `${formatValue(p, 'percent', { digits: 1 })}` };
  });

  const growthRecords = [
    { id: 'public-cloud', size: cloud, growth: figure(set, 'public-cloud-growth'), label: 'Public cloud' },
    {
      id: 'ai-solution',
      size: figure(set, 'ai-solution-market'),
      growth: figure(set, 'ai-solution-growth'),
      label: 'AI large-model solutions',
    },
    { id: 'maas', size: maas, growth: figure(set, 'maas-growth'), label: 'MaaS' },
  ];
  const maxGrowth = Math.max(...growthRecords.map((r) => r.growth.value));
  const g = scaleLinear()
    .domain([0, maxGrowth])
    .nice()
    .range([0, width - 8]);
  const rowHeight = 62;
  const growthBars = growthRecords.map((r, i) => ({
    id: r.id,
    label: r.label,
    y: 24 + i * rowHeight,
    width: Math.max(1, g(r.growth.value)),
    growth: formatQualified(r.growth.value, r.growth.unit, r.growth.qualifier),
    size: formatValue(r.size.value, r.size.unit),
  }));
  const growthAxisY = 24 + growthRecords.length * rowHeight;

  return {
    width,
    shareHeight: magnifiedY + barHeight + 56,
    growthHeight: growthAxisY + 34,
    share,
    shareLabel: formatValue(share, 'percent'),
    arithmetic: shareFigure.arithmetic,
    market: { x: 0, y: marketY, width: x(cloud.value), height: barHeight, label: formatValue(cloud.value, cloud.unit) },
    maas: { x: 0, y: marketY, width: maasWidth, height: barHeight, label: formatValue(maas.value, maas.unit) },
    lens: {
      x: 0,
      y: marketY - 4,
      width: lensWidth,
      height: barHeight + 8,
      percent,
      factor: 100 / percent,
      amountLabel: formatValue(lensAmount, 'yuan'),
    },
    magnified: { x: 0, y: magnifiedY, width, height: barHeight },
    maasMagnified: { x: 0, y: magnifiedY, width: zoom(maas.value), height: barHeight },
    magnifiedTicks,
    connectors: [
      `M0,${marketY + barHeight + 4}L0,${magnifiedY}`,
      `M${lensWidth},${marketY + barHeight + 4}L${width},${magnifiedY}`,
    ],
    growthBars,
    growthTicks: g.ticks(5).map((t) => ({ x: g(t), label: formatValue(t, 'percent-change', { digits: 0 }) })),
    growthAxisY,
  };
}
