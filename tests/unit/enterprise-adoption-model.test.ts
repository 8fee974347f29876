import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import type { Figure } from '../../src/data/figure-schema';
import { readFigures } from '../../src/data/load-figures';
import { enterpriseAdoptionModel } from '../../src/widgets/enterprise-adoption/model';

describe('enterpriseAdoptionModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const m = enterpriseAdoptionModel(toFigureSet(figures), 400);
  const withNotIn = (change: Partial<Figure>) =>
    toFigureSet(figures.map((f) => (f.id === 'enterprises-not-in' ? { ...f, ...change } : f)));
  const inArea = (cells: { inFraction: number }[]) => cells.reduce((sum, c) => sum + c.inFraction, 0);

  it('is a 10 × 10 waffle with one cell in and 99 not yet', () => {
    expect(m.cells).toHaveLength(100);
    expect(m.cells.filter((c) => c.inFraction === 1)).toHaveLength(1);
    expect(m.cells.filter((c) => c.inFraction === 0)).toHaveLength(99);
    expect(m.cells[0]!.inFraction).toBe(1);
    expect(new Set(m.cells.map((c) => c.x)).size).toBe(10);
    expect(new Set(m.cells.map((c) => c.y)).size).toBe(10);
    expect(inArea(m.cells)).toBe(1);
  });

  it('fits the grid and its labels in the chart without overlap', () => {
    const right = Math.max(...m.cells.map((c) => c.x + c.size));
    const bottom = Math.max(...m.cells.map((c) => c.y + c.size));
    expect(right).toBeLessThan(m.labelX);
    expect(m.labelX).toBeLessThan(m.width - 100);
    expect(m.inLabelY).toBeLessThan(Math.min(...m.cells.map((c) => c.y)));
    expect(m.keyY).toBeGreaterThan(bottom);
    expect(m.keyY).toBeLessThanOrEqual(m.height);
  });

  it('labels both groups from the record and the derived figure', () => {
    expect(m.inLabel).toBe('1%');
    expect(m.notInLabel).toBe('99%');
    expect(m.arithmetic).toBe('100% − 99% = 1%');
    expect(m.notes.in).toContain('(100% − 99% = 1%)');
    expect(m.notes.notIn).toMatch(/^99% of enterprises have not really entered the market yet/);
  });

  it('follows the data, drawing a fractional share as part of a cell', () => {
    const three = enterpriseAdoptionModel(withNotIn({ value: 97 }));
    expect(three.cells.filter((c) => c.inFraction === 1)).toHaveLength(3);
    expect(three.inLabel).toBe('3%');

    const half = enterpriseAdoptionModel(withNotIn({ value: 98.5, qualifier: 'about' }));
    expect(half.cells.map((c) => c.inFraction).slice(0, 3)).toEqual([1, 0.5, 0]);
    expect(half.inCells).toBe(2);
    expect(half.notInLabel).toBe('about 98.5%');
  });

  it('fills exactly the derived share for any value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const model = enterpriseAdoptionModel(withNotIn({ value }));
        expect(inArea(model.cells)).toBeCloseTo(100 - value, 9);
        // Filled from the top-left: no empty cell before a filled one.
        const fractions = model.cells.map((c) => c.inFraction);
        expect([...fractions].sort((a, b) => b - a)).toEqual(fractions);
      }),
    );
  });

  it('refuses a share outside 0-100', () => {
    expect(() => enterpriseAdoptionModel(withNotIn({ value: 101 }))).toThrow(/from 0 to 100 \(got 101\)/);
  });
});
