import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_IDS, toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { dataRows } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';

describe('the widget registry', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));

  it('has unique ids', () => {
    const ids = WIDGETS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const entry of WIDGETS) {
    describe(entry.id, () => {
      const folder = `src/widgets/${entry.id}`;

      // height.ts only where the view holds more than its chart; else the entry's bodyHeight is the chart's.
      it('is one folder with its entry, a model and a view (and an island only if it hydrates)', () => {
        for (const file of ['entry.ts', 'model.ts', 'View.svelte']) {
          expect(existsSync(`${folder}/${file}`), `${folder}/${file}`).toBe(true);
        }
        expect(readFileSync(`${folder}/entry.ts`, 'utf8')).toContain(`id: '${entry.id}'`);
        // An Island.astro is there to hydrate something: one that hydrates nothing should not exist.
        if (existsSync(`${folder}/Island.astro`)) {
          expect(readFileSync(`${folder}/Island.astro`, 'utf8')).toMatch(/client:[a-z]+/);
        }
      });

      it('uses only known records and derived figures, and has a data row for each', () => {
        for (const id of entry.figures) expect(set[id], id).toBeDefined();
        for (const id of entry.derived) expect(DERIVED_IDS).toContain(id);
        expect(dataRows(entry, set)).toHaveLength(entry.figures.length + entry.derived.length);
      });
    });
  }
});
