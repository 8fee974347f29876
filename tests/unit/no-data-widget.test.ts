/**
 * A widget without numbers (a diagram drawing no record) gets no Data link, no data table and no
 * header-only data.csv. Every widget in the registry has numbers today, so the rule is held here with a
 * made-up entry rendered by the real components, beside a real widget that keeps its link.
 */
import { resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import EmbedTools from '../../src/components/embed/EmbedTools.astro';
import WidgetFrame from '../../src/components/widget/WidgetFrame.astro';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { dataStaticPaths, hasData } from '../../src/embed/static-paths';
import { WIDGETS } from '../../src/widgets/registry';
import type { WidgetEntry } from '../../src/widgets/types';

const { loadSet } = vi.hoisted(() => ({
  loadSet: async () => toFigureSet(await readFigures(resolve('content/figures.json'))),
}));

// The components read the figures through astro:content, which has no data store under Vitest.
vi.mock('../../src/data/content', () => ({ loadFigureSet: loadSet }));

const withNumbers = WIDGETS[0] as WidgetEntry;
const diagram: WidgetEntry = {
  ...withNumbers,
  id: 'a-diagram',
  title: 'A diagram with no numbers',
  claims: [],
  figures: [],
  derived: [],
  bodyHeight: () => 300,
};

describe('a widget without numbers', () => {
  it('has no data.csv route, while the registry widgets with numbers keep theirs', async () => {
    const set = await loadSet();
    expect(hasData(diagram, set)).toBe(false);
    const ids = dataStaticPaths(set, [withNumbers, diagram]).map((path) => path.params.id);
    expect(ids).toEqual([withNumbers.id]);
    expect(dataStaticPaths(set).map((path) => path.params.id)).toEqual(
      WIDGETS.filter((w) => w.figures.length + w.derived.length > 0).map((w) => w.id),
    );
  });

  it('has no Data link in its embed tools', async () => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
    const links = async (entry: WidgetEntry) =>
      [...(await container.renderToString(EmbedTools, { props: { entry } })).matchAll(/<a [^>]*>([^<]*)</g)]
        .map((m) => m[1]!.trim())
        .filter((text) => !text.startsWith('Share') && text !== '');
    const real = await links(withNumbers);
    expect(real).toContain('Data (CSV)');
    const none = await links(diagram);
    expect(none).not.toContain('Data (CSV)');
    expect(none).toContain('Image (PNG)');
    expect(none).toContain('Embed page');
  });

  it('has no data table under its chart', async () => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
    const render = (entry: WidgetEntry) =>
      container.renderToString(WidgetFrame, { props: { entry, figures: {}, headingLevel: 1 } });
    expect(
      await container.renderToString(WidgetFrame, { props: { entry: withNumbers, figures: await loadSet() } }),
    ).toContain('widget-data');
    const html = await render(diagram);
    expect(html).not.toContain('widget-data');
    // The heading, with its published id (#<id>-title) on an empty element inside it.
    expect(html).toMatch(
      /<h1 class="widget-title[^"]*"[^>]*><span id="a-diagram-title"[^>]*><\/span>A diagram with no numbers<\/h1>/,
    );
  });
});
