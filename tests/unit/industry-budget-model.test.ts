import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import type { Figure } from '../../src/data/figure-schema';
import { readFigures } from '../../src/data/load-figures';
import { industryBudgetModel } from '../../src/widgets/industry-budget/model';

describe('industryBudgetModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const m = industryBudgetModel(toFigureSet(figures), 400);
  const withShare = (change: Partial<Figure>) =>
    toFigureSet(figures.map((f) => (f.id === 'key-industries-budget-share' ? { ...f, ...change } : f)));

  it('draws the three industries as one segment, 60% of the bar, and the rest after it', () => {
    expect(m.bar.width).toBe(400);
    expect(m.segment.x).toBe(0);
    expect(m.segment.width / m.bar.width).toBeCloseTo(0.6, 10);
    expect(m.rest.x).toBeCloseTo(m.segment.width, 10);
    expect(m.segment.width + m.rest.width).toBeCloseTo(m.bar.width, 10);
    expect(m.edgeX).toBeCloseTo(240, 10);
  });

  it('says “over” with an open edge: a fade and an arrow pointing past 60%', () => {
    expect(m.shareLabel).toBe('over 60%');
    expect(m.restLabel).toBe('under 40%');
    expect(m.openEdge).toBe('further');
    expect(m.fade.length).toBeGreaterThan(0);
    expect(m.fade[0]!.x).toBeCloseTo(m.edgeX, 10);
    const opacities = m.fade.map((step) => step.opacity);
    expect([...opacities].sort((a, b) => b - a)).toEqual(opacities);
    expect(m.arrow).not.toBeNull();
    expect(m.arrow!.x1).toBeCloseTo(m.edgeX, 10);
    expect(m.arrow!.x2).toBeGreaterThan(m.arrow!.x1);
    expect(m.arrow!.label).toBe('the true edge lies further right');
  });

  it('invents no split among the three industries', () => {
    expect(m.notes.split).toMatch(/^Not given/);
    expect(m.notes.split).toMatch(/not divided/);
    expect(m.notes.three).toContain('over 60% of the AI large-model solution budget (H1 2025)');
    expect(m.notes.rest).toContain('under 40%');
  });

  it('marks 0%, the given share and 100% on the scale', () => {
    expect(m.ticks.map((t) => [t.x, t.label])).toEqual([
      [0, '0%'],
      [240, '60%'],
      [400, '100%'],
    ]);
    expect(m.ticks.map((t) => t.anchor)).toEqual(['start', 'middle', 'end']);
  });

  it('follows the data: value and hedge', () => {
    const more = industryBudgetModel(withShare({ value: 65 }));
    expect(more.segment.width).toBeCloseTo(260, 10);
    expect(more.shareLabel).toBe('over 65%');
    expect(more.restLabel).toBe('under 35%');

    const exact = industryBudgetModel(withShare({ qualifier: 'exact' }));
    expect(exact.shareLabel).toBe('60%');
    expect(exact.restLabel).toBe('40%');
    expect(exact.openEdge).toBe('none');
    expect(exact.fade).toEqual([]);
    expect(exact.arrow).toBeNull();
    expect(exact.height).toBeLessThan(m.height);

    const nearly = industryBudgetModel(withShare({ qualifier: 'nearly' }));
    expect(nearly.restLabel).toBe('just over 40%');
    expect(nearly.arrow!.x2).toBeLessThan(nearly.arrow!.x1);
    expect(nearly.fade).toEqual([]);
  });

  it('keeps everything inside the bar for any share', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const model = industryBudgetModel(withShare({ value }));
        expect(model.segment.width + model.rest.width).toBeCloseTo(400, 6);
        for (const step of model.fade) expect(step.x + step.width).toBeLessThanOrEqual(400);
        expect(model.arrow!.x2).toBeLessThanOrEqual(400);
      }),
    );
  });

  it('refuses a share outside 0-100', () => {
    expect(() => industryBudgetModel(withShare({ value: 130 }))).toThrow(/from 0 to 100 \(got 130\)/);
  });
});
