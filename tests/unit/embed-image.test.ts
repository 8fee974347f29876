import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { imageCssFromComponent, imageCssFromStylesheet, lightPalette } from '../../src/images/image-styles';
import { extractChartSvg, PNG_WIDTH, widgetImage, widgetPng } from '../../src/images/widget-image';
import { figuresFor } from '../../src/widgets/data-rows';
import { SHOWN_WIDGETS as WIDGETS } from '../support/shown-widgets';
import { decodePng } from '../support/png';

const palette = new Map([
  ['--c-fg', '#111111'],
  ['--c-accent', '#c2410c'],
]);
const options = { palette, fontFamily: 'Serif Test' };

describe('lightPalette', () => {
  it('takes the light half of every light-dark() pair', () => {
    const colours = lightPalette(
      ':root {\n  --c-bg: light-dark(#fdfcf9, #14171c);\n  --c-fg: light-dark(#1b1b1b, #ecebe6);\n}',
    );
    expect(Object.fromEntries(colours)).toEqual({ '--c-bg': '#fdfcf9', '--c-fg': '#1b1b1b' });
  });
  it('refuses a palette it cannot read', () => {
    expect(() => lightPalette(':root { --c-bg: #fff; }')).toThrow(/palette\.css/);
  });
});

describe('image styles', () => {
  it('resolves palette variables and fonts, and keeps only what paints SVG', () => {
    const css = imageCssFromStylesheet(
      `.chart-svg { width: 100%; font-family: var(--font-sans); overflow: visible; }
       .fill-accent { fill: var(--c-accent); }
       .chart-svg text { fill: var(--c-fg); }
       .x { fill: var(--c-unknown); stroke: light-dark(#010101, #020202); }
       @media (prefers-reduced-motion: no-preference) { .animates { opacity: 0.5; } }`,
      options,
    );
    expect(css).toBe(
      [
        '.chart-svg{font-family:Serif Test;overflow:visible}',
        '.fill-accent{fill:#c2410c}',
        '.chart-svg text{fill:#111111}',
        '.x{stroke:#010101}',
      ].join('\n'),
    );
  });

  it('unscopes a component, lifts it above chart.css and drops selectors a still image cannot match', () => {
    const css = imageCssFromComponent(
      `<div class="a"><svg class="chart-svg"><text class="label strong">x</text></svg></div>
<style>
  .label { font-size: 0.875rem; }
  .strong { font-weight: 700; color: red; }
  .a:has(input:checked) .label { display: none; }
  .a > :global(.b) { stroke-width: 2; }
  .a + .a { fill: red; }
  label:focus-visible { outline: 3px solid; }
  .hide { display: none; }
  .show { display: block; }
</style>`,
      options,
    );
    expect(css.split('\n')).toEqual([
      'svg .label{font-size:14px}',
      'svg .strong{font-weight:700}',
      'svg .a > .b{stroke-width:2}',
      'svg .hide{display:none}',
    ]);
  });
});

describe('extractChartSvg', () => {
  it('takes the first chart svg whole, nested svgs included', () => {
    const html =
      '<div><svg class="icon"><path/></svg><svg viewBox="0 0 400 100" class="chart-svg x"><svg><rect/></svg><text>a</text></svg><svg class="chart-svg"></svg></div>';
    const chart = extractChartSvg(html);
    expect(chart.attributes).toContain('viewBox="0 0 400 100"');
    expect(chart.inner).toBe('<svg><rect/></svg><text>a</text>');
  });
  it('says so when a view has no chart svg', () => {
    expect(() => extractChartSvg('<div><svg class="icon"></svg></div>')).toThrow(/chart-svg/);
  });
});

describe('the static image of every widget', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));

  for (const entry of WIDGETS) {
    it(`${entry.id}: a ${PNG_WIDTH} px PNG with its title, its chart and its source line`, () => {
      const image = widgetImage(entry, figuresFor(entry, set));
      expect(image.width).toBeGreaterThanOrEqual(1200);
      // resvg parses it as XML and finds something to draw.
      expect(new Resvg(image.svg).getBBox()?.width).toBeGreaterThan(100);
      expect(image.svg).toContain(`>Source: `);
      expect(image.svg).not.toContain('var(--');
      const firstTitleWord = entry.title.split(' ')[0]!;
      expect(image.svg).toMatch(new RegExp(`class="image-title"[^>]*>${firstTitleWord}`));
      const png = decodePng(widgetPng(image));
      expect(png).toEqual({ width: image.width, height: image.height });
    });
  }
});
