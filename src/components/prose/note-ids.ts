const counts = new Map<string, number>();

/** A page-unique id for a bound number's note: several sentences bind the same figure. */
export function nextNoteId(figureId: string): string {
  const n = (counts.get(figureId) ?? 0) + 1;
  counts.set(figureId, n);
  return `figure-note-${figureId}-${n}`;
}
