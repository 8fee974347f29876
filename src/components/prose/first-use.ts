import { storyOccurrences } from '../../data/story-occurrences';

const seen = new Map<string, number>();

/**
 * Whether this <Figure /> is its figure's first in the story, where the notes link back to. The MDX
 * plugin gives a place only to the line, and a paragraph is one line that may hold the same figure
 * twice, so the renders on that line are counted: modulo their number, so that the dev server, which
 * renders the page again and again, keeps finding the first one.
 */
export function isFirstUse(figureId: string, file: string | undefined): boolean {
  if (file === undefined) return false;
  const occurrences = storyOccurrences().figures.filter((o) => o.props.id === figureId);
  if (occurrences[0]?.file !== file) return false;
  const onLine = occurrences.filter((o) => o.file === file).length;
  const key = `${figureId} ${file}`;
  const nth = ((seen.get(key) ?? 0) % onLine) + 1;
  seen.set(key, nth);
  return nth === 1;
}
