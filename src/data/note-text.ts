/**
 * What a figure's note says, in plain sentences: the number's popover in the prose and its entry in
 * "Notes and sources" read the same. A record: who the article says it comes from, the article's own words
 * for it, when, what to know before reusing it, and the desk's official figure where there is one. A derived
 * figure: its arithmetic, with hedges, and who computed it from whose figures.
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

const joined = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

/**
 * "IDC, as the article cites it: “a year-on-year increase of nearly 20%”, in the first half of 2025."
 * When the data no longer holds the quote's number (a correction), it says what the page keeps. The aside
 * is the record's caveat, fact checks included, then the desk's note (deskNotePlain) unless `desk` is false:
 * "Notes and sources" sets the desk's note itself, with its Chinese names marked as Chinese (DeskNote.astro).
 */
export function recordNote(f: Figure, options: { desk?: boolean } = {}): NoteParts {
  const times = [periodQuote(f.period), f.made?.quote].filter(
    (words): words is string => words !== undefined && !f.quote.includes(words),
  );
  let text = `${f.source}: “${f.quote}”${times.map((words) => `, ${inText(words)}`).join('')}.`;
  if (!readQuote(f).states) text += ` This page keeps ${describe(f)}.`;
  const desk = options.desk !== false && f.deskNote ? deskNotePlain(f.deskNote) : undefined;
  return { text, aside: joined([f.caveat, desk]) };
}

/**
 * "Calculation: 1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%." and who computed it from whose
 * figures: "Computed from IDC’s figures, as the article cites them." (the share is this page's arithmetic,
 * not IDC's number).
 */
export function derivedNote(d: DerivedFigure): NoteParts {
  let text = `Calculation: ${d.arithmetic}.`;
  if (d.quote) text += ` The article writes “${d.quote}”.`;
  return { text, aside: `${d.source}.` };
}

/** The note as one run of text. */
export function noteSentence(parts: NoteParts): string {
  return parts.aside ? `${parts.text} ${parts.aside}` : parts.text;
}

/** The desk's fact check in its parts, so the page can mark the Chinese names as Chinese. */
export interface DeskNoteText {
  /** "The desk’s note: the Ministry of Information Industry counted 65 million mobile phone users …" */
  text: string;
  /** The same without "The desk’s note: ", for a line already labelled as the desk's. */
  fact: string;
  publisher: string;
  publisherNative: string;
  published: string;
  headline: string;
}

export function deskNoteText(note: DeskNote): DeskNoteText {
  const fact =
    `${note.by} counted ${formatValue(note.value, note.unit, { bare: true })} ${note.counted} ` +
    `as of ${formatDay(note.asOf)} (${note.announcedBy}, ${formatDay(note.announced)}).`;
  return {
    text: `The desk’s note: ${fact}`,
    fact,
    publisher: note.publisher,
    publisherNative: note.publisherNative,
    published: formatDay(note.published),
    headline: note.headline,
  };
}

/** The desk's note as one line of text, Chinese names included (the CSV's desk_note, plain-text readers). */
export function deskNoteLine(note: DeskNote): string {
  const t = deskNoteText(note);
  return `${t.text} Source: ${t.publisher} (${t.publisherNative}), ${t.published}, “${t.headline}”.`;
}

/**
 * The same without the Chinese names, for the number's popover: its text cannot mark a language, and a
 * screen reader would read 光明日报 in an English voice. "Notes and sources" gives the names.
 */
export function deskNotePlain(note: DeskNote, options: { label?: boolean } = {}): string {
  const t = deskNoteText(note);
  return `${options.label === false ? t.fact : t.text} Source: ${t.publisher}, ${t.published}.`;
}

/**
 * The desk's note in a few words, for a source line: "the Ministry of Information Industry counted 65 million
 * mobile phone users in China as of 20 September 2000 (Guangming Daily, 26 September 2000)".
 */
export function deskNoteShort(note: DeskNote): string {
  const t = deskNoteText(note);
  return (
    `${note.by} counted ${formatValue(note.value, note.unit, { bare: true })} ${note.counted} as of ` +
    `${formatDay(note.asOf)} (${t.publisher}, ${t.published})`
  );
}
