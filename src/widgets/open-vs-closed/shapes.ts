import { link, curveBumpX, curveBumpY } from 'd3-shape';
import type { Rect, TextMark, Tone } from '../kit/geometry';
import { lineHeight } from '../kit/text';
import { TYPE, type TextSize } from '../kit/type';

export type Kind = 'closed' | 'open';

/** A source (who pays) or the cloud revenue it reaches. */
export interface FlowBox extends Rect {
  id: string;
  kind: Kind;
  role: 'source' | 'revenue';
}

/**
 * One route of money, drawn as a stroke `thickness` px wide along a centre line. The path is in px of
 * the layout width; the view stretches it with the chart and keeps the stroke's width (non-scaling), so
 * a band only grows longer within its width band, never thicker.
 */
export interface FlowBand {
  id: string;
  kind: Kind;
  label: string;
  path: string;
  thickness: number;
  /** The band's straight run (after any fan-out curve), as the rect it covers at the layout width. */
  run: Rect;
}

/** The dotted stretch after an open-source band: money that may reach the cloud, uncounted. */
export interface Tail {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What a layout draws; the texts split by the view ("all uses", "what is counted") they belong to. */
export interface Drawing {
  height: number;
  boxes: FlowBox[];
  bands: FlowBand[];
  tails: Tail[];
  texts: TextMark[];
  allTexts: TextMark[];
  countedTexts: TextMark[];
}

/** Every word the chart sets, made once from the records (model.ts) and placed by a layout. */
export interface Labels {
  closedHeading: string;
  openHeading: string;
  customers: string;
  api: string;
  /** The hedged number, kept on one line: "over 800 million". */
  amount: string;
  unit: string;
  uses: readonly { id: string; label: string }[];
  revenue: string;
  clear: string;
  howMuch: string;
  quote: string;
  closedCaption: string;
  openCaption: string;
  uncounted: string;
  illustrative: string;
}

/** Band thickness: all equal, since the article gives no split (the registry flags it as illustrative). */
export const BAND = 18;

const round = (n: number) => Math.round(n * 100) / 100;
const across = link(curveBumpX);
const down = link(curveBumpY);

/** From (x0, y0) curving to (x1, y1), then straight on to x2. */
export function pathAcross(x0: number, y0: number, x1: number, y1: number, x2: number): string {
  const curve = across({ source: [round(x0), round(y0)], target: [round(x1), round(y1)] }) ?? '';
  return `${curve}L${round(x2)},${round(y1)}`;
}

/** From (x0, y0) curving down to (x1, y1), then straight on down to y2. */
export function pathDown(x0: number, y0: number, x1: number, y1: number, y2: number): string {
  const curve = down({ source: [round(x0), round(y0)], target: [round(x1), round(y1)] }) ?? '';
  return `${curve}L${round(x1)},${round(y2)}`;
}

export interface Line {
  text: string;
  size: TextSize;
  bold?: boolean;
  tone?: Tone;
}

/** Padding above and below the lines of a box. */
export const BOX_PAD = 8;

export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + lineHeight(line.size), 0);
}

/** `lines` centred in `rect`, each baseline placed so its text box sits inside its line. */
export function centredLines(rect: Rect, lines: readonly Line[]): TextMark[] {
  let top = rect.y + (rect.height - linesHeight(lines)) / 2;
  return lines.map((line) => {
    const lh = lineHeight(line.size);
    const size = TYPE[line.size];
    // The text box is 1.05 of the size tall from 0.8 above the baseline: centre it in its line.
    const y = top + (lh - size * 1.05) / 2 + size * 0.8;
    top += lh;
    return { x: rect.x + rect.width / 2, y: round(y), anchor: 'middle' as const, ...line };
  });
}
