/**
 * What a figure's note says, in plain sentences: the number's popover in the prose and its entry in
 * "Notes and sources" read the same. A record: who the article says it comes from, the article's own words
 * for it, when, and what to know before reusing it. A derived figure: its arithmetic, with hedges.
 */
import type { DeskNote, Figure } from './figure-schema';
import { describe, periodQuote, type DerivedFigure } from './figures';
import { readQuote } from './figure-words';
import { formatDay, formatValue } from './format';

/** A time the article gives, set into running text: its words, first letter lowered ("after the Qwen …"). */
const inText = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** A note in two parts: what the number is, and what goes with it (a caveat, or a derived figure's source). */
export interface NoteParts {
  text: string;
  aside: string | undefined;
}

/**
 * "IDC’s latest data, as the article cites it: “a year-on-year increase of nearly 20%”, in the first half
 * of 2025." When the data no longer holds the quote's number (a correction), it says what the page keeps.
 * The aside is the record's caveat, fact checks included.
 */
export function recordNote(f: Figure): NoteParts {
  const times = [periodQuote(f.period), f.made?.quote].filter(
    (words): words is string => words !== undefined && !f.quote.includes(words),
  );
  let text = `${f.source}: “${f.quote}”${times.map((words) => `, ${inText(words)}`).join('')}.`;
  if (!readQuote(f).states) text += ` This page keeps ${describe(f)}.`;
  return { text, aside: f.caveat };
}

/** "Calculation: over 100 million users ÷ about 1 million users = about 100×." and its sources. */
export function derivedNote(d: DerivedFigure): NoteParts {
  let text = `Calculation: ${d.arithmetic}.`;
  if (d.quote) text += ` The article writes “${d.quote}”.`;
  // "Source: the article’s hypothetical example": a source that opens with "The" reads on after the colon.
  const sources = d.sources.map((source) => source.replace(/^The /, 'the '));
  return { text, aside: `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}.` };
}

/** The note as one run of text. */
export function noteSentence(parts: NoteParts): string {
  return parts.aside ? `${parts.text} ${parts.aside}` : parts.text;
}

/** The desk's fact check in its parts, so the page can mark the Chinese names as Chinese. */
export interface DeskNoteText {
  /** "The desk’s note: the Ministry of Information Industry counted 65 million mobile phone users …" */
  text: string;
  publisher: string;
  publisherNative: string;
  published: string;
  headline: string;
}

export function deskNoteText(note: DeskNote): DeskNoteText {
  return {
    text:
      `The desk’s note: ${note.by} counted ${formatValue(note.value, note.unit, { bare: true })} ${note.counted} ` +
      `as of ${formatDay(note.asOf)} (${note.announcedBy}, ${formatDay(note.announced)}).`,
    publisher: note.publisher,
    publisherNative: note.publisherNative,
    published: formatDay(note.published),
    headline: note.headline,
  };
}

/** The desk's note as one line of text (for the generated-text tests and plain-text readers). */
export function deskNoteLine(note: DeskNote): string {
  const t = deskNoteText(note);
  return `${t.text} Source: ${t.publisher} (${t.publisherNative}), ${t.published}, “${t.headline}”.`;
}
