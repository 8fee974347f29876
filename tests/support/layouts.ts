import { expect, it } from 'vitest';
import { BANDS, TEST_WIDTHS, bandFor } from '../../src/widgets/kit/bands';
import type { ChartLayout } from '../../src/widgets/kit/geometry';
import { layoutProblems } from '../../src/widgets/kit/layout-check';

/**
 * The checks every chart model owes at every width readers use: each layout sound (no text outside the
 * chart, none overlapping, sizes in range) and, within a band, one height (so the layouts sent per band
 * and the one a hydrated view draws at its exact width do not shift the page).
 */
export function itLaysOutAtEveryWidth(layoutsAt: (width: number) => Record<string, ChartLayout>): void {
  for (const width of TEST_WIDTHS) {
    it(`lays out soundly at ${width} px`, () => {
      const layouts = layoutsAt(width);
      expect(Object.keys(layouts).length).toBeGreaterThan(0);
      for (const [name, layout] of Object.entries(layouts)) {
        expect(layout.width, name).toBe(width);
        expect(layout.texts.length, name).toBeGreaterThan(0);
        expect(layoutProblems(layout), `${name} at ${width} px`).toEqual([]);
      }
    });
  }

  it('keeps one height within each band', () => {
    for (const band of BANDS) {
      const widths = TEST_WIDTHS.filter((w) => bandFor(w) === band);
      const heights = widths.map((w) =>
        Object.fromEntries(Object.entries(layoutsAt(w)).map(([k, l]) => [k, l.height])),
      );
      for (const h of heights) expect(h, `${band.id}: ${widths.join(', ')} px`).toEqual(heights[0]);
    }
  });
}
