import { scaleLinear } from 'd3-scale';
import { derived, figure, periodLabel, type FigureSet } from '../../data/figures';
import { formatQualified, formatRounded, formatValue } from '../../data/format';
import { axisTicks, tickLabels } from '../kit/axis';
import { labelledBars, type Bar } from '../kit/bars';
import { captionMarks } from '../kit/caption';
import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark, Tick } from '../kit/geometry';
import { lensLayout, type Segment } from '../kit/lens';
import { lineHeight, textWidth } from '../kit/text';
import type { WidgetLayouts } from '../types';

/** The share view: the whole market as one bar, MaaS to scale in it, and a lens on the first few percent. */
export interface ShareLayout extends ChartLayout {
  market: Rect;
  maas: Rect;
  lens: Rect;
  magnified: Rect;
  maasMagnified: Rect;
  ticks: Tick[];
  ticksY: number;
  /** From the lens's corners down to the magnified bar's. */
  connectors: [Segment, Segment];
}

/** The growth view: each market's growth as a bar on one scale, its size beside its name. */
export interface GrowthLayout extends ChartLayout {
  bars: Bar[];
  ticks: Tick[];
  axisY: number;
}

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

const LENS_STEPS = [2, 5, 10, 20, 50, 100];

/** The smallest round window (in % of the market) that shows the share at least twice over. */
export function lensPercent(share: number): number {
  return LENS_STEPS.find((step) => step >= share * 2) ?? 100;
}

const BAR = 36;

export function maasShareModel(set: FigureSet, width: number): MaasShareModel {
  const cloud = figure(set, 'public-cloud-market');
  const maas = figure(set, 'maas-market');
  const shareFigure = derived(set, 'maas-share-of-cloud');
  const share = shareFigure.value;
  const period = periodLabel(cloud.period);
  const growthPeriod = periodLabel(figure(set, 'public-cloud-growth').period);
  const marketLabel = formatValue(cloud.value, cloud.unit);
  const maasLabel = formatValue(maas.value, maas.unit);
  const shareLabel = formatValue(share, 'percent');
  const percent = lensPercent(share);
  // A round amount for the far end of the magnified bar: 5% of 120.669 billion is "about 6 billion yuan".
  const lensAmountLabel = formatRounded((cloud.value * percent) / 100, cloud.unit, cloud.qualifier);
  // Arrangement follows the band, positions the exact width: a band's layouts are all one height.
  const room = bandFor(width).min;

  const ranked = [...growthRecords()].sort((a, b) => b.growth.value - a.growth.value);
  const fastest = `${ranked[0]!.label} grew fastest of the ${ranked.length === 3 ? 'three' : ranked.length}`;

  return {
    width,
    period,
    growthPeriod,
    share,
    shareLabel,
    arithmetic: shareFigure.arithmetic,
    marketLabel,
    maasLabel,
    lensPercent: percent,
    lensFactor: 100 / percent,
    lensAmountLabel,
    shareView: shareLayout(),
    growthView: growthLayout(),
    growthSummary: growthRecords()
      .map(
        (r) =>
          `${r.label}: ${formatQualified(r.growth.value, r.growth.unit, r.growth.qualifier)} growth, size ${formatValue(r.size.value, r.size.unit)}`,
      )
      .join('. '),
    fastest,
  };

  function growthRecords() {
    return [
      { id: 'public-cloud', size: cloud, growth: figure(set, 'public-cloud-growth'), label: 'Public cloud' },
      {
        id: 'ai-solution',
        size: figure(set, 'ai-solution-market'),
        growth: figure(set, 'ai-solution-growth'),
        label: 'AI large-model solutions',
      },
      { id: 'maas', size: maas, growth: figure(set, 'maas-growth'), label: 'MaaS' },
    ] as const;
  }

  function shareLayout(): ShareLayout {
    const texts: TextMark[] = [];
    // The market in percent of itself, so the magnified window's ticks are percentages.
    const x = scaleLinear().domain([0, 100]).range([0, width]);
    const title = `Public cloud market, ${period}`;
    texts.push({ x: 0, y: 14, text: 'Share of the market', size: 'label', bold: true });
    let y = 14 + lineHeight('label') + 6;
    texts.push({ x: 0, y, text: title, size: 'label' });
    // The market's size beside its name when both fit, under it otherwise.
    if (textWidth(title, 'label') + textWidth(marketLabel, 'label', true) + 16 > room) y += lineHeight('label');
    texts.push({ x: width, y, text: marketLabel, size: 'label', bold: true, anchor: 'end' });
    const marketY = y + 10;
    const market = { x: 0, y: marketY, width, height: BAR };
    const maasRect = { x: 0, y: marketY, width: x(share), height: BAR };

    const magnifiedY = marketY + BAR + 56;
    const { lens, magnified, zoom, connectors } = lensLayout({
      outer: x,
      window: [0, percent],
      frames: { y: marketY, height: BAR },
      pad: 4,
      target: { x: 0, y: magnifiedY, width, height: BAR },
    });
    const maasMagnified = { x: 0, y: magnifiedY, width: zoom(share), height: BAR };

    // MaaS's name and share beside its magnified sliver, or above the bar when they do not fit there.
    const name = `MaaS ${maasLabel}`;
    const of = `≈ ${shareLabel} of the market`;
    const besideX = zoom(share) + 8;
    const fitsBeside =
      (room * share) / percent + 8 + Math.max(textWidth(name, 'label', true), textWidth(of, 'label')) <= room;
    if (fitsBeside) {
      texts.push({ x: besideX, y: magnifiedY + 16, text: name, size: 'label', bold: true });
      texts.push({ x: besideX, y: magnifiedY + 32, text: of, size: 'label' });
    }
    const ticksY = magnifiedY + BAR;
    const ticks = axisTicks(zoom, width, (p) => formatValue(p, 'percent', { digits: 1 }));
    texts.push(...tickLabels(ticks, ticksY));
    // The magnified bar's far end, in yuan, under its last tick.
    texts.push({
      x: width,
      y: ticksY + 19 + lineHeight('small'),
      text: `${percent}% = ${lensAmountLabel}`,
      size: 'small',
      anchor: 'end',
      tone: 'muted',
    });
    let captionY = ticksY + 19 + lineHeight('small') + 24;
    if (!fitsBeside) {
      texts.push({ x: 0, y: captionY, text: name, size: 'label', bold: true });
      texts.push({ x: 0, y: captionY + lineHeight('label'), text: of, size: 'label' });
      captionY += 2 * lineHeight('label') + 8;
    }
    const caption = captionMarks(
      [`The lower bar magnifies the first ${percent}% of the market ${100 / percent}×`],
      captionY,
      room,
    );
    texts.push(...caption.texts);
    return {
      width,
      height: caption.bottom,
      texts,
      market,
      maas: maasRect,
      lens,
      magnified,
      maasMagnified,
      ticks,
      ticksY,
      connectors,
    };
  }

  function growthLayout(): GrowthLayout {
    // The heading on one line where the band's narrowest width holds it, else broken after the comma so
    // the period stays whole (at 280 px with the reader's text spacing it takes 305 px).
    const whole = `Year-on-year growth, ${growthPeriod}`;
    const heading = textWidth(whole, 'label', true) <= room ? [whole] : ['Year-on-year growth,', growthPeriod];
    const texts: TextMark[] = heading.map((text, i) => ({
      x: 0,
      y: 14 + i * lineHeight('label'),
      text,
      size: 'label',
      bold: true,
    }));
    const rows = growthRecords().map((r) => ({
      id: r.id,
      name: r.label,
      value: r.growth.value,
      valueText: formatQualified(r.growth.value, r.growth.unit, r.growth.qualifier),
      note: `size ${formatValue(r.size.value, r.size.unit)}`,
      accent: r.id === 'maas',
    }));
    const top = 14 + (heading.length - 1) * lineHeight('label') + 6;
    const bars = labelledBars(rows, {
      top,
      width,
      room,
      format: (t) => formatValue(t, 'percent-change', { digits: 0 }),
    });
    const caption = captionMarks(['Bar length is the growth rate, not the size'], bars.bottom + 22, room);
    texts.push(...bars.texts, ...caption.texts);
    return { width, height: caption.bottom, texts, bars: bars.bars, ticks: bars.ticks, axisY: bars.axisY };
  }
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (set, width) => {
  const model = maasShareModel(set, width);
  return { share: model.shareView, growth: model.growthView };
};
