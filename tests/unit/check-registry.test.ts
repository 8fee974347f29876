import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { registryProblems, widgetProblems } from '../../src/widgets/check-registry';
import { storyOccurrences } from '../../src/data/story-occurrences';
import { WIDGETS } from '../../src/widgets/registry';
import { showWidget } from '../../src/widgets/widget-text';
import { SHOWN_WIDGETS } from '../support/shown-widgets';
import type { WidgetEntry } from '../../src/widgets/types';

describe('the registry check the build runs', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const maas = WIDGETS.find((w) => w.id === 'maas-share')! as WidgetEntry;

  it('finds nothing wrong with the registry as it is', () => {
    expect(registryProblems(WIDGETS, set)).toEqual([]);
  });

  it('finds nothing wrong with the live widgets and their places in the story', () => {
    expect(widgetProblems(WIDGETS, set, storyOccurrences().widgets)).toEqual([]);
  });

  it('refuses a headline of more than 12 words as shown, naming the folder and the field', () => {
    const placed = WIDGETS.map((w) => w.id);
    const long = {
      ...maas,
      title: 'MaaS is just over 1% of China’s public cloud market, by far the smallest of three',
    };
    expect(widgetProblems([long], set, placed)).toEqual([
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "title": 16 words as shown ("MaaS is just over 1% of China’s public cloud market, by far the smallest of three"); a headline has at most 12',
    ]);
    // Placeholders count as the words they render: "about 100 times" is three.
    const motorola = WIDGETS.find((w) => w.id === 'motorola-forecast')! as WidgetEntry;
    expect(widgetProblems([{ ...motorola, title: `${motorola.title} too` }], set, placed)[0]).toMatch(
      /field "title": 13 words as shown/,
    );
  });

  it('refuses a description of two sentences or without its full stop', () => {
    const placed = WIDGETS.map((w) => w.id);
    const two = { ...maas, description: 'A bar of the market. Beside it, the growth.' };
    expect(widgetProblems([two], set, placed)).toEqual([
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "description": one sentence only: it is read whole as the chart\'s alt text',
    ]);
    const open = { ...maas, imageDescription: 'a bar of the market' };
    expect(widgetProblems([open], set, placed).join('\n')).toMatch(/field "imageDescription": one sentence: it starts/);
  });

  it('refuses a widget the story places twice or not at all', () => {
    expect(widgetProblems([maas], set, [])).toEqual([
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "id": placed 0 times in content/story/*.mdx; write <Widget id="maas-share" /> exactly once',
    ]);
    expect(widgetProblems([maas], set, ['maas-share', 'maas-share']).join('\n')).toMatch(/placed 2 times/);
  });

  it('points a year typed into a title to the record it comes from', () => {
    const dated = { ...maas, title: 'MaaS is just over 1% of China’s public cloud market, H1 2025' };
    expect(registryProblems([dated], set).join('\n')).toMatch(/"2025" is a number .*\{public-cloud-market\|period\}/);
  });

  it('names the file, the entry and the field of a duplicate id or an unknown figure', () => {
    const problems = registryProblems([maas, { ...maas, figures: ['no-such-record'] }], set);
    expect(problems).toContain(
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "id": the id is used by an earlier entry',
    );
    expect(problems).toContain(
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "figures": no record "no-such-record" in content/figures.json',
    );
  });

  it('refuses a headline number no claim binds', () => {
    const problems = registryProblems([{ ...maas, title: 'MaaS is 2% of the market', claims: [] }], set);
    expect(problems.join('\n')).toMatch(/field "title": "2" is a number no claim binds/);
  });

  it('refuses a number typed into any text of an entry, naming the file, the entry and the field', () => {
    const typed = {
      ...maas,
      description: 'The over 800 million downloads.',
      source: 'IDC, H1 2025',
      illustrative: 'in 2025.',
    };
    const problems = registryProblems([typed], set);
    expect(problems).toContain(
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "description": "800" is a number no claim binds to the records (write it as a placeholder such as {qwen-downloads})',
    );
    // "H1" names a half-year; the year after it is a number.
    expect(problems.filter((p) => p.includes('field "source"'))).toEqual([
      expect.stringContaining('field "source": "2025" is a number no claim binds'),
    ]);
    expect(problems.some((p) => p.includes('field "illustrative": "2025"'))).toBe(true);
  });

  it('refuses a placeholder for a figure the widget does not show', () => {
    const problems = registryProblems([{ ...maas, description: 'Qwen: {qwen-downloads}.' }], set);
    expect(problems).toEqual([
      'src/widgets/maas-share/entry.ts: entry "maas-share", field "description": {qwen-downloads} is not one of the widget\'s figures or derived figures',
    ]);
  });

  it('renders placeholders from the data, so a changed record changes the text', () => {
    const more = toFigureSet(figures.map((f) => (f.id === 'qwen-downloads' ? { ...f, value: 9e8 } : f)));
    const open = SHOWN_WIDGETS.find((w) => w.id === 'open-vs-closed')!;
    expect(open.description).toContain('whose global download volume has exceeded 800 million times');
    const entry = WIDGETS.find((w) => w.id === 'open-vs-closed')! as WidgetEntry;
    expect(showWidget(entry, more).description).toContain(
      'whose global download volume has exceeded 900 million times',
    );
    const motorola = SHOWN_WIDGETS.find((w) => w.id === 'motorola-forecast')!;
    // Copy reads 1 (findings 1, 17) and 2 (B2): the forecast is its president's, the count and the ratio the article's figures.
    expect(motorola.title).toBe('Mobile users reached about 100 times Motorola’s forecast, by the article’s count');
    expect(motorola.description).toMatch(/^The forecast Motorola’s president made in 1996, of about 1 million/);
    expect(motorola.source).toContain(
      'The desk’s note: the Ministry of Information Industry counted 65 million mobile phone users in China',
    );
  });

  it('describes a static image by what it shows: the first view, without the others or the controls', () => {
    const shown = (id: string) => SHOWN_WIDGETS.find((w) => w.id === id)!;
    // maas-share's image is its share view; the page shows the growth view beside it.
    expect(shown('maas-share').description).toContain('beside it the year-on-year growth');
    expect(shown('maas-share').imageDescription).not.toMatch(/beside it|growth/);
    // One chart, one description: motorola-forecast's image is all of it (issue 25 took the linear view out).
    expect(shown('motorola-forecast').imageDescription).toBeUndefined();
    expect(shown('motorola-forecast').description).not.toMatch(/linear/);
    // The comparator's image has the figure, not the boxes a reader types in.
    expect(shown('tokens-per-task').description).toMatch(/the reader can change/);
    expect(shown('tokens-per-task').imageDescription).not.toMatch(/reader|change|price|cost/);
    // Bound like every other text: a number typed in is refused, naming the field.
    const typed = { ...maas, imageDescription: 'A bar of 120 billion yuan.' };
    expect(registryProblems([typed], set).join('\n')).toMatch(/field "imageDescription": "120" is a number no claim/);
    const more = toFigureSet(figures.map((f) => (f.id === 'public-cloud-market' ? { ...f, value: 121e9 } : f)));
    expect(showWidget(maas, more).imageDescription).toContain('of 121 billion yuan');
  });

  it('refuses a headline claim the data no longer supports', () => {
    const doubled = toFigureSet(figures.map((f) => (f.id === 'maas-market' ? { ...f, value: 3e9 } : f)));
    const problems = registryProblems([maas], doubled);
    expect(problems.join('\n')).toMatch(
      /^src\/widgets\/maas-share\/entry\.ts \(entry "maas-share", field "title"\): .*"just over 1%" no longer holds/,
    );
  });
});
