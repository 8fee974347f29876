/**
 * WCAG 2.x contrast arithmetic and a reader for src/styles/palette.css, whose colours are
 * `--c-name: light-dark(#light, #dark);` pairs (or one #rrggbb for both themes).
 */

export type Theme = 'light' | 'dark';
export type Palette = Record<string, Record<Theme, string>>;

const HEX = '#[0-9a-fA-F]{6}';
const PAIR = new RegExp(`^\\s*(--[\\w-]+)\\s*:\\s*light-dark\\(\\s*(${HEX})\\s*,\\s*(${HEX})\\s*\\)\\s*;`);
const SINGLE = new RegExp(`^\\s*(--[\\w-]+)\\s*:\\s*(${HEX})\\s*;`);

/** Every colour custom property declared in the file, by name (with its leading dashes). */
export function parsePalette(css: string): Palette {
  const palette: Palette = {};
  for (const line of css.split(/\r?\n/)) {
    const pair = PAIR.exec(line);
    if (pair) {
      palette[pair[1]!] = { light: pair[2]!.toLowerCase(), dark: pair[3]!.toLowerCase() };
      continue;
    }
    const single = SINGLE.exec(line);
    if (single) palette[single[1]!] = { light: single[2]!.toLowerCase(), dark: single[2]!.toLowerCase() };
  }
  return palette;
}

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
