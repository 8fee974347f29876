import type { TextMark } from './geometry';
import { lineHeight, wrap } from './text';

/**
 * A chart's muted caption: each paragraph wrapped to `room` px in small type, baselines from `y` down.
 * `bottom` is the height a chart needs to hold it (6 px under the last baseline, room for descenders).
 */
export function captionMarks(
  paragraphs: readonly string[],
  y: number,
  room: number,
  x = 0,
): { texts: TextMark[]; bottom: number } {
  const lines = paragraphs.flatMap((paragraph) => wrap(paragraph, 'small', room));
  const texts = lines.map((text, i): TextMark => ({
    x,
    y: y + i * lineHeight('small'),
    text,
    size: 'small',
    tone: 'muted',
  }));
  return { texts, bottom: y + (lines.length - 1) * lineHeight('small') + 6 };
}
