import { derived, figure, periodLabel, type FigureSet } from '../../data/figures';
import { formatValue } from '../../data/format';
import { bindFigure } from '../../data/prose-figure';
import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import type { TextSize } from '../kit/type';
import { JUST_OVER_1 } from './claim';

/**
 * The story's first-screen chart: the article's thesis, "just over 1%", as one bar of the public cloud
 * market with the MaaS market to scale at its left end. Compact (70-110 px), static, and drawn from the
 * same records as maas-share, the full chart further down with the magnifier, the growth rates and the table.
 */
export interface ThesisLayout extends ChartLayout {
  /**
   * The headline's first line, drawn as one run so its two sizes stay together: the claim in the accent,
   * then as much of what it is a share of as fits beside it (`rest`, maybe empty). The rest of it follows
   * on lines of its own. `marks` is how many of `texts` that first line is (the claim, and `rest` if any).
   */
  lead: { claim: string; rest: string; x: number; y: number; marks: number };
  market: Rect;
  maas: Rect;
  title: string;
  desc: string;
}

const BAR = 22;
/** The bold "J" of "Just over 1%" overhangs its origin by about two pixels. */
const LEAD_X = 2;

/** Greedy wrap of `groups` (words, or runs of words that stay on one line) to `width` px. */
function wrapGroups(groups: readonly string[], size: TextSize, width: number): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${group}`, size) <= width)
      lines[lines.length - 1] = `${last} ${group}`;
    else lines.push(group);
  }
  return lines;
}

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
  // What the claim is a share of: beside it where the band's narrowest width holds both, else whole on
  // the line under it, else (at 280 px, with room for the reader's text spacing) as much beside it as fits
  // and the rest under it: "Just over 1% of China’s", "public cloud market is MaaS".
  const words = rest.trim().split(' ');
  const fitsBeside = (count: number) =>
    LEAD_X + claimWidth + textWidth(` ${words.slice(0, count).join(' ')}`, 'label') <= room;
  let beside = 0;
  if (fitsBeside(words.length)) beside = words.length;
  else if (textWidth(rest.trim(), 'label') > room) while (beside < words.length && fitsBeside(beside + 1)) beside++;
  const firstRest = beside ? ` ${words.slice(0, beside).join(' ')}` : '';
  const below = beside < words.length ? wrap(words.slice(beside).join(' '), 'label', room) : [];
  const texts: TextMark[] = [{ x: LEAD_X, y: 17, text: claim, size: 'head', bold: true, tone: 'accent' }];
  if (firstRest) texts.push({ x: LEAD_X + claimWidth, y: 17, text: firstRest, size: 'label' });
  const marks = texts.length;
  below.forEach((text, i) => texts.push({ x: 0, y: 17 + 19 + i * lineHeight('label'), text, size: 'label' }));
  const restY = below.length ? 17 + 19 + (below.length - 1) * lineHeight('label') : 17;
  const barY = restY + 9;
  const maasLabel = `MaaS ${formatValue(maas.value, maas.unit)}`;
  const marketLabel = `Whole market ${formatValue(cloud.value, cloud.unit)}, ${period}`;
  const labelY = barY + BAR + 16;
  const stacked = textWidth(maasLabel, 'small', true) + textWidth(marketLabel, 'small') + 16 > room;
  // Under MaaS's when the two do not share a line, and broken where the band is too narrow for it (at
  // 280 px it takes 376 px): between words, never inside the amount or the period.
  const market = stacked
    ? wrapGroups(['Whole', 'market', `${formatValue(cloud.value, cloud.unit)},`, period], 'small', room)
    : [marketLabel];
  texts.push({ x: 0, y: labelY, text: maasLabel, size: 'small', bold: true, tone: 'accent' });
  market.forEach((text, i) =>
    texts.push({
      x: stacked ? 0 : width,
      y: stacked ? labelY + 16 * (i + 1) : labelY,
      text,
      size: 'small',
      tone: 'muted',
      anchor: stacked ? 'start' : 'end',
    }),
  );
  return {
    width,
    height: (stacked ? labelY + 16 * market.length : labelY) + 5,
    texts,
    lead: { claim, rest: firstRest, x: LEAD_X, y: 17, marks },
    market: { x: 0, y: barY, width, height: BAR },
    maas: { x: 0, y: barY, width: (width * share.value) / 100, height: BAR },
    title: `MaaS is ${says} of China’s public cloud market`,
    desc:
      `One bar for China’s public cloud market of ${formatValue(cloud.value, cloud.unit)} in ${period}, with the MaaS ` +
      `market of ${formatValue(maas.value, maas.unit)}, ${formatValue(share.value, 'percent')} of it, drawn to scale at its left end.`,
  };
}
