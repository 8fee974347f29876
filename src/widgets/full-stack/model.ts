import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import { CALL, SHORTCOMING, STACK, type StackLayer } from './layers';
import type { WidgetLayouts } from '../types';

export interface Chip extends Rect {
  layer: StackLayer['id'];
}

export interface LayerBox extends Rect {
  id: StackLayer['id'];
}

/**
 * name-above: each layer's name over its chips (narrow); name-beside: names in a column at the left (from 520 px).
 */
export type Arrangement = 'name-above' | 'name-beside';

export interface FullStackModel extends ChartLayout {
  arrangement: Arrangement;
  /** The call at the top. */
  call: Rect;
  layers: LayerBox[];
  chips: Chip[];
  /** The alternative text. */
  desc: string;
}

/** "Store data" inside a sentence is "store data"; "GPU cluster scheduling" keeps its capitals. */
const inSentence = (item: string) => (/^[A-Z][a-z]/.test(item) ? item[0]!.toLowerCase() + item.slice(1) : item);

const PAD = 10;
const CHIP_PAD = 8;
const CHIP_HEIGHT = 26;
const CHIP_GAP = 6;
const LAYER_GAP = 14;

/**
 * The stack laid out in the band's own coordinates (its narrowest width), then stretched to `width`:
 * arrangement, wrapping and height follow the band; x positions scale with the column, text keeps its size.
 */
export function fullStackModel(width: number): FullStackModel {
  const room = bandFor(width).min;
  const k = width / room;
  const beside = room >= 520;
  const arrangement: Arrangement = beside ? 'name-beside' : 'name-above';
  const texts: TextMark[] = [];
  const chips: Chip[] = [];
  const layers: LayerBox[] = [];
  const sx = (x: number) => x * k;

  // The call: a filled bar across the top, its words in the background colour.
  let y = 0;
  const callLines = wrap(CALL.text, 'small', room - 2 * PAD);
  const callHeight = PAD + 14 + 4 + callLines.length * lineHeight('small') + PAD - 4;
  const call = { x: 0, y, width, height: callHeight };
  texts.push({ x: sx(PAD), y: y + PAD + 11, text: CALL.name, size: 'label', bold: true, tone: 'bg' });
  callLines.forEach((line, i) =>
    texts.push({
      x: sx(PAD),
      y: y + PAD + 14 + 4 + 10 + i * lineHeight('small'),
      text: line,
      size: 'small',
      tone: 'bg',
    }),
  );
  y += callHeight + LAYER_GAP;

  const nameColumn = beside ? Math.ceil(Math.max(...STACK.map((l) => textWidth(l.name, 'label', true)))) + 2 * PAD : 0;
  const chipArea = room - 2 * PAD - nameColumn;
  for (const layer of STACK) {
    const top = y;
    let cy = top + PAD;
    if (!beside) {
      texts.push({ x: sx(PAD), y: cy + 11, text: layer.name, size: 'label', bold: true });
      cy += lineHeight('label') + 4;
    }
    // Chips flow left to right and wrap; a chip too long for a line wraps its own words.
    const startX = PAD + nameColumn;
    let cx = startX;
    let rowBottom = cy;
    let lineY = cy;
    for (const item of layer.items) {
      const lines = wrap(item, 'small', chipArea - 2 * CHIP_PAD);
      const w = Math.min(chipArea, Math.ceil(Math.max(...lines.map((l) => textWidth(l, 'small')))) + 2 * CHIP_PAD);
      const h = CHIP_HEIGHT + (lines.length - 1) * lineHeight('small');
      if (cx > startX && cx + w > startX + chipArea) {
        cx = startX;
        lineY = rowBottom + CHIP_GAP;
      }
      chips.push({ layer: layer.id, x: sx(cx), y: lineY, width: w * k, height: h });
      lines.forEach((line, i) =>
        texts.push({ x: sx(cx + CHIP_PAD), y: lineY + 17 + i * lineHeight('small'), text: line, size: 'small' }),
      );
      rowBottom = Math.max(rowBottom, lineY + h);
      cx += w + CHIP_GAP;
    }
    const bottom = rowBottom + PAD;
    if (beside) texts.push({ x: sx(PAD), y: (top + bottom) / 2 + 5, text: layer.name, size: 'label', bold: true });
    layers.push({ id: layer.id, x: 0, y: top, width, height: bottom - top });
    y = bottom + LAYER_GAP;
  }

  // Short of the edge: a long bold line in a wide system face (DejaVu Sans) draws up to 4% wider than estimated.
  const quote = wrap(SHORTCOMING, 'label', room - 28, true);
  y += 4;
  quote.forEach((line, i) =>
    texts.push({ x: 0, y: y + 11 + i * lineHeight('label'), text: line, size: 'label', bold: true }),
  );
  const height = y + 11 + (quote.length - 1) * lineHeight('label') + 6;

  return {
    width,
    height,
    texts,
    arrangement,
    call,
    layers,
    chips,
    // It says how the chart is drawn before what it says: opening with the call's own words, which the
    // chart draws on its first line, a screen reader heard them twice in a row. The article's words keep
    // their curly quotation marks: straight ones nested read ambiguously.
    desc:
      `A bar for the call, with what stands behind it stacked under it. The call: ${CALL.text}. ` +
      `The layers, from the top: ` +
      STACK.map((l) => `${l.name}: ${l.items.map((item, i) => (i === 0 ? item : inSentence(item))).join(', ')}`).join(
        '; ',
      ) +
      `. ${SHORTCOMING}.`,
  };
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (_set, width) => ({ chart: fullStackModel(width) });
