/**
 * The site's type scale, held. Each distinct font size and weight the browser meets is a font it
 * has to set up while laying out the page (on Linux Chromium, a round trip to its font service each);
 * before this scale the story used 36 such fonts and lost about 40 ms of layout to them on the
 * benchmark's phone profile. See docs/operations.md, "What the figures led to".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE } from '../../src/widgets/kit/type';

const SRC = new URL('../../src/', import.meta.url);

/** Text sizes for HTML: fine print, interface and captions, body, widget titles. */
const REM_STEPS = ['0.8rem', '0.9rem', '1rem', '1.15rem'];
/** Chart text sizes: the kit's scale, in CSS pixels (charts set text in pixels at every width). */
const SVG_STEPS = Object.values(TYPE).map((px) => `${px}px`);
const WEIGHTS = ['400', '700'];
/** The root size on paper (global.css's print rule) and print.css: laid out only when printing, in points. */
const PRINT_STEPS = ['10.5pt'];
const EXEMPT = new Set(['styles/print.css']);

interface Declaration {
  file: string;
  property: string;
  value: string;
}

function declarations(): Declaration[] {
  const found: Declaration[] = [];
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(css|astro|svelte)$/.test(file),
  );
  for (const file of files) {
    if (EXEMPT.has(file.replaceAll('\\', '/'))) continue;
    const text = readFileSync(new URL(file, SRC), 'utf8');
    for (const match of text.matchAll(/\b(font-size|font-weight)\s*:\s*([^;}]+)[;}]/g)) {
      found.push({ file, property: match[1]!, value: match[2]!.trim() });
    }
  }
  return found;
}

describe('type scale', () => {
  const all = declarations();

  it('finds the declarations it checks', () => {
    expect(all.filter((d) => d.property === 'font-size').length).toBeGreaterThan(30);
    expect(all.filter((d) => d.property === 'font-weight').length).toBeGreaterThan(12);
  });

  it('sizes text only on the scale; headings may be fluid', () => {
    const offScale = all
      .filter((d) => d.property === 'font-size')
      .filter(
        (d) =>
          !REM_STEPS.includes(d.value) &&
          !SVG_STEPS.includes(d.value) &&
          !PRINT_STEPS.includes(d.value) &&
          !d.value.startsWith('clamp('),
      )
      .map((d) => `${d.file}: font-size ${d.value}`);
    expect(offScale).toEqual([]);
  });

  it('uses two weights, regular and bold', () => {
    const offScale = all
      .filter((d) => d.property === 'font-weight' && !WEIGHTS.includes(d.value))
      .map((d) => `${d.file}: font-weight ${d.value}`);
    expect(offScale).toEqual([]);
  });
});
