/**
 * Every widget's server-rendered chart at 320, 640 and 1000 px, compared with committed SVG files
 * (tests/unit/__snapshots__/charts/), in the way of Observable Plot's test/output: a change to a chart
 * shows in review as a changed picture. `npx vitest run tests/unit/chart-snapshots.test.ts -u` rewrites
 * them after a deliberate change; CI never writes them, so a missing or stale file fails.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { render } from 'svelte/server';
import Thesis from '../../src/widgets/maas-share/Thesis.svelte';
import { WIDGETS } from '../../src/widgets/registry';
import { chartSvgs, renderView } from '../support/chart-render';

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
