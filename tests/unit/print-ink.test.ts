import { describe, expect, it } from 'vitest';
import { pageInk, readPgm } from '../support/print-ink';

/** A 100 × 297 page (1 px a mm), white, with ink on the given rows. */
function page(inkRows: (y: number) => boolean) {
  const width = 100;
  const height = 297;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) if (inkRows(y)) pixels.fill(0, y * width + 10, y * width + 90);
  const header = new TextEncoder().encode(`P5\n# made in a test\n${width} ${height}\n255\n`);
  const data = new Uint8Array(header.length + pixels.length);
  data.set(header);
  data.set(pixels, header.length);
  return readPgm(data);
}

describe('pageInk', () => {
  it('reads a full page of lines as not blank: the gaps between lines are too short to count', () => {
    const ink = pageInk(page((y) => y % 6 < 3));
    expect(ink.inked).toBe(true);
    expect(ink.blank).toBe(0);
  });

  it('counts a page whose lower half is empty as half blank', () => {
    const ink = pageInk(page((y) => y < 148 && y % 6 < 3));
    expect(ink.blank).toBeGreaterThan(0.45);
    expect(ink.blank).toBeLessThan(0.55);
  });

  it('counts a gap in the middle of the page, and an empty page as all blank', () => {
    const gap = pageInk(page((y) => (y < 100 || y > 200) && y % 6 < 3));
    expect(gap.blank).toBeGreaterThan(0.35);
    const empty = pageInk(page(() => false));
    expect(empty.inked).toBe(false);
    expect(empty.blank).toBe(1);
  });

  it('refuses a file that is not an 8-bit grey PGM', () => {
    expect(() => readPgm(new TextEncoder().encode('P6\n1 1\n255\nabc'))).toThrow(/PGM/);
  });
});
