/** One entry of the table of contents. */
export interface TocItem {
  anchor: string;
  number: string | null;
  title: string;
}

export interface SectionBox {
  anchor: string;
  /** Top and bottom of the section relative to the viewport, in px. */
  top: number;
  bottom: number;
}

/**
 * The section the reader is in: the last one whose top has passed the reading line
 * (a third of the way down the viewport). Before the first section, none.
 */
export function currentSection(boxes: readonly SectionBox[], viewportHeight: number): string | null {
  const line = viewportHeight / 3;
  let current: string | null = null;
  for (const box of boxes) {
    if (box.top <= line) current = box.anchor;
  }
  const last = boxes.at(-1);
  if (last && last.bottom < line) return null;
  return current;
}

/** How far through the story the reader is, 0..1, from the story's box. */
export function readingProgress(storyTop: number, storyHeight: number, viewportHeight: number): number {
  const travel = storyHeight - viewportHeight;
  if (!(travel > 0)) return storyTop <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -storyTop / travel));
}

export function tocLabel(item: TocItem): string {
  return item.number ? `${item.number} ${item.title}` : item.title;
}

/**
 * Where the contents get the left margin and stay on screen (index.astro switches at the same width).
 * Narrower, a one-line "Contents" disclosure above the story stands in for them, so there is nothing for
 * the island to follow and it is not hydrated: a phone downloads no script to read the story.
 */
export const SIDE_COLUMN_MEDIA = '(min-width: 90rem)';
