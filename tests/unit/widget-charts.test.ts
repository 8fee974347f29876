/**
 * Every widget of the registry, with no test of its own to write: each chart its model lays out
 * (`layouts` in src/widgets/<id>/model.ts) checked at every width readers use (the kit's rules: texts
 * inside the chart, none overlapping, sizes in range, one height per band), and its server-rendered
 * charts at 320, 640 and 1000 px compared with committed SVG files (tests/unit/__snapshots__/charts/), in
 * the way of Observable Plot's test/output: a change to a chart shows in review as a changed picture.
 * `npx vitest run tests/unit/widget-charts.test.ts -u` writes them for a new widget or after a deliberate
 * change; CI never writes them, so a missing or stale file fails.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { render } from 'svelte/server';
import Thesis from '../../src/widgets/maas-share/Thesis.svelte';
import { figuresFor } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';
import type { WidgetLayouts } from '../../src/widgets/types';
import { chartSvgs, renderView } from '../support/chart-render';
import { itLaysOutAtEveryWidth } from '../support/layouts';

const models = import.meta.glob<{ layouts?: WidgetLayouts }>('../../src/widgets/*/model.ts', { eager: true });

/** Each chart as a standalone SVG file at its layout width: ids made stable, Svelte's markers dropped. */
function chartFiles(html: string, width: number): string[] {
  const ids = new Map<string, string>();
  const stable = (value: string) =>
    value
      .split(/\s+/)
      .map((id) => {
        if (!ids.has(id)) ids.set(id, `c${ids.size}`);
        return ids.get(id)!;
      })
      .join(' ');
  return chartSvgs(html.replace(/<!--[\s\S]*?-->/g, '')).map((svg) =>
    svg
      .replace(
        /\b(id|aria-labelledby|aria-describedby)="([^"]*)"/g,
        (_, name: string, value: string) => `${name}="${stable(value)}"`,
      )
      .replace(/\bsvelte-[a-z0-9]+\b/g, 'svelte')
      .replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')
      .replace('width="100%"', `width="${width}"`),
  );
}

describe('every widget laid out at every width', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));
  for (const entry of WIDGETS) {
    describe(entry.id, () => {
      const layouts = models[`../../src/widgets/${entry.id}/model.ts`]?.layouts;
      it('exports its charts’ layouts from its model', () => {
        expect(layouts, `src/widgets/${entry.id}/model.ts exports no \`layouts\` (WidgetLayouts)`).toBeTypeOf(
          'function',
        );
      });
      // Only the entry's own records, as the view gets them: a model reading another record fails here.
      if (layouts) itLaysOutAtEveryWidth((width) => layouts(figuresFor(entry, set), width));
    });
  }
});

describe('chart snapshots', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));
  for (const entry of WIDGETS) {
    for (const width of [320, 640, 1000]) {
      it(`${entry.id} at ${width} px`, async () => {
        const files = chartFiles(renderView(entry, set, width), width);
        expect(files.length).toBeGreaterThan(0);
        for (const [i, svg] of files.entries()) {
          expect(svg).toContain(`data-layout-width="${width}"`);
          await expect(`${svg}\n`).toMatchFileSnapshot(`./__snapshots__/charts/${entry.id}-${width}-${i + 1}.svg`);
        }
      });
    }
  }

  // The story's first-screen chart (Masthead.astro), drawn from maas-share's records.
  for (const width of [320, 640]) {
    it(`the thesis chart at ${width} px`, async () => {
      const [svg] = chartFiles(render(Thesis, { props: { figures: set, width } }).body, width);
      expect(svg).toContain('Just over 1%');
      await expect(`${svg}\n`).toMatchFileSnapshot(`./__snapshots__/charts/thesis-${width}-1.svg`);
    });
  }
});
