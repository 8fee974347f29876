import { derived, figure, periodLabel, type FigureSet } from '../../data/figures';
import { formatValue } from '../../data/format';
import { bindFigure } from '../../data/prose-figure';
import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark } from '../kit/geometry';
import { textWidth } from '../kit/text';
import { JUST_OVER_1 } from './claim';

/**
 * The story's first-screen chart: the article's thesis, "just over 1%", as one bar of the public cloud
 * market with the MaaS market to scale at its left end. Compact (70-110 px), static, and drawn from the
 * same records as maas-share, the full chart further down with the magnifier, the growth rates and the table.
 */
export interface ThesisLayout extends ChartLayout {
  /** The headline's two parts: the claim in the accent, then what it is a share of, on one line or two. */
  lead: { claim: string; rest: string; x: number; y: number; restY: number; oneLine: boolean };
  market: Rect;
  maas: Rect;
  title: string;
  desc: string;
}

const BAR = 22;
/** The bold "J" of "Just over 1%" overhangs its origin by about two pixels. */
const LEAD_X = 2;

export function thesisLayout(set: FigureSet, width: number): ThesisLayout {
  const cloud = figure(set, 'public-cloud-market');
  const maas = figure(set, 'maas-market');
  const share = derived(set, 'maas-share-of-cloud');
  // The article's words, held to the data: the build fails here when "just over 1%" stops being true.
  const says = bindFigure(set, { ...JUST_OVER_1, file: 'src/widgets/maas-share/thesis.ts' }).text;
  const claim = says.charAt(0).toUpperCase() + says.slice(1);
  const rest = ' of China’s public cloud market is MaaS';
  const period = periodLabel(cloud.period);
  // Arrangement follows the band, positions the exact width: a band's layouts are all one height.
  const room = bandFor(width).min;
  const claimWidth = textWidth(claim, 'head', true);
  const oneLine = LEAD_X + claimWidth + textWidth(rest, 'label') <= room;
  const restY = oneLine ? 17 : 17 + 19;
  const texts: TextMark[] = [
    { x: LEAD_X, y: 17, text: claim, size: 'head', bold: true, tone: 'accent' },
    { x: oneLine ? LEAD_X + claimWidth : 0, y: restY, text: oneLine ? rest : rest.trim(), size: 'label' },
  ];
  const barY = restY + 9;
  const maasLabel = `MaaS ${formatValue(maas.value, maas.unit)}`;
  const marketLabel = `Whole market ${formatValue(cloud.value, cloud.unit)}, ${period}`;
  const labelY = barY + BAR + 16;
  const stacked = textWidth(maasLabel, 'small', true) + textWidth(marketLabel, 'small') + 16 > room;
  texts.push({ x: 0, y: labelY, text: maasLabel, size: 'small', bold: true, tone: 'accent' });
  texts.push({
    x: stacked ? 0 : width,
    y: stacked ? labelY + 16 : labelY,
    text: marketLabel,
    size: 'small',
    tone: 'muted',
    anchor: stacked ? 'start' : 'end',
  });
  return {
    width,
    height: (stacked ? labelY + 16 : labelY) + 5,
    texts,
    lead: { claim, rest: oneLine ? rest : rest.trim(), x: LEAD_X, y: 17, restY, oneLine },
    market: { x: 0, y: barY, width, height: BAR },
    maas: { x: 0, y: barY, width: (width * share.value) / 100, height: BAR },
    title: `MaaS is ${says} of China’s public cloud market`,
    desc:
      `One bar for China’s public cloud market of ${formatValue(cloud.value, cloud.unit)} in ${period}, with the MaaS ` +
      `market of ${formatValue(maas.value, maas.unit)}, ${formatValue(share.value, 'percent')} of it, drawn to scale at its left end.`,
  };
}
