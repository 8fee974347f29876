import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { lensPercent, maasShareModel } from '../../src/widgets/maas-share/model';

describe('maasShareModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const m = maasShareModel(set, 400);

  it('draws the MaaS market to scale inside the public cloud bar', () => {
    expect(m.market.width).toBe(400);
    expect(m.maas.width / m.market.width).toBeCloseTo(1.29 / 120.669, 10);
    expect(m.shareLabel).toBe('1.07%');
  });

  it('magnifies a round window of the market and keeps the sliver to scale in it', () => {
    expect(m.lens.percent).toBe(5);
    expect(m.lens.factor).toBe(20);
    expect(m.lens.width).toBeCloseTo(20, 10);
    expect(m.maasMagnified.width / m.magnified.width).toBeCloseTo(1.29 / (120.669 * 0.05), 10);
    expect(m.magnifiedTicks.map((t) => t.label)).toEqual(['0%', '1%', '2%', '3%', '4%', '5%']);
  });

  it('puts growth on its own scale, fastest growth longest', () => {
    const [cloud, ai, maas] = m.growthBars;
    expect(cloud!.growth).toBe('nearly +20%');
    expect(maas!.growth).toBe('+421.2%');
    expect(maas!.width).toBeGreaterThan(ai!.width);
    expect(ai!.width).toBeGreaterThan(cloud!.width);
    expect(maas!.width / cloud!.width).toBeCloseTo(421.2 / 20, 5);
    expect(maas!.size).toBe('1.29 billion yuan');
  });

  it('follows the data', () => {
    const doubled = toFigureSet(figures.map((f) => (f.id === 'maas-market' ? { ...f, value: 2.58e9 } : f)));
    expect(maasShareModel(doubled).shareLabel).toBe('2.14%');
  });

  it('chooses a lens that shows any share at least twice over', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 50, noNaN: true }), (share) => {
        const lens = lensPercent(share);
        expect(lens).toBeGreaterThanOrEqual(share * 2);
        expect(lens).toBeLessThanOrEqual(100);
      }),
    );
  });
});
