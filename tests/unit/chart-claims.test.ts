/**
 * Issue 13's claims test for the charts, as the prose's <Figure> binding is for the text: every label a
 * chart draws (and its title and description for screen readers), in every widget at every band, and
 * every headline and description in the registry, keeps the hedge of each record it states. Headlines
 * that state a number are also bound to the data by their `claims` (src/widgets/check-registry.ts).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { figuresFor } from '../../src/widgets/data-rows';
import { SHOWN_WIDGETS as WIDGETS } from '../support/shown-widgets';
import { chartSvgs, renderView } from '../support/chart-render';
import { chartLabels, hedgedNumbers, unhedged } from '../support/label-hedges';

describe('chart labels keep the records’ hedges', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));

  for (const entry of WIDGETS) {
    const numbers = hedgedNumbers(figuresFor(entry, set), entry.derived);
    it(`${entry.id}: its headline and description`, () => {
      expect(unhedged([entry.title, entry.description], numbers)).toEqual([]);
    });
    for (const width of [320, 640, 1000]) {
      it(`${entry.id} at ${width} px: every chart label that states a hedged number hedges it`, () => {
        const labels = chartSvgs(renderView(entry, set, width)).flatMap(chartLabels);
        expect(labels.length).toBeGreaterThan(2);
        expect(unhedged(labels, numbers)).toEqual([]);
      });
    }
  }

  // Issue 24: the ratio's hedge is its own, from src/data/hedges.ts: "about", never "more than".
  it('knows the numbers that need a hedge, and the derived ones made from them', () => {
    const motorola = WIDGETS.find((w) => w.id === 'motorola-forecast')!;
    const numbers = hedgedNumbers(figuresFor(motorola, set), motorola.derived);
    expect(numbers.map((n) => n.number)).toEqual(expect.arrayContaining(['1 million', '100 million', '100×']));
    expect(numbers.find((n) => n.number === '100×')?.hedges).toContain('about');
    expect(numbers.find((n) => n.number === '100×')?.hedges).not.toContain('more than');
  });

  it('finds a bare or wrongly hedged number, and only a whole one', () => {
    const numbers = [{ id: 'forecast', number: '1 million', hedges: ['about', 'around'] }];
    expect(unhedged(['about 1 million users', 'Around 1 million'], numbers)).toEqual([]);
    expect(unhedged(['10 million', '1 millions'], numbers)).toHaveLength(1);
    expect(unhedged(['1 million users'], numbers)).toEqual([
      '“1 million users” states 1 million (forecast) without about / around',
    ]);
    expect(unhedged(['over 1 million users'], numbers)).toHaveLength(1);
    expect(unhedged(['The first 1 million users, magnified 10×'], numbers)).toEqual([]);
  });

  it('leaves tick labels out, and nothing else', () => {
    const svg =
      '<svg class="chart-svg"><title>T</title><desc>about 1 million</desc>' +
      '<text data-tick="">1 million</text><text class="text-muted">1 million users</text></svg>';
    expect(chartLabels(svg)).toEqual(['T', 'about 1 million', '1 million users']);
  });
});
