import { scaleLinear } from 'd3-scale';
import { axisTicks, tickLabels } from '../kit/axis';
import { captionMarks } from '../kit/caption';
import type { ChartLayout, Rect, TextMark, Tick } from '../kit/geometry';
import { lensLayout, type Segment } from '../kit/lens';
import { lineHeight, textWidth } from '../kit/text';
import { formatValue } from '../../data/format';

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

/** What the share view says, from the records (model.ts reads them once for both views and the text). */
export interface ShareInput {
  /** MaaS as a percentage of the market. */
  share: number;
  /** The magnified window, in % of the market (lensPercent). */
  percent: number;
  period: string;
  marketLabel: string;
  maasLabel: string;
  shareLabel: string;
  lensAmountLabel: string;
}

const LENS_STEPS = [2, 5, 10, 20, 50, 100];

/** The smallest round window (in % of the market) that shows the share at least twice over. */
export function lensPercent(share: number): number {
  return LENS_STEPS.find((step) => step >= share * 2) ?? 100;
}

const BAR = 36;

/** Laid out at `width` with the arrangement of `room`, its band's narrowest width (one height per band). */
export function shareLayout(input: ShareInput, width: number, room: number): ShareLayout {
  const { share, percent, period, marketLabel, maasLabel, shareLabel, lensAmountLabel } = input;
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
