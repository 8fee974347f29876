/**
 * The story's "Notes and sources": one entry per record of content/figures.json and per derived
 * figure, generated from the data, so a new record gets its note without anyone editing the page.
 */
import { bindFigure } from './prose-figure';
import { deriveFigures, describe, periodLabel, periodQuote, type FigureSet } from './figures';
import { shownPeriod } from './periods';
import type { DeskNote } from './figure-schema';
import { readQuote } from './figure-words';
import { firstUseAnchor, type StoryOccurrences } from './story-occurrences';
import { widgetPaths } from '../lib/widget-paths';
import { qualifierWord } from './format';
import type { StatedTime } from './periods';
import { derivedNote, deskNotePlain, noteSentence, recordNote, type NoteParts } from './note-text';

/** What the notes need of a registry entry (src/widgets/registry.ts), its texts rendered. */
export interface ChartInfo {
  id: string;
  title: string;
  derived: readonly string[];
  illustrative?: string | undefined;
}

export interface FigureNote {
  id: string;
  kind: 'record' | 'derived';
  /** The entry's own id, which the numbers' popovers link to. */
  anchor: string;
  label: string;
  /** The note in plain sentences, as the number's popover has it (note-text.ts). */
  sentence: string;
  /** The same in its two parts (what and whose; the caveat or the source), which the popover sets apart. */
  parts: NoteParts;
  /** As the data holds it: "as high as 70%", "1.07%", "about 100×". */
  value: string;
  /** The article's words where the number first appears in the text: "more than 60%", "just over 1%". */
  wording: string | undefined;
  /** The hedge in words: the article's own ("more than", "exceeded") or, derived, the computed one; absent when exact. */
  hedge: string | undefined;
  /** The period's label ("H1 2025"), a forecast's in the article's words ("by 2000"), or "not stated". */
  period: string;
  /** The article's words for the period, when it gives one. */
  periodWords: string | undefined;
  /** A forecast's own date, as the article gives it ("In 1996"). */
  made: StatedTime | undefined;
  /** The article's words for the number: a span of article.txt. */
  quote: string | undefined;
  source: string;
  caveat: string | undefined;
  /** For a derived figure: the arithmetic from the records. */
  arithmetic: string | undefined;
  /** For a derived figure: whether the value as kept is rounded ("1.07%" for 1.069…%). */
  rounded: boolean;
  /** The desk's own fact check with an official figure, where there is one (shown with the sentence). */
  deskNote: DeskNote | undefined;
  /** For a derived figure: its inputs' desk notes, in full (the long version only). */
  inputDeskNotes: readonly DeskNote[];
  /** Where the number first appears: its first place in the prose, else the first chart showing it. */
  firstUse: { href: string; text: string } | undefined;
}

export interface IllustrativeNote {
  id: string;
  title: string;
  illustrative: string;
  href: string;
}

/** The id of a figure's entry in the notes. */
export const noteAnchor = (figureId: string) => `note-${figureId}`;

/**
 * The id of an entry's sentences (without its links): what a number in the prose is described by, and what
 * its popover is made from (src/components/prose/figure-notes.ts), so the words are in the page once.
 */
export const noteBodyId = (figureId: string) => `note-${figureId}-body`;
/** The id of a chart's figure in the story, its title at the top. */
const chartAnchor = (widgetId: string) => widgetPaths(widgetId).anchor;

/** Every record's and every derived figure's entry; `set` in any order (the collection's is alphabetical). */
export function figureNotes(set: FigureSet, story: StoryOccurrences, charts: readonly ChartInfo[]): FigureNote[] {
  const placed = charts.filter((chart) => story.widgets.includes(chart.id));
  placed.sort((a, b) => story.widgets.indexOf(a.id) - story.widgets.indexOf(b.id));
  const firstUse = (id: string): FigureNote['firstUse'] => {
    const occurrence = story.figures.find((o) => o.props.id === id);
    if (occurrence) {
      const bound = bindFigure(set, occurrence.props);
      return { href: `#${firstUseAnchor(id)}`, text: bound.hedge ? `${bound.hedge} ${bound.text}` : bound.text };
    }
    const chart = placed.find((c) => c.derived.includes(id));
    return chart ? { href: `#${chartAnchor(chart.id)}`, text: `the chart “${chart.title}”` } : undefined;
  };
  const wording = (id: string) => (story.figures.some((o) => o.props.id === id) ? firstUse(id)?.text : undefined);

  const records: FigureNote[] = Object.values(set).map((record) => ({
    id: record.id,
    kind: 'record',
    anchor: noteAnchor(record.id),
    label: record.label,
    // The desk's note is set beside the sentence by the page, its Chinese names marked (DeskNote.astro).
    sentence: noteSentence(recordNote(record, { desk: false })),
    parts: recordNote(record, { desk: false }),
    value: describe(record),
    wording: wording(record.id),
    hedge: readQuote(record).hedge ?? (qualifierWord(record.qualifier) || undefined),
    period: shownPeriod(record.period, record.made),
    periodWords: periodQuote(record.period),
    made: record.made,
    quote: record.quote,
    source: record.source,
    caveat: record.caveat,
    arithmetic: undefined,
    rounded: false,
    deskNote: record.deskNote,
    inputDeskNotes: [],
    firstUse: firstUse(record.id),
  }));
  const computed: FigureNote[] = deriveFigures(set).map((d) => ({
    id: d.id,
    kind: 'derived',
    anchor: noteAnchor(d.id),
    label: d.label,
    sentence: noteSentence(derivedNote(d)),
    parts: derivedNote(d),
    value: describe(d),
    wording: wording(d.id),
    hedge: qualifierWord(d.qualifier) || undefined,
    period: periodLabel(d.period),
    periodWords: periodQuote(d.period),
    made: undefined,
    quote: d.quote,
    source: d.source,
    // A number computed from an unverified one is no better verified: its inputs' caveats go with it.
    caveat: d.caveats.length > 0 ? d.caveats.join(' ') : undefined,
    arithmetic: d.arithmetic,
    rounded: d.rounded,
    deskNote: undefined,
    inputDeskNotes: d.deskNotes,
    firstUse: firstUse(d.id),
  }));
  // In reading order: the records, then the computed figures, each by where the reader first meets them.
  const position = (id: string) => {
    const inText = story.figures.findIndex((o) => o.props.id === id);
    return inText >= 0 ? inText : Number.MAX_SAFE_INTEGER;
  };
  const byReading = (a: FigureNote, b: FigureNote) => position(a.id) - position(b.id);
  return [...records.sort(byReading), ...computed.sort(byReading)];
}

/**
 * The long version of a note ("Each figure in full"), each fact on its own line: the article's words, the
 * value as kept, the hedge, the period (and a forecast's date), the source, the arithmetic, the caveat. A
 * figure the article states without a hedge is not called "exact" (the 99% is a rhetorical figure, and a
 * computed share is rounded): the line says there is no hedge in the article's words, or that it is computed.
 */
export function noteDetails(note: FigureNote): [term: string, text: string][] {
  const derived = note.kind === 'derived';
  const hedge = note.hedge
    ? `“${note.hedge}”`
    : derived
      ? `none in its inputs; computed${note.rounded ? ', and rounded as shown' : ''}`
      : 'none in the article’s words';
  const period = !note.periodWords
    ? note.period
    : note.period === note.periodWords
      ? `“${note.periodWords}”, the article’s words`
      : `${note.period} (${derived ? 'from its inputs' : 'the article'}: “${note.periodWords}”)`;
  return [
    ['The article’s words', note.quote ? `“${note.quote}”` : 'none: computed on this page'],
    ['As kept on this page', note.value],
    ['Hedge', hedge],
    ['Period', period],
    ...(note.made ? [['Made', `${note.made.label} (the article: “${note.made.quote}”)`] as [string, string]] : []),
    ['Source', note.source],
    ...(note.arithmetic ? [['Arithmetic', note.arithmetic] as [string, string]] : []),
    ...(note.caveat ? [['Caveat', note.caveat] as [string, string]] : []),
    ...note.inputDeskNotes.map((desk): [string, string] => [
      'The desk’s note, on an input',
      deskNotePlain(desk, { label: false }),
    ]),
  ];
}

/** The charts in the story that draw proportions the article does not give, in reading order. */
export function illustrativeNotes(story: StoryOccurrences, charts: readonly ChartInfo[]): IllustrativeNote[] {
  return story.widgets.flatMap((id) => {
    const chart = charts.find((c) => c.id === id);
    return chart?.illustrative
      ? [{ id, title: chart.title, illustrative: chart.illustrative, href: `#${chartAnchor(id)}` }]
      : [];
  });
}
