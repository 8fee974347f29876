import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import type { Figure } from '../../src/data/figure-schema';
import { readFigures } from '../../src/data/load-figures';
import { marketGrowthModel } from '../../src/widgets/market-growth/model';

describe('marketGrowthModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const m = marketGrowthModel(set, 400);
  const row = (id: string) => m.rows.find((r) => r.id === id)!;
  const change = (changes: Record<string, Partial<Figure>>) =>
    toFigureSet(figures.map((f) => (changes[f.id] ? { ...f, ...changes[f.id] } : f)));

  it('draws each size as a square whose area is to scale', () => {
    const area = (id: string) => row(id).square.side ** 2;
    expect(area('public-cloud') / area('maas')).toBeCloseTo(120.669 / 1.29, 8);
    expect(area('public-cloud') / area('ai-solution')).toBeCloseTo(120.669 / 3.07, 8);
    // Side lengths are not proportional to size: that would exaggerate the difference.
    expect(row('public-cloud').square.side / row('maas').square.side).toBeCloseTo(Math.sqrt(120.669 / 1.29), 8);
  });

  it('draws growth as bars from one zero line on a separate scale', () => {
    for (const r of m.rows) {
      expect(r.bar.x).toBe(m.zeroX);
      expect(r.bar.x).toBeGreaterThanOrEqual(m.growthX);
      expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(m.width);
      // The size column and the growth column never share space.
      expect(r.square.x + r.square.side).toBeLessThan(m.growthX);
    }
    expect(row('maas').bar.width / row('public-cloud').bar.width).toBeCloseTo(421.2 / 20, 8);
    expect(row('ai-solution').bar.width / row('public-cloud').bar.width).toBeCloseTo(122.1 / 20, 8);
  });

  it('labels sizes and growth rates as the article states them', () => {
    expect(m.rows.map((r) => [r.label, r.sizeLabel, r.growthLabel])).toEqual([
      ['Public cloud', '120.669 billion yuan', 'nearly +20%'],
      ['AI large-model solutions', '3.07 billion yuan', '+122.1%'],
      ['MaaS', '1.29 billion yuan', '+421.2%'],
    ]);
    expect(row('maas').note).toBe(
      'MaaS: 1.29 billion yuan, 1.07% of the public cloud market’s size. By size the smallest of the three; by growth (+421.2% year on year) the fastest.',
    );
    expect(row('public-cloud').note).toContain(
      'By size the largest of the three; by growth (nearly +20% year on year) the slowest.',
    );
    expect(row('ai-solution').note).toContain('2.54% of the public cloud market’s size');
  });

  it('finds that size and growth rank in opposite orders', () => {
    expect(m.rows.map((r) => r.sizeRank)).toEqual([1, 2, 3]);
    expect(m.rows.map((r) => r.growthRank)).toEqual([3, 2, 1]);
    expect(m.order).toBe('opposite');
    expect(m.summary).toMatch(/opposite orders/);
  });

  it('labels growth ticks without crowding and keeps the last one inside the chart', () => {
    const labelled = m.growthTicks.filter((t) => t.label);
    expect(labelled.map((t) => t.label)).toEqual(['0%', '+200%', '+400%']);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(48);
    expect(m.growthTicks.at(-1)!.x).toBeLessThanOrEqual(m.width);
  });

  it('stacks rows without overlap, each as tall as its square', () => {
    for (let i = 1; i < m.rows.length; i++) {
      const above = m.rows[i - 1]!;
      expect(m.rows[i]!.band.y).toBeGreaterThanOrEqual(above.band.y + above.band.height);
      expect(above.band.y + above.band.height).toBeGreaterThanOrEqual(above.square.y + above.square.side);
    }
    expect(m.axisY).toBeLessThan(m.height);
  });

  it('follows the data', () => {
    const bigger = marketGrowthModel(change({ 'maas-market': { value: 12.9e9 }, 'maas-growth': { value: 10 } }));
    const maas = bigger.rows.find((r) => r.id === 'maas')!;
    expect(maas.sizeLabel).toBe('12.9 billion yuan');
    expect(maas.growthLabel).toBe('+10%');
    expect(maas.square.side ** 2 / bigger.rows[0]!.square.side ** 2).toBeCloseTo(12.9 / 120.669, 8);
    expect(maas.sizeRank).toBe(2);
    expect(maas.growthRank).toBe(3);
    expect(bigger.order).toBe('mixed');

    const same = marketGrowthModel(
      change({ 'public-cloud-growth': { value: 500, qualifier: 'exact' }, 'maas-growth': { value: 5 } }),
    );
    expect(same.order).toBe('same');
    expect(same.rows[0]!.growthLabel).toBe('+500%');
  });

  it('draws a shrinking market to the left of the zero line', () => {
    const shrinking = marketGrowthModel(change({ 'public-cloud-growth': { value: -10, qualifier: 'exact' } }));
    const cloud = shrinking.rows[0]!;
    expect(cloud.bar.x + cloud.bar.width).toBeCloseTo(shrinking.zeroX, 8);
    expect(cloud.bar.x).toBeGreaterThanOrEqual(shrinking.growthX);
    expect(shrinking.rows[2]!.bar.x).toBe(shrinking.zeroX);
  });

  it('refuses a market with no size', () => {
    expect(() => marketGrowthModel(change({ 'maas-market': { value: 0 } }))).toThrow(
      /"maas-market" must be a positive/,
    );
  });
});
