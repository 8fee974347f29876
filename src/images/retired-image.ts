/**
 * The static image of a retired graphic (image.png, image.svg and the picture in its card): what its page
 * shows, framed like every chart image. Its drawing is gone, so the body is its records' table (the same
 * rows as its page's table, src/widgets/data-rows.ts) or, for a graphic without records, its statement.
 */
import {
  framedImage,
  IMAGE_COLUMN,
  IMAGE_TEXT,
  imageColour,
  textLines,
  wrapText,
  type WidgetImage,
} from './widget-image';
import type { DataRow } from '../widgets/data-rows';
import type { ShownRetired } from '../widgets/retired';

const VALUE_X = 340;
const ROW_GAP = 12;

function tableBody(rows: readonly DataRow[]) {
  const { body, small } = IMAGE_TEXT;
  const labelWidth = VALUE_X - 20;
  const valueWidth = IMAGE_COLUMN - VALUE_X;
  let height = 0;
  const placed = rows.map((row) => {
    const label = wrapText(row.label, body, labelWidth);
    const value = wrapText(row.display, { ...body, weight: 700 }, valueWidth);
    const period = wrapText(row.period, small, valueWidth);
    const rowHeight = Math.max(
      label.length * body.lineHeight,
      value.length * body.lineHeight + period.length * small.lineHeight,
    );
    const top = height;
    height += rowHeight + ROW_GAP;
    return { label, value, period, top, rowHeight };
  });
  return {
    height,
    markup: (x: number, y: number) => {
      const parts: string[] = [];
      for (const row of placed) {
        const top = y + row.top;
        parts.push(textLines(row.label, body, top, 'image-row-label', x));
        parts.push(textLines(row.value, { ...body, weight: 700 }, top, 'image-row-value', x + VALUE_X));
        parts.push(
          textLines(row.period, small, top + row.value.length * body.lineHeight, 'image-row-period', x + VALUE_X),
        );
        const rule = top + row.rowHeight + ROW_GAP / 2;
        parts.push(
          `<line x1="${x}" x2="${x + IMAGE_COLUMN}" y1="${rule.toFixed(2)}" y2="${rule.toFixed(2)}" class="image-row-rule"/>`,
        );
      }
      return parts.join('\n');
    },
  };
}

function statementBody(statement: string) {
  const lines = wrapText(statement, IMAGE_TEXT.body, IMAGE_COLUMN);
  return {
    height: lines.length * IMAGE_TEXT.body.lineHeight,
    markup: (x: number, y: number) => textLines(lines, IMAGE_TEXT.body, y, 'image-row-label', x),
  };
}

/**
 * `retiredLine` says when it left the story, `corrections` are the dated lines of corrections to its figures;
 * `rows` its table (empty for a graphic without records, which shows its statement instead).
 */
export function retiredImage(
  entry: ShownRetired,
  rows: readonly DataRow[],
  retiredLine: string,
  corrections: readonly string[] = [],
): WidgetImage {
  const body = rows.length > 0 ? tableBody(rows) : statementBody(entry.statement ?? '');
  return framedImage({
    title: entry.title,
    description: `${entry.description} ${retiredLine}`,
    notes: [retiredLine, ...corrections].map((text) => ({ text, kind: 'notice' as const })),
    body,
    source: entry.source,
    css: [
      `.image-row-label{fill:${imageColour('--c-fg')}}`,
      `.image-row-value{fill:${imageColour('--c-fg')}}`,
      `.image-row-period{fill:${imageColour('--c-muted')}}`,
      `.image-row-rule{stroke:${imageColour('--c-rule')};stroke-width:0.5}`,
    ],
  });
}
