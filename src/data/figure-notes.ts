/**
 * The story's "Notes and sources": one entry per record of content/figures.json and per derived
 * figure, generated from the data, so a new record gets its note without anyone editing the page.
 */
import { bindFigure } from './prose-figure';
import { deriveFigures, describe, type FigureSet } from './figures';
import { firstUseAnchor, type StoryOccurrences } from './story-occurrences';
import { formatValue, qualifierWord } from './format';

/** What the notes need of a registry entry (src/widgets/registry.ts). */
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
  /** As the data holds it: "as high as 70%", "1.07%". */
  value: string;
  /** The article's words where the number first appears: "more than 60%", "just over 1%". */
  wording: string | undefined;
  /** The article's hedge in words ("as high as"), absent for an exact figure. */
  hedge: string | undefined;
  period: string;
  source: string;
  caveat: string | undefined;
  /** For a derived figure: the arithmetic from the records. */
  arithmetic: string | undefined;
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
/** The id of a chart's title in the story (src/components/widget/WidgetFrame.astro). */
const chartAnchor = (widgetId: string) => `${widgetId}-title`;

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
    value: describe(record),
    wording: wording(record.id),
    hedge: qualifierWord(record.qualifier) || undefined,
    period: record.period,
    source: record.source,
    caveat: record.caveat,
    arithmetic: undefined,
    firstUse: firstUse(record.id),
  }));
  const computed: FigureNote[] = deriveFigures(set).map((d) => ({
    id: d.id,
    kind: 'derived',
    anchor: noteAnchor(d.id),
    label: d.label,
    value: formatValue(d.value, d.unit),
    wording: wording(d.id),
    hedge: undefined,
    period: d.period,
    source: d.source,
    caveat: undefined,
    arithmetic: d.arithmetic,
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

/** The charts in the story that draw proportions the article does not give, in reading order. */
export function illustrativeNotes(story: StoryOccurrences, charts: readonly ChartInfo[]): IllustrativeNote[] {
  return story.widgets.flatMap((id) => {
    const chart = charts.find((c) => c.id === id);
    return chart?.illustrative
      ? [{ id, title: chart.title, illustrative: chart.illustrative, href: `#${chartAnchor(id)}` }]
      : [];
  });
}
