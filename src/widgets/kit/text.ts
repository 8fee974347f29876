import { LINE, TYPE, type TextSize } from './type';

/*
 * Text width estimated without a browser, so models stay pure and lay out the same on the server,
 * in tests and in the reader's browser. The factors are average advances of system sans faces
 * (Segoe UI, San Francisco, Roboto, DejaVu Sans) per character class, rounded up: a label estimated
 * here is as wide as or a little wider than it draws, so the layout errs on the side of room.
 */
const NARROW = /[il.,:;'’!|()[\]\s]/;
const WIDE = /[mwMW%@]/;
const CAPITAL_OR_DIGIT = /[A-Z0-9×÷]/;

/*
 * Room for the reader's own text spacing (WCAG 1.4.12: letters 0.12em apart, words 0.16em further):
 * readers who need it set it for every page, and a chart laid out at build time cannot ask. Every chart
 * label is placed with room for it, so nothing clips or collides when it is on (at 320 px, without it,
 * 13 labels of the story went past their chart's edge and two overlapped). HTML text needs none: it
 * wraps itself.
 */
const LETTER_SPACING = 0.12;
const WORD_SPACING = 0.16;

function advance(char: string): number {
  if (NARROW.test(char)) return 0.3;
  if (WIDE.test(char)) return 0.9;
  if (CAPITAL_OR_DIGIT.test(char)) return 0.66;
  if (char.charCodeAt(0) > 0x2e80) return 1;
  return 0.56;
}

/** Estimated width in px of `text` set in the sans face at `px`; bold adds about 7%. */
export function textWidthPx(text: string, px: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * px * (bold ? 1.07 : 1);
}

/** The widest the reader's text spacing makes `text` at `px`, over its own width. */
export function spacingPx(text: string, px: number): number {
  let em = 0;
  for (const char of text) em += LETTER_SPACING + (/\s/.test(char) ? WORD_SPACING : 0);
  return em * px;
}

/*
 * Chart labels are measured with a margin for the widest face a reader may have: DejaVu Sans, the
 * sans-serif of most Linux desktops, draws up to about 7% wider than the factors above, bold up to 10%
 * (measured on the story's labels). With text spacing on, that was a label 1 px past its chart at 320 px.
 */
const WIDEST_FACE = 1.04;
const WIDEST_BOLD = 1.03;

/** How much wider than the estimate the widest common face may set text: HTML text wraps by it too. */
export const widestFace = (bold = false) => WIDEST_FACE * (bold ? WIDEST_BOLD : 1);

/** Estimated width in px of chart text at a chart size, with room for the widest face and text spacing. */
export function textWidth(text: string, size: TextSize, bold = false): number {
  const glyphs = textWidthPx(text, TYPE[size], bold) * widestFace(bold);
  return glyphs + spacingPx(text, TYPE[size]);
}

/** How many lines `text` wraps to in `width` px at `px` (greedy, by words). */
export function lineCount(text: string, px: number, width: number, bold = false): number {
  let lines = 0;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidthPx(candidate, px, bold) > width) {
      lines++;
      line = word;
    } else line = candidate;
  }
  return lines + (line ? 1 : 0);
}

export function lineHeight(size: TextSize): number {
  return Math.round(TYPE[size] * LINE);
}

/** Greedy word wrap to `width` px; a word longer than the line stands on its own line. */
export function wrap(text: string, size: TextSize, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The first of `options` (longest first) that fits `width`; the last one otherwise. */
export function fitting(options: readonly string[], size: TextSize, width: number, bold = false): string {
  const fit = options.find((option) => textWidth(option, size, bold) <= width);
  return fit ?? options.at(-1) ?? '';
}
