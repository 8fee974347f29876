import type { TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import {
  BAND,
  BOX_PAD,
  centredLines,
  linesHeight,
  pathDown,
  type Drawing,
  type FlowBand,
  type FlowBox,
  type Labels,
  type Line,
  type Tail,
} from './shapes';

/** How far the open-source bands take to fan out into their columns, and the straight run after it. */
const FAN = 40;
const RUN = 16;
/** The closed-source band's length between its two boxes. */
const API_RUN = 48;
/** The dotted tails' length, between the use labels and the revenue box. */
const TAIL = 28;

/**
 * Narrow columns: money flows top to bottom, boxes span the column and the three open-source uses stand
 * side by side, each label wrapped under its band. Nothing is set beside a box, so every label keeps its
 * size down to 280 px.
 */
export function layoutDown(labels: Labels, width: number, room: number): Drawing {
  const texts: TextMark[] = [];
  const allTexts: TextMark[] = [];
  const countedTexts: TextMark[] = [];
  const boxes: FlowBox[] = [];
  const bands: FlowBand[] = [];
  const tails: Tail[] = [];
  const inner = room - 16;
  const onFill = (text: string): Line => ({ text, size: 'label', bold: true, tone: 'bg' });
  const muted = (text: string): Line => ({ text, size: 'small', tone: 'muted' });
  const box = (id: string, kind: FlowBox['kind'], role: FlowBox['role'], y: number, lines: Line[]): FlowBox => {
    const rect: FlowBox = { id, kind, role, x: 0, y, width, height: linesHeight(lines) + 2 * BOX_PAD };
    boxes.push(rect);
    texts.push(...centredLines(rect, lines));
    return rect;
  };
  const paragraph = (into: TextMark[], text: string, y: number, bold = false): number => {
    for (const line of wrap(text, 'small', room, bold)) {
      into.push({ x: 0, y, text: line, size: 'small', ...(bold ? { bold } : { tone: 'muted' }) });
      y += lineHeight('small');
    }
    return y;
  };

  let y = 16;
  texts.push({ x: 0, y, text: labels.closedHeading, size: 'label', bold: true });
  const customers = box(
    'closed-source',
    'closed',
    'source',
    y + 12,
    wrap(labels.customers, 'label', inner, true).map(onFill),
  );
  const apiTop = customers.y + customers.height;
  const closedRev = box('closed-revenue', 'closed', 'revenue', apiTop + API_RUN, [
    { text: labels.revenue, size: 'label', bold: true },
    muted(labels.clear),
  ]);
  bands.push({
    id: 'api',
    kind: 'closed',
    label: labels.api,
    path: pathDown(width / 2, apiTop - 2, width / 2, apiTop - 2, closedRev.y + 2),
    thickness: BAND,
    run: { x: width / 2 - BAND / 2, y: apiTop - 2, width: BAND, height: API_RUN + 4 },
  });
  texts.push({ x: width / 2 + BAND / 2 + 8, y: apiTop + API_RUN / 2 + 5, text: labels.api, size: 'label' });
  y = paragraph(texts, labels.closedCaption, closedRev.y + closedRev.height + 22);

  y += 34 - lineHeight('small');
  texts.push({ x: 0, y, text: labels.openHeading, size: 'label', bold: true });
  // The hedged number stays whole on its line: "over 800 million", then the unit if it fits beside.
  const together = `${labels.amount} ${labels.unit}`;
  const amountLines = textWidth(together, 'label', true) <= inner ? [together] : [labels.amount, labels.unit];
  const source = box('open-source', 'open', 'source', y + 12, amountLines.map(onFill));
  const fanTop = source.y + source.height;
  const bandEnd = fanTop + FAN + RUN;
  const columns = labels.uses.length;
  const columnRoom = room / columns - 10;
  const wrapped = labels.uses.map((use) => wrap(use.label, 'small', columnRoom));
  const labelLines = Math.max(...wrapped.map((lines) => lines.length));
  const labelsBottom = bandEnd + 4 + labelLines * lineHeight('small');
  const revenueTop = labelsBottom + TAIL + 12;
  labels.uses.forEach((use, i) => {
    const x = (width * (2 * i + 1)) / (2 * columns);
    const start = width / 2 + (i - (columns - 1) / 2) * width * 0.1;
    bands.push({
      id: use.id,
      kind: 'open',
      label: use.label,
      path: pathDown(start, fanTop - 2, x, fanTop + FAN, bandEnd),
      thickness: BAND,
      run: { x: x - BAND / 2, y: fanTop + FAN, width: BAND, height: RUN },
    });
    // Kept inside the chart where a word is wider than its column (with room for the reader's text spacing).
    const half = Math.max(...wrapped[i]!.map((text) => textWidth(text, 'small'))) / 2;
    const labelX = Math.min(Math.max(x, half), width - half);
    wrapped[i]!.forEach((text, j) => {
      texts.push({ x: labelX, y: bandEnd + 16 + j * lineHeight('small'), text, size: 'small', anchor: 'middle' });
    });
    tails.push({ x1: x, y1: labelsBottom + 6, x2: x, y2: revenueTop - 6 });
  });
  const revenue = box('open-revenue', 'open', 'revenue', revenueTop, [
    { text: labels.revenue, size: 'label', bold: true },
    ...wrap(`${labels.howMuch} ${labels.quote}`, 'small', inner).map(muted),
  ]);

  // Both views' captions start on one line; the illustrative tag ends the taller one's last line when
  // neither view sets more than fits beside it there.
  const captionTop = revenue.y + revenue.height + 22;
  y = Math.max(
    paragraph(allTexts, labels.openCaption, captionTop),
    paragraph(countedTexts, labels.uncounted, captionTop, true),
  );
  const lastY = y - lineHeight('small');
  const besideTag = (marks: TextMark[]) =>
    Math.max(0, ...marks.filter((m) => m.y === lastY).map((m) => textWidth(m.text, m.size, m.bold)));
  const tagRoom = room - textWidth(labels.illustrative, 'small') - 24;
  if (besideTag(allTexts) <= tagRoom && besideTag(countedTexts) <= tagRoom) y = lastY;
  texts.push({ x: width, y, text: labels.illustrative, size: 'small', tone: 'muted', anchor: 'end' });

  return { height: y + 8, boxes, bands, tails, texts, allTexts, countedTexts };
}
