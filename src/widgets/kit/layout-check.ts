import { intersects, textBox, type ChartLayout } from './geometry';
import { TYPE } from './type';

/** The text sizes a chart may use on screen: labels 12-15 px, a headline number up to 28. */
export const TEXT_RANGE = { min: 12, max: 15, headMax: 28 } as const;

/**
 * What is wrong with a layout, in words: a text outside the chart, two texts overlapping, a size out
 * of range. Empty when the layout is sound. Models' unit tests call it at every width they support.
 */
export function layoutProblems(layout: ChartLayout): string[] {
  const problems: string[] = [];
  const boxes = layout.texts.map((mark) => ({ mark, box: textBox(mark) }));
  for (const { mark, box } of boxes) {
    const size = TYPE[mark.size];
    const max = mark.size === 'head' ? TEXT_RANGE.headMax : TEXT_RANGE.max;
    if (size < TEXT_RANGE.min || size > max) problems.push(`"${mark.text}" is ${size} px`);
    const edge = 0.5;
    if (
      box.x < -edge ||
      box.y < -edge ||
      box.x + box.width > layout.width + edge ||
      box.y + box.height > layout.height + edge
    ) {
      problems.push(
        `"${mark.text}" leaves the ${layout.width} x ${layout.height} chart (box ${box.x.toFixed(1)},${box.y.toFixed(1)} ` +
          `${box.width.toFixed(1)} x ${box.height.toFixed(1)})`,
      );
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersects(boxes[i]!.box, boxes[j]!.box)) {
        problems.push(`"${boxes[i]!.mark.text}" overlaps "${boxes[j]!.mark.text}"`);
      }
    }
  }
  return problems;
}
