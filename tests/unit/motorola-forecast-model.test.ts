import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { motorolaModel } from '../../src/widgets/motorola-forecast/model';

describe('motorolaModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const m = motorolaModel(set, 400);
  const withValues = (values: Record<string, number>) =>
    toFigureSet(figures.map((f) => (f.id in values ? { ...f, value: values[f.id]! } : f)));

  it('labels the three numbers as the article hedges them', () => {
    expect(m.log.points.map((p) => p.display)).toEqual([
      'about 1 million users',
      'over 100 million users',
      'over 1 billion users',
    ]);
    expect(m.log.points.map((p) => p.isFloor)).toEqual([false, true, true]);
    expect(m.missLabel).toBe('100×');
    expect(m.arithmetic).toBe('100 million users ÷ 1 million users = 100×');
  });

  it('puts every power of ten on the log axis, equally spaced, each step 10×', () => {
    expect(m.log.ticks.map((t) => t.label)).toEqual(['100K', '1M', '10M', '100M', '1B', '10B']);
    const gaps = m.log.ticks.slice(1).map((t, i) => t.x - m.log.ticks[i]!.x);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 9);
    expect(m.log.caption[0]).toContain('each step to the right is 10×');
  });

  it('places each point at its value on the log scale', () => {
    const tickX = (label: string) => m.log.ticks.find((t) => t.label === label)!.x;
    const [forecast, actual, later] = m.log.points;
    expect(forecast!.x).toBeCloseTo(tickX('1M'), 9);
    expect(actual!.x).toBeCloseTo(tickX('100M'), 9);
    expect(later!.x).toBeCloseTo(tickX('1B'), 9);
  });

  it('spans the 100× miss from the forecast to the 2000 figure in two ×10 steps', () => {
    expect(m.log.miss.x1).toBe(m.log.points[0]!.x);
    expect(m.log.miss.x2).toBe(m.log.points[1]!.x);
    expect(m.log.miss.steps.map((s) => s.label)).toEqual(['×10', '×10']);
    expect(m.log.miss.label).toBe('100× the forecast');
  });

  it('does not place "a few years later" on a year', () => {
    expect(m.log.points[2]!.label).toBe('A few years later (year not given)');
    expect(m.summary).toContain('a few years later');
    expect(m.summary).not.toMatch(/\b20(0[1-9]|[1-9]\d)\b/);
  });

  it('keeps the value labels inside the view box', () => {
    for (const p of m.log.points) {
      const width = p.display.length * 7;
      const [left, right] = p.valueAnchor === 'start' ? [p.valueX, p.valueX + width] : [p.valueX - width, p.valueX];
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(m.width);
    }
  });

  it('draws the linear bars to scale and magnifies the start so the forecast shows', () => {
    const [forecast, actual, later] = m.linear.bars;
    expect(later!.width).toBe(400);
    expect(actual!.width / later!.width).toBeCloseTo(0.1, 9);
    expect(forecast!.width).toBeCloseTo(0.4, 9);
    expect(m.linear.thinNote).toBe('0.1% of the axis: too thin to see');
    expect(m.linear.lens.factor).toBe(10);
    expect(m.linear.lens.width).toBeCloseTo(40, 9);
    const [insetForecast, insetActual] = m.linear.inset.bars;
    expect(m.linear.inset.bars).toHaveLength(2);
    expect(insetActual!.width).toBe(400);
    expect(insetForecast!.width).toBeCloseTo(4, 9);
    expect(m.linear.insetCaption).toEqual([
      'First 100 million users, magnified 10×',
      'The forecast is 1% of the 2000 figure',
    ]);
  });

  it('follows the data', () => {
    const changed = motorolaModel(withValues({ 'china-mobile-users-2000': 85e6 }));
    expect(changed.missLabel).toBe('85×');
    expect(changed.log.points[1]!.display).toBe('over 85 million users');
    // The magnified window is the 2000 figure rounded up to a round number.
    expect(changed.linear.insetCaption[0]).toBe('First 90 million users, magnified 11.1×');
  });

  it('refuses a value a log scale cannot show, naming the record', () => {
    expect(() => motorolaModel(withValues({ 'motorola-forecast': 0 }))).toThrow(
      /"motorola-forecast" must be above zero/,
    );
  });

  it('keeps every point and tick finite and inside the view box for any positive figures', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        (a, b, c) => {
          const model = motorolaModel(
            withValues({ 'motorola-forecast': a, 'china-mobile-users-2000': b, 'china-mobile-users-later': c }),
          );
          for (const p of model.log.points) {
            expect(Number.isFinite(p.x)).toBe(true);
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x).toBeLessThanOrEqual(model.width);
          }
          for (const bar of [...model.linear.bars, ...model.linear.inset.bars]) {
            expect(Number.isFinite(bar.width)).toBe(true);
            expect(bar.width).toBeGreaterThanOrEqual(0);
            expect(bar.width).toBeLessThanOrEqual(model.width);
          }
          expect(model.linear.lens.width).toBeLessThanOrEqual(model.width + 1e-9);
          expect(model.linear.lens.factor).toBeGreaterThanOrEqual(1);
          expect(model.missLabel).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });
});
