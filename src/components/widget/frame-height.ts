/**
 * The height an embed frame starts at before the loader (or pym.js, or WordPress) measures the page:
 * the widget's own layout at the frame's width plus its furniture, estimated from the type scale. It
 * mirrors WidgetFrame.astro's and the embed page's CSS (sizes in rem, line heights); the browser test
 * in tests/e2e/chart-layout.spec.ts holds the estimate to the real page at 640 px, never short and at
 * most about 100 px long, so a CMS that strips the loader still shows the whole widget.
 */
import type { FigureSet } from '../../data/figures';
import { lineCount, textWidthPx } from '../../widgets/kit/text';
import type { ShownWidget } from '../../widgets/types';

/** The column journalists embed into most: the frame's width the starting height is made for. */
export const EMBED_WIDTH = 640;

/** The root font size (global.css: clamp(1.0625rem, 0.98rem + 0.35vw, 1.25rem)) at a viewport width. */
export function rootFontPx(viewport: number): number {
  return Math.min(20, Math.max(17, 0.98 * 16 + 0.0035 * viewport));
}

/** The embed page's side padding (embed/[id]/index.astro: 0 6px 6px). */
const PAGE_PADDING = 6;

function textBlock(text: string, px: number, lineHeight: number, width: number, bold = false): number {
  return lineCount(text, px, width, bold) * px * lineHeight;
}

/** The starting height of `entry`'s embed frame at `viewport` px (640 unless said). */
export function startHeight(entry: ShownWidget, figures: FigureSet, viewport = EMBED_WIDTH): number {
  const rem = rootFontPx(viewport);
  const column = viewport - 2 * PAGE_PADDING;
  const small = 0.8 * rem;
  let height = 0.75 * rem + 1; // the frame's top padding and rule
  height += textBlock(entry.title, 1.15 * rem, 1.25, column, true) + 0.75 * rem;
  height += entry.bodyHeight(figures, column, rem);
  if (entry.illustrative) height += 0.5 * rem + textBlock(`Illustrative: ${entry.illustrative}`, small, 1.45, column);
  height += (entry.illustrative ? 0.15 : 0.5) * rem + textBlock(`Source: ${entry.source}`, small, 1.45, column);
  height += 0.25 * rem + 2.75 * rem; // the row of tools
  height += 0.5 * rem + small * 1.45; // "From the story" under it
  height += PAGE_PADDING + 0.25 * rem; // the page's bottom padding and the frame's
  // A few pixels of room: wrapped lines the estimate could count one short.
  return Math.ceil(height + 16);
}

/** What a retired graphic's page shows (RetiredFrame.astro), for its starting height. */
export interface RetiredLayout {
  title: string;
  /** The retired line, then any correction lines. */
  notices: readonly string[];
  /** The table's rows: label, value as read, period. Empty when the page shows its statement. */
  rows: readonly { label: string; display: string; period: string }[];
  statement?: string | undefined;
  source: string;
  /** The link lines under the source ("Read it in the story …", "Its numbers are now in …"). */
  links: readonly string[];
}

/**
 * The starting height of a retired graphic's frame at `viewport` px, from RetiredFrame.astro's and
 * DataTable.astro's CSS as startHeight() does for a live one: never short (the table's columns
 * estimated as auto layout shares them), a little long rather than cut where scripts are stripped.
 */
export function retiredStartHeight(layout: RetiredLayout, viewport = EMBED_WIDTH): number {
  const rem = rootFontPx(viewport);
  const column = viewport - 2 * PAGE_PADDING;
  const body = 0.9 * rem;
  const small = 0.8 * rem;
  let height = 0.75 * rem + 1;
  height += textBlock(layout.title, 1.15 * rem, 1.25, column, true) + 0.75 * rem;
  for (const notice of layout.notices) height += textBlock(notice, body, 1.45, column) + 0.5 * rem;
  if (layout.rows.length > 0) {
    // Auto table layout, roughly: the value column is as wide as its longest value (it never wraps,
    // DataTable.astro); label and period share the rest in proportion to their longest text, so a short
    // period ("H1 2025") still wraps once the labels are long.
    const cell = 0.7 * rem + 1;
    const pad = 0.5 * rem;
    const widest = (texts: string[]) => Math.max(...texts.map((text) => textWidthPx(text, body))) + pad;
    const valueWidth = widest(['Value', ...layout.rows.map((row) => row.display)]);
    const labelMax = widest(['Figure', ...layout.rows.map((row) => row.label)]);
    const periodMax = widest(['Period', ...layout.rows.map((row) => row.period)]);
    const rest = column - valueWidth;
    const share = labelMax + periodMax <= rest ? 1 : rest / (labelMax + periodMax);
    height += textBlock('The figures this graphic showed', body, 1.45, column) + 0.35 * rem;
    height += body * 1.45 + cell;
    for (const row of layout.rows) {
      const lines = Math.max(
        lineCount(row.label, body, labelMax * share - pad),
        lineCount(row.period, body, periodMax * share - pad),
      );
      height += lines * body * 1.45 + cell;
    }
  } else if (layout.statement) {
    height += textBlock(layout.statement, body, 1.45, column);
  }
  height += 0.5 * rem + textBlock(`Source: ${layout.source}`, small, 1.45, column);
  for (const link of layout.links) height += 0.5 * rem + textBlock(link, small, 1.45, column);
  height += PAGE_PADDING + 0.25 * rem;
  return Math.ceil(height + 16);
}
