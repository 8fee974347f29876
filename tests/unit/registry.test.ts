import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_IDS, toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { dataRows } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';

const story = readdirSync('content/story')
  .map((file) => readFileSync(`content/story/${file}`, 'utf8'))
  .join('\n');

describe('the widget registry', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));

  it('has unique ids', () => {
    const ids = WIDGETS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const entry of WIDGETS) {
    describe(entry.id, () => {
      const folder = `src/widgets/${entry.id}`;

      it('is one folder with a model, a height and a view (and an island only if it hydrates)', () => {
        for (const file of ['model.ts', 'height.ts', 'View.svelte']) {
          expect(existsSync(`${folder}/${file}`), `${folder}/${file}`).toBe(true);
        }
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

      it('is placed in the story once (where it sits there is its section)', () => {
        expect(story.match(new RegExp(`<Widget id="${entry.id}"`, 'g'))).toHaveLength(1);
      });

      it('has a title, a one-sentence description and a source', () => {
        expect(entry.title.length).toBeGreaterThan(5);
        expect(entry.description).toMatch(/^[A-Z].*\.$/);
        expect(entry.description.split(/\.\s+[A-Z]/)).toHaveLength(1);
        expect(entry.source.length).toBeGreaterThan(5);
      });
    });
  }
});
