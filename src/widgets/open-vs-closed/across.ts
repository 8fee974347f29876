import type { TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import {
  BAND,
  BOX_PAD,
  centredLines,
  linesHeight,
  pathAcross,
  type Drawing,
  type FlowBand,
  type FlowBox,
  type Labels,
  type Line,
  type Tail,
} from './shapes';

/** Room between a box and the label or band beside it. */
const GAP = 10;
/** How far the open-source bands take to fan out from the source box to their rows. */
const FAN = 48;
const ROW = 50;
/** The revenue box: wider in wide columns, where its quote then takes fewer lines. */
const revenueWidth = (room: number) => (room >= 800 ? 176 : 136);

/**
 * Wide and medium columns: each kind of model as a row of source box, bands and revenue box, money
 * flowing left to right. Box widths come from their words (fixed px); the bands take the rest of the
 * width, so within a width band only their length changes.
 */
export function layoutAcross(labels: Labels, width: number, room: number): Drawing {
  const texts: TextMark[] = [];
  const allTexts: TextMark[] = [];
  const countedTexts: TextMark[] = [];
  const boxes: FlowBox[] = [];
  const bands: FlowBand[] = [];
  const tails: Tail[] = [];

  const amountLines: Line[] = [
    { text: labels.amount, size: 'label', bold: true, tone: 'bg' },
    { text: labels.unit, size: 'label', bold: true, tone: 'bg' },
  ];
  const customerLines: Line[] = wrap(labels.customers, 'label', 110, true).map((text) => ({
    text,
    size: 'label',
    bold: true,
    tone: 'bg',
  }));
  const sourceW =
    Math.ceil(Math.max(...[...amountLines, ...customerLines].map((l) => textWidth(l.text, l.size, true)))) + 24;
  const revenueW = revenueWidth(room);
  const revenueX = width - revenueW;
  const inner = revenueW - 2 * GAP;

  // Closed source: one straight band from the customers to the revenue.
  let y = 16;
  texts.push({ x: 0, y, text: labels.closedHeading, size: 'label', bold: true });
  const closedTop = y + 12;
  const closedRevenue: Line[] = [
    { text: labels.revenue, size: 'label', bold: true },
    { text: labels.clear, size: 'small', tone: 'muted' },
  ];
  const closedH = Math.max(linesHeight(customerLines), linesHeight(closedRevenue)) + 2 * BOX_PAD;
  const closedSource = {
    id: 'closed-source',
    kind: 'closed',
    role: 'source',
    x: 0,
    y: closedTop,
    width: sourceW,
    height: closedH,
  } as const;
  const closedRev = {
    id: 'closed-revenue',
    kind: 'closed',
    role: 'revenue',
    x: revenueX,
    y: closedTop,
    width: revenueW,
    height: closedH,
  } as const;
  boxes.push(closedSource, closedRev);
  texts.push(...centredLines(closedSource, customerLines), ...centredLines(closedRev, closedRevenue));
  const apiY = closedTop + closedH / 2;
  bands.push({
    id: 'api',
    kind: 'closed',
    label: labels.api,
    path: pathAcross(sourceW - 2, apiY, sourceW - 2, apiY, revenueX + 2),
    thickness: BAND,
    run: { x: sourceW - 2, y: apiY - BAND / 2, width: revenueX - sourceW + 4, height: BAND },
  });
  texts.push({ x: sourceW + GAP, y: apiY - BAND / 2 - 7, text: labels.api, size: 'label' });
  y = closedTop + closedH + 22;
  for (const line of wrap(labels.closedCaption, 'small', room)) {
    texts.push({ x: 0, y, text: line, size: 'small', tone: 'muted' });
    y += lineHeight('small');
  }

  // Open source: three bands fan out of one source box; they stop short and dot on to the revenue.
  y += 34 - lineHeight('small');
  texts.push({ x: 0, y, text: labels.openHeading, size: 'label', bold: true });
  const openTop = y + 12;
  const rows = labels.uses.length;
  const openH = (rows - 1) * ROW + 72;
  const mid = openTop + openH / 2;
  const bandEnd = sourceW + FAN + (revenueX - sourceW - FAN) * 0.55;
  labels.uses.forEach((use, i) => {
    const centre = openTop + 36 + i * ROW;
    const start = mid + (i - (rows - 1) / 2) * BAND;
    bands.push({
      id: use.id,
      kind: 'open',
      label: use.label,
      path: pathAcross(sourceW - 2, start, sourceW + FAN, centre, bandEnd),
      thickness: BAND,
      run: { x: sourceW + FAN, y: centre - BAND / 2, width: bandEnd - sourceW - FAN, height: BAND },
    });
    texts.push({ x: sourceW + FAN + 4, y: centre - BAND / 2 - 7, text: use.label, size: 'label' });
    tails.push({ x1: bandEnd + 6, y1: centre, x2: revenueX - 6, y2: centre });
  });
  const openSource = {
    id: 'open-source',
    kind: 'open',
    role: 'source',
    x: 0,
    y: openTop,
    width: sourceW,
    height: openH,
  } as const;
  const openRev = {
    id: 'open-revenue',
    kind: 'open',
    role: 'revenue',
    x: revenueX,
    y: openTop,
    width: revenueW,
    height: openH,
  } as const;
  boxes.push(openSource, openRev);
  texts.push(...centredLines(openSource, amountLines));
  texts.push(
    ...centredLines(openRev, [
      { text: labels.revenue, size: 'label', bold: true },
      { text: labels.howMuch, size: 'small', tone: 'muted' },
      ...wrap(labels.quote, 'small', inner).map((text): Line => ({ text, size: 'small', tone: 'muted' })),
    ]),
  );

  // The captions of the two views share a line; the illustrative tag ends it when there is room.
  y = openTop + openH + 22;
  allTexts.push({ x: 0, y, text: labels.openCaption, size: 'small', tone: 'muted' });
  countedTexts.push({ x: 0, y, text: labels.uncounted, size: 'small', bold: true });
  const captionW = Math.max(textWidth(labels.openCaption, 'small'), textWidth(labels.uncounted, 'small', true));
  if (captionW + 24 + textWidth(labels.illustrative, 'small') > room) y += lineHeight('small');
  texts.push({ x: width, y, text: labels.illustrative, size: 'small', tone: 'muted', anchor: 'end' });

  return { height: y + 8, boxes, bands, tails, texts, allTexts, countedTexts };
}
