import type { FigureSet } from '../../data/figures';
import { textHeight, WIDGET_TEXT } from '../kit/html-height';
import { textWidthPx } from '../kit/text';
import { FACT_TERMS, LAYERS, type FactKey } from './layers';
import { icebergModel, overlapText } from './model';

/**
 * The view at `width` (View.svelte's CSS in rem): the chart, then the layer buttons two to a row and the
 * panels, which share one cell and so take the tallest panel's height. From a 40rem container the
 * buttons and panels sit side by side; the starting height is made for a 640 px frame, where they stack.
 */
export function bodyHeight(figures: FigureSet, width: number, rem: number): number {
  const line = WIDGET_TEXT.size * rem * WIDGET_TEXT.line;
  const button = 0.7 * rem + 0.9 * 1.25 * rem + 0.8 * 1.25 * rem + 2;
  const buttons = 2 * button + 0.4 * rem;
  const panelWidth = width - 3 - 0.75 * rem;
  const terms = Object.values(FACT_TERMS);
  const termWidth = Math.max(...terms.map((term) => textWidthPx(term, WIDGET_TEXT.size * rem)));
  const factWidth = panelWidth - termWidth - 0.75 * rem;
  const { overlapNote } = overlapText(figures);
  const panels = LAYERS.map((layer) => {
    let height = textHeight(layer.title, panelWidth, rem, WIDGET_TEXT.size, WIDGET_TEXT.line, true) + 0.4 * rem;
    for (const key of Object.keys(FACT_TERMS) as FactKey[]) {
      height += Math.max(line, textHeight(layer.facts[key], factWidth, rem)) + 0.15 * rem;
    }
    height += 0.4 * rem;
    if (layer.counted) height += textHeight(overlapNote, panelWidth, rem) + 0.4 * rem;
    return height;
  });
  return icebergModel(figures, width).height + 0.75 * rem + buttons + 0.75 * rem + Math.max(...panels);
}
