import { derived, figure, periodLabel, type FigureSet } from '../../data/figures';
import { formatRounded, formatValue } from '../../data/format';
import { bandFor } from '../kit/bands';
import type { WidgetLayouts } from '../types';
import { growthLayout, type GrowthLayout } from './growth-layout';
import { fastest, growthRows, growthSummary } from './rows';
import { lensPercent, shareLayout, type ShareLayout } from './share-layout';

export type { GrowthLayout } from './growth-layout';
export { lensPercent, type ShareLayout } from './share-layout';

export interface MaasShareModel {
  width: number;
  /** The markets' period ("H1 2025"), from the records. */
  period: string;
  /** The growth rates' period, from the records. */
  growthPeriod: string;
  /** MaaS as a percentage of the public cloud market (1.069…), computed from the records. */
  share: number;
  shareLabel: string;
  arithmetic: string;
  marketLabel: string;
  maasLabel: string;
  lensPercent: number;
  lensFactor: number;
  /** What the magnified bar's full length stands for, rounded and hedged: "about 6 billion yuan". */
  lensAmountLabel: string;
  shareView: ShareLayout;
  growthView: GrowthLayout;
  /** The growth view as sentences, for its alternative text. */
  growthSummary: string;
  /** What the three bars show, from the records: "MaaS grew fastest of the three". */
  fastest: string;
}

/**
 * Both views and the texts around them, from the records: the share view (share-layout.ts), the growth view
 * (growth-layout.ts) of the three markets (rows.ts).
 */
export function maasShareModel(set: FigureSet, width: number): MaasShareModel {
  const cloud = figure(set, 'public-cloud-market');
  const maas = figure(set, 'maas-market');
  const shareFigure = derived(set, 'maas-share-of-cloud');
  const share = shareFigure.value;
  const percent = lensPercent(share);
  const rows = growthRows(set);
  const growthPeriod = periodLabel(figure(set, 'public-cloud-growth').period);
  const texts = {
    share,
    percent,
    period: periodLabel(cloud.period),
    marketLabel: formatValue(cloud.value, cloud.unit),
    maasLabel: formatValue(maas.value, maas.unit),
    shareLabel: formatValue(share, 'percent'),
    // A round amount for the far end of the magnified bar: 5% of 120.669 billion is "about 6 billion yuan".
    lensAmountLabel: formatRounded((cloud.value * percent) / 100, cloud.unit, cloud.qualifier),
  };
  // Arrangement follows the band, positions the exact width: a band's layouts are all one height.
  const room = bandFor(width).min;
  return {
    width,
    period: texts.period,
    growthPeriod,
    share,
    shareLabel: texts.shareLabel,
    arithmetic: shareFigure.arithmetic,
    marketLabel: texts.marketLabel,
    maasLabel: texts.maasLabel,
    lensPercent: percent,
    lensFactor: 100 / percent,
    lensAmountLabel: texts.lensAmountLabel,
    shareView: shareLayout(texts, width, room),
    growthView: growthLayout(rows, growthPeriod, width, room),
    growthSummary: growthSummary(rows),
    fastest: fastest(rows),
  };
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (set, width) => {
  const model = maasShareModel(set, width);
  return { share: model.shareView, growth: model.growthView };
};
