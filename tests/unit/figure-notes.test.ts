import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureNotes, illustrativeNotes, noteAnchor, noteDetails } from '../../src/data/figure-notes';
import { deskNoteText } from '../../src/data/note-text';
import { bindFigure } from '../../src/data/prose-figure';
import { DERIVED_IDS, toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { scanStory, storyOccurrences } from '../../src/data/story-occurrences';
import { WIDGETS } from '../../src/widgets/registry';
import type { WidgetEntry } from '../../src/widgets/types';

const records = await readFigures(resolve('content/figures.json'));
const set = toFigureSet(records);
const story = storyOccurrences();
const notes = figureNotes(set, story, WIDGETS);

describe('Notes and sources', () => {
  it('has one entry per record and per derived figure, records first, each in reading order', () => {
    expect(notes.map((n) => n.id).sort()).toEqual([...records.map((r) => r.id), ...DERIVED_IDS].sort());
    expect(notes.slice(0, records.length).every((n) => n.kind === 'record')).toBe(true);
    const firstPlace = (id: string) => story.figures.findIndex((o) => o.props.id === id);
    const inText = notes.filter((n) => n.kind === 'record').map((n) => firstPlace(n.id));
    expect(inText).toEqual([...inText].sort((a, b) => a - b));
    expect(notes[0]!.id).toBe('public-cloud-market');
    expect(notes.filter((n) => n.kind === 'record')).toHaveLength(records.length);
    expect(new Set(notes.map((n) => n.anchor)).size).toBe(notes.length);
  });

  it('a new record gets its entry without anyone editing the page', () => {
    const extra = { ...records[0]!, id: 'a-new-record', label: 'A new record' };
    const more = figureNotes(toFigureSet([...records, extra]), story, WIDGETS);
    expect(more).toHaveLength(notes.length + 1);
    expect(more.map((n) => n.id)).toContain('a-new-record');
    expect(more.find((n) => n.id === 'a-new-record')?.anchor).toBe(noteAnchor('a-new-record'));
  });

  // Issue 24: no period the article does not give (the overlap's was "2025"), caveats without a typed number.
  it('gives the article’s wording and hedge, the period, the source and the caveats', () => {
    const overlap = notes.find((n) => n.id === 'api-gpu-overlap')!;
    expect(overlap).toMatchObject({
      value: 'as high as 70%',
      hedge: 'as high as',
      wording: 'as high as 70%',
      period: 'not stated',
      periodWords: undefined,
      quote: 'is as high as 70%',
    });
    expect(overlap.caveat).toMatch(/does not say what this is a share of/);
    // Copy read 1 (finding 36): the caveat reports what the article lacks, it does not characterise the figure.
    expect(notes.find((n) => n.id === 'enterprises-not-in')?.caveat).toMatch(/cites no survey or source/);
    expect(notes.find((n) => n.id === 'enterprises-not-in')?.caveat).not.toMatch(/rhetorical/i);
    for (const id of ['motorola-forecast', 'china-mobile-users-2000', 'china-mobile-users-later'])
      expect(notes.find((n) => n.id === id)?.caveat, id).toMatch(/anecdote/i);
    expect(notes.find((n) => n.id === 'key-industries-budget-share')?.wording).toBe('more than 60%');
    expect(notes.find((n) => n.id === 'public-cloud-market')?.hedge).toBeUndefined();
    // The hedge as the article words it.
    expect(notes.find((n) => n.id === 'qwen-downloads')?.hedge).toBe('exceeded');
    expect(notes.find((n) => n.id === 'mobile-forecast-miss')?.hedge).toBe('about');
  });

  it('says each number in plain sentences: who the article cites, its words, when, and the caveat', () => {
    const sentence = (id: string) => notes.find((n) => n.id === id)!.sentence;
    expect(sentence('public-cloud-growth')).toBe(
      'IDC, as the article cites it: “a year-on-year increase of nearly 20%”, in the first half of 2025.',
    );
    expect(sentence('motorola-forecast')).toBe(
      'The president of Motorola, in the article’s anecdote: “predicted that there would be about 1 million mobile ' +
        'phone users in China by 2000”, in 1996. Fact check: the article’s own anecdote, unsourced and not ' +
        'independently verified.',
    );
    expect(sentence('enterprises-not-in')).toMatch(/^The article’s own statement: “99% of enterprises/);
    expect(sentence('mobile-forecast-miss')).toBe(
      'Calculation: over 100 million users ÷ about 1 million users = about 100×. Computed from the article’s ' +
        'anecdote: the forecast of the president of Motorola, and the count it gives.',
    );
    // Copy read 1 (finding 8): the share is this page's arithmetic on IDC's figures, not IDC's number.
    expect(sentence('maas-share-of-cloud')).toContain('Computed from IDC’s figures, as the article cites them.');
    expect(sentence('maas-share-of-cloud')).not.toContain('IDC, as the article cites it');
    expect(sentence('maas-share-of-cloud')).toContain('The article writes “accounting for just over 1%”.');
    // No database dump: no nested brackets, no bare "100x".
    for (const note of notes) expect(note.sentence, note.id).not.toMatch(/\(\d{4} \(|\d+x\b/);
  });

  it('sets the desk’s official figure beside the article’s count of mobile users in 2000, words untouched', () => {
    const users = notes.find((n) => n.id === 'china-mobile-users-2000')!;
    expect(users.deskNote).toMatchObject({ value: 65e6, asOf: '2000-09-20', publisher: 'Guangming Daily' });
    expect(users.sentence).toContain('“exceeded 100 million in 2000”');
  });

  // Copy read 1 (finding 10): the number's popover carries the desk's note too, in the same words as the entry.
  it('gives the desk’s note in the number’s popover as in its entry, the entry adding the Chinese names', () => {
    const popover = bindFigure(set, { id: 'china-mobile-users-2000' }).note;
    const desk = deskNoteText(set['china-mobile-users-2000']!.deskNote!);
    expect(popover.aside).toBe(
      `${set['china-mobile-users-2000']!.caveat} ${desk.text} Source: Guangming Daily, 26 September 2000.`,
    );
    // The entry's sentence is the popover's, the desk's note set beside it by the page (DeskNote.astro).
    const entry = notes.find((n) => n.id === 'china-mobile-users-2000')!;
    expect(`${entry.sentence} ${desk.text}`).toBe(`${popover.text} ${popover.aside!.split(' Source:')[0]}`);
    expect(popover.aside).not.toMatch(/[\u4e00-\u9fff]/);
  });

  // Copy read 1 (findings 11, 19, 39): the long version calls nothing "exact", dates a forecast as the article
  // does, and does not give a computed figure a period the article stated for it.
  it('writes the long version without “exact”, with a forecast’s date, and a computed figure’s period as its inputs’', () => {
    const lines = (id: string) => Object.fromEntries(noteDetails(notes.find((n) => n.id === id)!));
    expect(lines('enterprises-not-in')['Hedge']).toBe('none in the article’s words');
    expect(lines('maas-share-of-cloud')['Hedge']).toBe('none in its inputs; computed, and rounded as shown');
    expect(lines('task-token-ratio')['Hedge']).toBe('none in its inputs; computed');
    expect(lines('api-gpu-overlap')['Hedge']).toBe('“as high as”');
    for (const note of notes) expect(JSON.stringify(noteDetails(note)), note.id).not.toMatch(/exact/i);
    expect(lines('maas-share-of-cloud')['Period']).toBe('H1 2025 (from its inputs: “in the first half of 2025”)');
    expect(lines('maas-market')['Period']).toBe('H1 2025 (the article: “in the first half of 2025”)');
    expect(lines('motorola-forecast')['Period']).toBe('“by 2000”, the article’s words');
    expect(lines('motorola-forecast')['Made']).toBe('1996 (the article: “In 1996”)');
    expect(lines('maas-share-of-cloud')['Source']).toBe('Computed from IDC’s figures, as the article cites them');
    // A number computed from the unverified anecdote keeps its caveats and the desk's note.
    expect(lines('mobile-forecast-miss')['Caveat']).toMatch(/not independently verified/);
    expect(lines('mobile-forecast-miss')['The desk’s note, on an input']).toMatch(
      /^the Ministry of Information Industry counted 65 million mobile phone users in China/,
    );
  });

  it('shows each derived figure’s arithmetic', () => {
    const share = notes.find((n) => n.id === 'maas-share-of-cloud')!;
    expect(share.arithmetic).toBe('1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%');
    for (const note of notes.filter((n) => n.kind === 'derived')) expect(note.arithmetic, note.id).toMatch(/ [=≈] /);
    // "=" only where the result is exact: 10,000 ÷ 1,000 is 10, 1.29 ÷ 120.669 is not 1.07.
    expect(notes.find((n) => n.id === 'task-token-ratio')?.arithmetic).toMatch(/ = 10×$/);
  });

  it('links every entry back to the number’s first place, in the text or else a chart', () => {
    for (const note of notes) expect(note.firstUse, note.id).toBeDefined();
    expect(notes.find((n) => n.id === 'maas-market')?.firstUse?.href).toBe('#first-maas-market');
    const derivedOnlyInCharts = notes.filter((n) => n.kind === 'derived' && !n.wording);
    for (const note of derivedOnlyInCharts) expect(note.firstUse?.href, note.id).toMatch(/^#graphic-[a-z0-9-]+$/);
  });

  it('names the illustrative charts placed in the story, and only those', () => {
    const named = illustrativeNotes(story, WIDGETS).map((n) => n.id);
    const expected = (WIDGETS as readonly WidgetEntry[])
      .filter((w) => w.illustrative && story.widgets.includes(w.id))
      .map((w) => w.id);
    expect(named.sort()).toEqual(expected.sort());
    expect(named.length).toBeGreaterThan(0);
  });
});

describe('the story scan', () => {
  it('reads places as the MDX plugin writes them, in reading order', () => {
    const scanned = scanStory([
      [
        'content/story/b.mdx',
        '---\norder: 1\n---\n\nText <Figure id="x" unit={false} /> and <Figure id="y" says="z" min={1} />.\n<Widget id="w2" />\n',
      ],
      ['content/story/a.mdx', '---\norder: 0\n---\n<Widget id="w1" />\n\nThe <Figure id="x" hedge="over" />\n'],
    ]);
    expect(scanned.widgets).toEqual(['w1', 'w2']);
    expect(scanned.figures.map((f) => [f.props.id, f.file])).toEqual([
      ['x', 'content/story/a.mdx:6'],
      ['x', 'content/story/b.mdx:5'],
      ['y', 'content/story/b.mdx:5'],
    ]);
    expect(scanned.figures[1]!.props).toMatchObject({ unit: false });
    expect(scanned.figures[2]!.props).toMatchObject({ says: 'z', min: 1 });
  });
});
