/**
 * Change any record, and every text the project writes that stated its number states the new one, or the
 * generation fails with a claim error: for every record of content/figures.json, not one example.
 *
 * "Every text" is what the build writes from the data, made here by the same functions: the registry's
 * titles, descriptions, sources and notes as shown; each chart's server-rendered labels, <title> and
 * <desc> at three widths; the data tables and each data.csv; each image.svg and share card; each oEmbed
 * file and widgets.json; the same for every retired graphic (src/widgets/retired.ts: its page's texts and
 * table, data.csv, image.svg, card, oEmbed file and widgets.json entry); the key points; the numbers' notes and "Notes and sources"; the page's
 * description and its share card's alt text. The article's own words (its paragraphs, and the quotes the
 * notes and the CSV carry) are the article's, not ours, and are left out.
 *
 * Each record is changed twice: one step in the last digit the page shows (claims such as "just over 1%"
 * still hold, so the texts must be regenerated), and by about a third (claims break, so the generation
 * must fail with a ClaimError). A number is found in a text only whole ("1 million" is not in
 * "100 million"), in the forms the site writes it ("120.669 billion", "20%", "100×", "100 times").
 */
import { describe, expect, it } from 'vitest';
import { article } from '../../src/data/article';
import { renderBound } from '../../src/data/bound-text';
import { ClaimError } from '../../src/data/claims';
import type { Figure } from '../../src/data/figure-schema';
import { figureNotes, illustrativeNotes, noteDetails } from '../../src/data/figure-notes';
import { DERIVED_IDS, derived, toFigureSet, type FigureSet, type Stated } from '../../src/data/figures';
import { formatValue, roundedAsShown } from '../../src/data/format';
import { KEY_POINTS, keyPointText } from '../../src/data/key-points';
import { deskNoteLine } from '../../src/data/note-text';
import { bindFigure } from '../../src/data/prose-figure';
import { LEAD_WIDGET_ID, storyCardAlt } from '../../src/data/share';
import { storyOccurrences } from '../../src/data/story-occurrences';
import { startHeight } from '../../src/components/widget/frame-height';
import { liveGraphic } from '../../src/components/widget/live-graphic';
import { retiredGraphic } from '../../src/components/widget/retired-graphic';
import { oembedFor } from '../../src/embed/oembed';
import { widgetsJson } from '../../src/embed/widgets-json';
import { chartCardSvg } from '../../src/images/share-card';
import { plainNumber } from '../../src/lib/csv';
import { widgetCsv } from '../../src/widgets/data-csv';
import { dataRows, figuresFor } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';
import { RETIRED_WIDGETS, type RetiredEntry } from '../../src/widgets/retired';
import { retiredCsv } from '../../src/widgets/retired-csv';
import type { WidgetEntry } from '../../src/widgets/types';
import { showWidget, showWidgets, shownById } from '../../src/widgets/widget-text';
import { chartSvgs, renderView } from '../support/chart-render';
import { chartLabels } from '../support/label-hedges';
import { FIGURE_SET } from '../support/shown-widgets';
import { parseStrictCsv } from '../support/strict-csv';

const SITE = 'https://example.org';
const records = Object.values(FIGURE_SET);
const story = storyOccurrences();

/** One text the project writes, by where it is written; `csv` pieces may state a number as plain digits. */
interface Piece {
  where: string;
  text: string;
  csv?: boolean | undefined;
}

/** The derived figures made from a record. */
const derivedFrom = (set: FigureSet, id: string) =>
  DERIVED_IDS.map((d) => derived(set, d)).filter((d) => d.inputs.includes(id));

/** The graphics that state a record: they draw it, or a figure derived from it. */
function stating<Entry extends Pick<WidgetEntry, 'figures' | 'derived'>>(
  entries: readonly Entry[],
  id: string,
): Entry[] {
  const from = derivedFrom(FIGURE_SET, id).map((d) => d.id);
  return entries.filter((w) => w.figures.includes(id) || w.derived.some((d) => from.includes(d)));
}
const widgetsStating = (id: string) => stating(WIDGETS as readonly WidgetEntry[], id);
const retiredStating = (id: string) => stating(RETIRED_WIDGETS as readonly RetiredEntry[], id);

/** The article's own words, which the notes and files quote: not ours to change. */
function withoutQuotes(set: FigureSet, text: string): string {
  const quotes = [...Object.values(set).map((r) => r.quote), ...DERIVED_IDS.map((d) => derived(set, d).quote)];
  let rest = text;
  for (const quote of quotes) if (quote) rest = rest.replaceAll(`“${quote}”`, '“…”');
  return rest;
}

const textOf = (svg: string) =>
  chartLabels(svg.replace(/<svg\b[^>]*class="[^"]*chart-svg[^"]*"[^>]*>/g, '<svg class="chart-svg">')).join(' | ');

/**
 * Every text the project writes that may state a number of `widgets` and of the `retired` graphics, and
 * all the story's own.
 */
function generate(set: FigureSet, widgets: readonly WidgetEntry[], retired: readonly RetiredEntry[]): Piece[] {
  const pieces: Piece[] = [];
  const add = (where: string, text: string | undefined, csv = false) => {
    if (text) pieces.push({ where, text: withoutQuotes(set, text), csv });
  };

  // The story: its description, its card's alt text, the key points, every note.
  add('page description', renderBound(article.description, set, 'src/data/article.ts: field "description"'));
  add('story card alt', storyCardAlt(shownById(LEAD_WIDGET_ID, set)));
  KEY_POINTS.forEach((point, i) => add(`key point ${i + 1}`, keyPointText(point, i, set)));
  const shown = showWidgets(set);
  for (const note of figureNotes(set, story, shown)) {
    const desk = note.deskNote ? deskNoteLine(note.deskNote) : undefined;
    add(
      `notes: ${note.id}`,
      [note.sentence, desk, ...noteDetails(note).map(([term, text]) => `${term}: ${text}`)].join(' | '),
    );
  }
  for (const note of illustrativeNotes(story, shown)) add(`notes: ${note.id} (illustrative)`, note.title);
  story.figures.forEach((occurrence, i) => {
    const bound = bindFigure(set, occurrence.props);
    const note = [bound.hedge, bound.text, bound.value, bound.note.text, bound.note.aside].join(' | ');
    add(`${occurrence.file} #${i}: the number and its popover`, note);
  });
  const json = widgetsJson(
    set,
    SITE,
    { live: startHeight, retired: (entry) => retiredGraphic(entry, set, SITE, '/').height },
    '/',
  );

  // Each widget that states the record: its texts in every file the build writes.
  for (const registered of widgets) {
    const entry = showWidget(registered, set);
    const id = entry.id;
    add(
      `${id}: title, description, source, note`,
      [entry.title, entry.description, entry.imageDescription, entry.source, entry.illustrative].join(' | '),
    );
    for (const width of [320, 640, 1000]) {
      add(
        `${id}: chart at ${width} px`,
        chartSvgs(renderView(entry, set, width))
          .map(textOf)
          .join(' || '),
      );
    }
    const rows = dataRows(entry, set);
    add(`${id}: data table`, rows.map((r) => `${r.label} | ${r.display} | ${r.period}`).join(' || '));
    if (rows.length > 0) {
      const [header, ...cells] = parseStrictCsv(widgetCsv(entry, set).slice(1));
      const wording = header!.indexOf('article_wording');
      cells.forEach((row, i) =>
        add(`${id}: data.csv row ${i + 1}`, row.filter((_, c) => c !== wording).join(' | '), true),
      );
    }
    const figures = figuresFor(entry, set);
    // As the build makes them (src/pages/embed/[id]/): the image with any correction line, the card from it.
    const graphic = liveGraphic(registered, set);
    add(`${id}: page notices`, graphic.corrections.join(' | '));
    add(`${id}: image.svg`, textOf(graphic.image.svg));
    add(`${id}: card.png`, textOf(chartCardSvg(entry.title, graphic.image)));
    const oembed = oembedFor(entry, startHeight(entry, figures), SITE, graphic.image, '/', graphic.titleMark);
    add(`${id}: oembed.json`, [oembed.title, oembed.html.replace(/<[^>]+>/g, ' ')].join(' | '));
    const listed = json.widgets.find((w) => w.id === id)!;
    add(
      `${id}: widgets.json`,
      [listed.title, listed.description, listed.imageDescription, ...listed.corrections.map((c) => c.line)].join(' | '),
    );
  }

  // Each retired graphic that states the record: its page, its files, its widgets.json entry.
  for (const registered of retired) {
    const graphic = retiredGraphic(registered, set, SITE, '/');
    const { entry } = graphic;
    const id = `${entry.id} (retired)`;
    add(
      `${id}: page`,
      [
        entry.title,
        entry.description,
        graphic.retiredLine,
        ...graphic.corrections,
        entry.statement,
        entry.source,
        graphic.successor?.title,
      ].join(' | '),
    );
    add(`${id}: data table`, graphic.rows.map((r) => `${r.label} | ${r.display} | ${r.period}`).join(' || '));
    const [header, ...cells] = parseStrictCsv(retiredCsv(registered, set).slice(1));
    const wording = header!.indexOf('article_wording');
    cells.forEach((row, i) =>
      add(`${id}: data.csv row ${i + 1}`, row.filter((_, c) => c !== wording).join(' | '), true),
    );
    add(`${id}: image.svg`, textOf(graphic.image.svg));
    add(`${id}: card.png`, textOf(chartCardSvg(entry.title, graphic.image)));
    const oembed = oembedFor(entry, graphic.height, SITE, graphic.image, '/', graphic.titleMark);
    add(`${id}: oembed.json`, [oembed.title, oembed.html.replace(/<[^>]+>/g, ' ')].join(' | '));
    const listed = json.retired.find((w) => w.id === entry.id)!;
    add(
      `${id}: widgets.json`,
      [listed.title, listed.description, ...listed.corrections.map((c) => c.line)].join(' | '),
    );
  }
  return pieces;
}

/**
 * The forms in which the site writes a number: "120.669 billion", "20%", "100×", "100 times" (a ratio at
 * every rounding a view uses: the calculator writes 13.7 as "14×"); in a data.csv, also its plain digits
 * as a whole cell ("120669000000", "1.07").
 */
function forms(f: Stated): { written: string[]; cells: string[] } {
  const written =
    f.unit === 'times'
      ? [0, 1, 2].flatMap((digits) => [
          formatValue(f.value, 'times', { digits }),
          formatValue(f.value, 'times', { digits, words: true }),
        ])
      : [formatValue(f.value, f.unit, { bare: true, unsigned: true })];
  const cells = [plainNumber(f.value), plainNumber(roundedAsShown(f.value, f.unit))];
  return { written: [...new Set(written)], cells: [...new Set(cells)] };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (found: readonly string[]) =>
  [...found]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** How often the number stands whole in the piece ("1 million" is not in "100 million"); digits only as a cell. */
function count(piece: { text: string; csv?: boolean | undefined }, f: ReturnType<typeof forms>): number {
  const whole = new RegExp(`(?<![\\d.,])(?:${alternation(f.written)})(?![.,]?\\d)`, 'g');
  let n = [...piece.text.matchAll(whole)].length;
  if (piece.csv) n += piece.text.split(' | ').filter((cell) => f.cells.includes(cell)).length;
  return n;
}

/** The same forms in both: a change too small to show (100.001 million ÷ 1 million is still "100×"). */
const sameForms = (a: ReturnType<typeof forms>, b: ReturnType<typeof forms>) =>
  a.written.some((w) => b.written.includes(w)) || a.cells.some((c) => b.cells.includes(c));

/** The record changed: one step in the last digit shown, or by about a third (a share: down to 37%). */
function changed(record: Figure, how: 'step' | 'third'): number {
  if (how === 'third') return record.unit === 'percent' ? record.value * 0.37 : record.value * 1.37;
  const step = record.unit === 'percent' ? 0.01 : record.unit === 'percent-change' ? 0.1 : undefined;
  if (step !== undefined) return record.value + step;
  const scale = [1e12, 1e9, 1e6].find((s) => Math.abs(record.value) >= s) ?? 1;
  return record.value + (scale === 1 ? 1 : 0.001 * scale);
}

describe('change any record, and every text that stated its number states the new one, or the build fails', () => {
  const original = new Map<string, Piece[]>();
  const stating = (id: string) => {
    if (!original.has(id)) original.set(id, generate(FIGURE_SET, widgetsStating(id), retiredStating(id)));
    return original.get(id)!;
  };

  it('reads the texts it compares: every widget, every retired graphic, every note, the key points', () => {
    const all = generate(FIGURE_SET, WIDGETS, RETIRED_WIDGETS);
    const where = all.map((p) => p.where);
    for (const entry of WIDGETS) {
      for (const file of [
        'chart at 320 px',
        'data.csv row 1',
        'image.svg',
        'card.png',
        'oembed.json',
        'widgets.json',
      ]) {
        if (file.startsWith('data.csv') && entry.figures.length + entry.derived.length === 0) continue;
        expect(where, `${entry.id}: ${file}`).toContain(`${entry.id}: ${file}`);
      }
    }
    for (const entry of RETIRED_WIDGETS as readonly RetiredEntry[]) {
      const id = `${entry.id} (retired)`;
      for (const file of ['page', 'image.svg', 'card.png', 'oembed.json', 'widgets.json']) {
        expect(where, `${id}: ${file}`).toContain(`${id}: ${file}`);
      }
      if (entry.figures.length + entry.derived.length > 0) {
        expect(where, `${id}: data.csv row 1`).toContain(`${id}: data.csv row 1`);
        expect(where, `${id}: data table`).toContain(`${id}: data table`);
      }
    }
    // A retired graphic's files state its numbers: the MaaS market is in the retired market-growth's table.
    const retiredTexts = all.filter((p) => p.where.startsWith('market-growth (retired)'));
    expect(
      count({ text: retiredTexts.map((p) => p.text).join('\n') }, forms(FIGURE_SET['maas-market']!)),
    ).toBeGreaterThan(2);
    expect(where).toContain('key point 1');
    expect(where).toContain('notes: qwen-downloads');
    const text = all.map((p) => p.text).join('\n');
    // The forms it looks for are there to be found.
    expect(count({ text }, forms(FIGURE_SET['qwen-downloads']!))).toBeGreaterThan(10);
    expect(count({ text }, forms(derived(FIGURE_SET, 'mobile-forecast-miss')))).toBeGreaterThan(5);
    expect(count({ text: 'a | 120669000000 | b', csv: true }, forms(FIGURE_SET['public-cloud-market']!))).toBe(1);
    expect(count({ text: 'over 100 million, 1,000,000, 11 million' }, forms(FIGURE_SET['motorola-forecast']!))).toBe(0);
  });

  for (const record of records) {
    for (const how of ['step', 'third'] as const) {
      it(`${record.id}: changed by ${how === 'step' ? 'one step in its last digit' : 'about a third'}`, () => {
        const value = changed(record, how);
        const set = toFigureSet(records.map((r) => (r.id === record.id ? { ...r, value } : r)));
        const widgets = widgetsStating(record.id);
        const retired = retiredStating(record.id);
        let after: Piece[];
        try {
          after = generate(set, widgets, retired);
        } catch (error) {
          // A claim the data no longer supports stops the build, naming its place: that is an answer too.
          expect(error, String(error)).toBeInstanceOf(ClaimError);
          expect((error as Error).message).toMatch(/no longer holds|does not say|cannot/);
          return;
        }
        const before = stating(record.id);
        expect(after.map((p) => p.where)).toEqual(before.map((p) => p.where));
        const numbers: [Stated, Stated][] = [
          [record, set[record.id]!],
          ...derivedFrom(FIGURE_SET, record.id).map((d): [Stated, Stated] => [d, derived(set, d.id)]),
        ];
        const stale: string[] = [];
        let checked = 0;
        for (const [old, now] of numbers) {
          const oldForms = forms(old);
          const newForms = forms(now);
          if (sameForms(oldForms, newForms)) continue;
          before.forEach((piece, i) => {
            if (count(piece, oldForms) === 0) return;
            checked++;
            const text = after[i]!;
            if (count(text, oldForms) > 0 || count(text, newForms) === 0) {
              stale.push(
                `${piece.where}: states ${old.id} as ${oldForms.written.join(' / ')}: “${text.text.slice(0, 400)}”`,
              );
            }
          });
        }
        expect(stale).toEqual([]);
        // The record's own number is stated somewhere, so the check above checked something.
        expect(checked).toBeGreaterThan(0);
      });
    }
  }
});
