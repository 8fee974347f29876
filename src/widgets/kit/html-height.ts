/**
 * Heights of the HTML around a chart (switches, fields, panels), estimated from the type scale for the
 * starting height of an embed frame (src/components/widget/frame-height.ts). They mirror the kit's and
 * the views' CSS in rem; a browser test holds the total to the real page.
 */
import { lineCount, widestFace } from './text';

/** The widgets' own text: 0.9rem at a line height of 1.45 (WidgetFrame.astro). */
export const WIDGET_TEXT = { size: 0.9, line: 1.45 } as const;

/** Lines of text × line height, in px: `size` in rem of the root size `rem`. */
export function textHeight(
  text: string,
  width: number,
  rem: number,
  size: number = WIDGET_TEXT.size,
  line: number = WIDGET_TEXT.line,
  bold = false,
): number {
  // Lines as the widest common face (DejaVu) breaks them: the estimate must never be short.
  return lineCount(text, size * rem, width / widestFace(bold), bold) * size * rem * line;
}
