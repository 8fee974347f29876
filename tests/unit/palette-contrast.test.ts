import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, parsePalette, type Theme } from '../support/contrast';

const PALETTE_PATH = new URL('../../src/styles/palette.css', import.meta.url);
const palette = parsePalette(readFileSync(PALETTE_PATH, 'utf8'));
const THEMES: Theme[] = ['light', 'dark'];

/** Colours used for words: body text, captions, links, the accent's section numbers, error messages. */
const TEXT = ['--c-fg', '--c-muted', '--c-link', '--c-accent', '--c-error'];
/** Backgrounds that text sits on (besides --c-bg), with the text colours allowed on each. */
const TEXT_ON: Record<string, string[]> = {
  '--c-surface': TEXT,
};
/**
 * Area fills that are backgrounds, not information carriers: a chart must bound them with an edge
 * (or label them) that passes 3:1 on its own. Every other palette colour is held to the 3:1 rule for
 * graphics (WCAG 1.4.11), so a colour added later is checked without listing it here.
 */
const AREA_FILLS = new Set([
  '--c-bg',
  '--c-surface',
  '--c-track',
  '--c-accent-soft',
  '--c-ice',
  '--c-ice-active',
  '--c-water',
  '--c-deep',
]);

function ratio(fg: string, bg: string, theme: Theme) {
  return contrastRatio(palette[fg]![theme], palette[bg]![theme]);
}

describe('the contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 6);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('reads light-dark pairs and single colours, and nothing else', () => {
    const parsed = parsePalette(
      [':root {', '  --c-a: light-dark(#FFFFFF, #000000);', '  --c-b: #123456;', '  --space: 1rem;', '}'].join('\n'),
    );
    expect(parsed).toEqual({
      '--c-a': { light: '#ffffff', dark: '#000000' },
      '--c-b': { light: '#123456', dark: '#123456' },
    });
  });
});

describe('src/styles/palette.css', () => {
  it('declares the colours the site is built on', () => {
    for (const name of ['--c-bg', ...TEXT, '--c-focus', ...Object.keys(TEXT_ON)]) {
      expect(palette, `${name} missing from palette.css`).toHaveProperty([name]);
    }
  });

  for (const theme of THEMES) {
    it(`text colours reach 4.5:1 on --c-bg and on every text background (${theme})`, () => {
      const failures: string[] = [];
      for (const [bg, texts] of Object.entries({ '--c-bg': TEXT, ...TEXT_ON })) {
        for (const fg of texts) {
          const r = ratio(fg, bg, theme);
          if (r < 4.5) failures.push(`${fg} on ${bg}: ${r.toFixed(2)}:1`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`each --c-on-<name> text colour reaches 4.5:1 on --c-<name> (${theme})`, () => {
      const pairs = Object.keys(palette)
        .filter((name) => name.startsWith('--c-on-'))
        .map((name) => [name, `--c-${name.slice('--c-on-'.length)}`] as const);
      expect(pairs.length).toBeGreaterThan(0);
      const failures = pairs
        .filter(([fg, bg]) => !palette[bg] || ratio(fg, bg, theme) < 4.5)
        .map(([fg, bg]) => (palette[bg] ? `${fg} on ${bg}: ${ratio(fg, bg, theme).toFixed(2)}:1` : `${bg} missing`));
      expect(failures).toEqual([]);
    });

    it(`graphic colours reach 3:1 on --c-bg, the focus ring also on --c-surface (${theme})`, () => {
      const graphics = Object.keys(palette).filter((name) => !AREA_FILLS.has(name) && !name.startsWith('--c-on-'));
      const failures = graphics
        .filter((name) => ratio(name, '--c-bg', theme) < 3)
        .map(
          (name) =>
            `${name}: ${ratio(name, '--c-bg', theme).toFixed(2)}:1 on --c-bg ` +
            '(a background fill must be listed in AREA_FILLS of this test and bounded by a 3:1 edge in its chart)',
        );
      if (ratio('--c-focus', '--c-surface', theme) < 3) failures.push('--c-focus on --c-surface below 3:1');
      expect(failures).toEqual([]);
    });
  }
});
