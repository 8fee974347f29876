import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import type { Figure } from '../../src/data/figure-schema';
import { readFigures } from '../../src/data/load-figures';
import { apiGpuOverlapModel } from '../../src/widgets/api-gpu-overlap/model';

describe('apiGpuOverlapModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const m = apiGpuOverlapModel(toFigureSet(figures), 400);
  const withOverlap = (change: Partial<Figure>) =>
    toFigureSet(figures.map((f) => (f.id === 'api-gpu-overlap' ? { ...f, ...change } : f)));

  it('draws 100 API-call customers, 70 of them also on GPU computing power', () => {
    expect(m.dots).toHaveLength(100);
    expect(m.dots.filter((d) => d.group === 'both')).toHaveLength(70);
    expect(m.dots.filter((d) => d.group === 'api-only')).toHaveLength(30);
    expect(m.bothCount).toBe(70);
    expect(m.apiOnlyCount).toBe(30);
  });

  it('draws no dots for GPU-only customers, whose number the article does not give', () => {
    expect(new Set(m.dots.map((d) => d.group))).toEqual(new Set(['both', 'api-only']));
    expect(m.notes.gpuOnly).toMatch(/gives no number, so none are drawn/);
  });

  it('keeps the groups side by side: every overlap dot left of every API-only dot', () => {
    const rightmostBoth = Math.max(...m.dots.filter((d) => d.group === 'both').map((d) => d.cx));
    const leftmostApiOnly = Math.min(...m.dots.filter((d) => d.group === 'api-only').map((d) => d.cx));
    expect(rightmostBoth).toBeLessThan(leftmostApiOnly);
    for (const dot of m.dots) {
      expect(dot.cx - m.dotRadius).toBeGreaterThanOrEqual(0);
      expect(dot.cx + m.dotRadius).toBeLessThanOrEqual(m.width);
      expect(dot.cy + m.dotRadius).toBeLessThan(m.keyY);
    }
    expect(new Set(m.dots.map((d) => `${d.cx},${d.cy}`)).size).toBe(100);
  });

  it('says what the 70% is a share of, with the article’s hedge', () => {
    expect(m.overlapLabel).toBe('as high as 70%');
    expect(m.apiOnlyLabel).toBe('30%');
    expect(m.labels.map((l) => [l.value, l.text])).toEqual([
      ['as high as 70%', 'also use GPU computing power'],
      ['30%', 'API calls only'],
    ]);
    expect(m.notes.base).toMatch(/^Each dot is 1% of the Alibaba Cloud customers who use API call services\./);
    expect(m.notes.both).toMatch(/^As high as 70% of the API-call customers also use/);
    expect(m.notes.apiOnly).toContain('(100% minus 70%)');
  });

  it('brackets each group over its own columns', () => {
    expect(m.labels[0]!.bracket).toBe('M2,50V44H278V50');
    expect(m.labels[1]!.bracket).toBe('M282,50V44H398V50');
  });

  it('follows the data', () => {
    const lower = apiGpuOverlapModel(withOverlap({ value: 55, qualifier: 'exact' }));
    expect(lower.bothCount).toBe(55);
    expect(lower.overlapLabel).toBe('55%');
    expect(lower.apiOnlyLabel).toBe('45%');
    // 55 dots fill 11 columns exactly; the API-only bracket starts where they end.
    expect(lower.labels[0]!.bracket).toBe('M2,50V44H218V50');

    const all = apiGpuOverlapModel(withOverlap({ value: 100 }));
    expect(all.labels.map((l) => l.group)).toEqual(['both']);
    const none = apiGpuOverlapModel(withOverlap({ value: 0 }));
    expect(none.labels.map((l) => l.group)).toEqual(['api-only']);
  });

  it('rounds any share to the nearest whole dot', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const model = apiGpuOverlapModel(withOverlap({ value }));
        expect(Math.abs(model.bothCount - value)).toBeLessThanOrEqual(0.5);
        expect(model.bothCount + model.apiOnlyCount).toBe(100);
      }),
    );
  });

  it('refuses a share outside 0-100', () => {
    expect(() => apiGpuOverlapModel(withOverlap({ value: -5 }))).toThrow(/from 0 to 100 \(got -5\)/);
  });
});
