import { resolve } from 'node:path';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../src/data/figure-schema';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { lensLayout } from '../../src/widgets/kit/lens';
import { ratioHedge } from '../../src/widgets/motorola-forecast/hedge';
import { motorolaModel } from '../../src/widgets/motorola-forecast/model';
import { itLaysOutAtEveryWidth } from '../support/layouts';

describe('motorolaModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const narrow = motorolaModel(set, 400);
  const wide = motorolaModel(set, 1000);
  const withChanges = (changes: Record<string, { value?: number; qualifier?: Qualifier }>) =>
    toFigureSet(figures.map((f) => (f.id in changes ? { ...f, ...changes[f.id] } : f)));
  const withValues = (values: Record<string, number>) =>
    withChanges(Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }])));
  const texts = (layout: { texts: readonly { text: string }[] }) => layout.texts.map((t) => t.text);

  it('labels the three numbers as the article hedges them', () => {
    expect(wide.log.points.map((p) => p.display)).toEqual([
      'about 1 million users',
      'over 100 million users',
      'over 1 billion users',
    ]);
    expect(wide.log.points.map((p) => p.isFloor)).toEqual([false, true, true]);
    // Narrow, the unit word may go (the row labels say "users"); the hedges never do.
    expect(narrow.log.points.map((p) => p.display)).toEqual(['about 1 million', 'over 100 million', 'over 1 billion']);
    expect(texts(wide.linear)).toEqual(
      expect.arrayContaining(['about 1 million users', 'over 100 million users', 'over 1 billion users']),
    );
    // The arithmetic keeps the hedges (issue 24: a ratio of "over" and "about" is "about").
    expect(wide.arithmetic).toBe('over 100 million users ÷ about 1 million users = about 100×');
  });

  // Issue 24: "over 100 million" ÷ "about 1 million" is about 100×, never "more than" (src/data/hedges.ts).
  it('keeps the hedges in the ratio: about 100×, the forecast about 1%', () => {
    for (const m of [narrow, wide]) {
      expect(m.missLabel).toBe('about 100×');
      expect(texts(m.log)).toContain('about 100× the forecast');
      expect(m.logDesc).toContain('about 100× the forecast');
      expect(m.linearDesc).toContain('about 100× the forecast (over 100 million ÷ about 1 million)');
      expect(m.linear.forecastShare).toBe('The forecast is about 1% of the 2000 figure');
      expect(m.linearDesc).toContain('The forecast is about 1% of the 2000 figure');
      const all = [...texts(m.log), ...texts(m.linear), m.logDesc, m.linearDesc].join(' | ');
      expect(all).not.toMatch(/= 100×|(?<!about )100× the forecast|is 1% of|more than|less than/);
    }
  });

  it('puts every power of ten on the log axis, equally spaced, each step 10×, short where words do not fit', () => {
    // Written out ("1 million") only where they fit with room for the reader's text spacing: at no band
    // beside the row labels, whose column that room widens too.
    expect(wide.log.ticks.map((t) => t.label)).toEqual(['100K', '1M', '10M', '100M', '1B', '10B']);
    // At 280 px every other decade, from the forecast's.
    const short = motorolaModel(set, 280).log.ticks;
    expect(short.map((t) => t.label)).toEqual(['', '1M', '', '100M', '', '10B']);
    for (const ticks of [wide.log.ticks, short]) {
      const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i]!.x);
      for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 9);
    }
    expect(wide.log.caption[0]).toContain('each step to the right is 10×');
    expect(texts(wide.log)).toContain('Log scale: each step to the right is 10×');
  });

  it('places each point at its value on the log scale', () => {
    for (const m of [narrow, wide]) {
      const [t1m, t100m, t1b] = [1, 3, 4].map((i) => m.log.ticks[i]!.x);
      const [forecast, actual, later] = m.log.points;
      expect(forecast!.x).toBeCloseTo(t1m!, 9);
      expect(actual!.x).toBeCloseTo(t100m!, 9);
      expect(later!.x).toBeCloseTo(t1b!, 9);
    }
  });

  it('spans the miss from the forecast to the 2000 figure in two ×10 steps', () => {
    const { miss, points } = wide.log;
    expect(miss.x1).toBe(points[0]!.x);
    expect(miss.x2).toBe(points[1]!.x);
    expect(miss.steps).toHaveLength(2);
    expect(texts(wide.log).filter((t) => t === '×10')).toHaveLength(2);
    expect(miss.steps[0]).toBeGreaterThan(miss.x1);
    expect(miss.steps[1]).toBeLessThan(miss.x2);
  });

  it('does not place "a few years later" on a year', () => {
    expect(wide.log.points[2]!.label).toBe('A few years later (year not given)');
    expect(texts(wide.linear)).toContain('A few years later (year not given)');
    for (const text of [wide.summary, wide.logDesc, wide.linearDesc]) {
      expect(text).toContain('a few years later');
      expect(text).not.toMatch(/\b20(0[1-9]|[1-9]\d)\b/);
    }
  });

  it('draws the linear bars to scale and magnifies the start so the forecast shows', () => {
    const l = narrow.linear;
    const [forecast, actual, later] = l.bars;
    expect(later!.width).toBe(400);
    expect(actual!.width / later!.width).toBeCloseTo(0.1, 9);
    expect(forecast!.width).toBeCloseTo(0.4, 9);
    // Shortened in a narrow band, where the whole note would run past its edge.
    expect(l.thinNote).toBe('0.1%: too thin to see');
    expect(texts(l)).toContain('0.1%: too thin to see');
    expect(wide.linear.thinNote).toBe('0.1% of the axis: too thin to see');
    expect(l.factor).toBe(10);
    expect(l.lens.lens.width).toBeCloseTo(40, 9);
    const [insetForecast, insetActual] = l.inset.bars;
    expect(l.inset.bars).toHaveLength(2);
    expect(insetActual!.width).toBe(400);
    expect(insetForecast!.width).toBeCloseTo(4, 9);
    expect(l.heading).toBe('First 100 million users, magnified 10×');
    // Wrapped in a narrow column.
    expect(texts(l).join(' ')).toContain(l.heading);
    // Wrapped in a narrow column, whole in a wide one.
    expect(texts(l).join(' ')).toContain(l.forecastShare);
    expect(texts(wide.linear)).toContain(wide.linear.forecastShare);
  });

  it('joins the lens to the magnified part with two lines that cross no text', () => {
    const { lens, magnified, connectors } = wide.linear.lens;
    expect(connectors[0]).toMatchObject({ x1: lens.x, y1: lens.y + lens.height, x2: 0, y2: magnified.y });
    expect(connectors[1]).toMatchObject({ x1: lens.x + lens.width, x2: 1000, y2: magnified.y });
    // Between the frame's bottom and the magnified part's top there is no text to cross.
    const between = wide.linear.texts.filter((t) => t.y > lens.y + lens.height && t.y - 11 < magnified.y);
    expect(between).toEqual([]);
  });

  it('arranges itself for a narrow column: labels above the dots, short ticks, values under their names', () => {
    expect(narrow.log.arrangement).toBe('above');
    expect(wide.log.arrangement).toBe('beside');
    const label = (m: typeof wide) => m.log.texts.find((t) => t.text === 'Actual users in 2000')!;
    expect(label(narrow).y).toBeLessThan(narrow.log.points[1]!.y - 10);
    expect(label(wide).y).toBeCloseTo(wide.log.points[1]!.y + 5, 9);
    expect(wide.log.plot.left).toBeGreaterThan(250);
    expect(narrow.linear.stacked).toBe(true);
    expect(wide.linear.stacked).toBe(false);
    expect(wide.linear.texts.find((t) => t.text === 'over 1 billion users')!.anchor).toBe('end');
    expect(narrow.log.height).toBeGreaterThan(wide.log.height);
    expect(narrow.linear.height).toBeGreaterThan(wide.linear.height);
  });

  it('follows the data', () => {
    const changed = motorolaModel(withValues({ 'china-mobile-users-2000': 85e6 }), 1000);
    expect(changed.missLabel).toBe('about 85×');
    expect(changed.log.points[1]!.display).toBe('over 85 million users');
    // The magnified window is the 2000 figure rounded up to a round number.
    expect(changed.linear.heading).toBe('First 90 million users, magnified 11.1×');
    const exact = motorolaModel(withChanges({ 'china-mobile-users-2000': { qualifier: 'exact' } }), 1000);
    expect(exact.missLabel).toBe('about 100×');
    expect(exact.log.points[1]!.isFloor).toBe(false);
    const both = motorolaModel(
      withChanges({
        'china-mobile-users-2000': { qualifier: 'exact' },
        'motorola-forecast': { qualifier: 'exact' },
      }),
      1000,
    );
    expect(both.missLabel).toBe('100×');
    expect(both.linear.forecastShare).toBe('The forecast is 1% of the 2000 figure');
  });

  it('refuses a value a log scale cannot show, naming the record', () => {
    expect(() => motorolaModel(withValues({ 'motorola-forecast': 0 }), 640)).toThrow(
      /"motorola-forecast" must be above zero/,
    );
  });

  it('keeps every point and bar finite and inside the chart for any positive figures', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.constantFrom(280, 640, 1000),
        (a, b, c, width) => {
          const model = motorolaModel(
            withValues({ 'motorola-forecast': a, 'china-mobile-users-2000': b, 'china-mobile-users-later': c }),
            width,
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
          expect(model.linear.lens.lens.width).toBeLessThanOrEqual(model.width + 1e-9);
          expect(model.linear.factor).toBeGreaterThanOrEqual(1);
          expect(model.missLabel).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });

  itLaysOutAtEveryWidth((width) => {
    const model = motorolaModel(set, width);
    return { log: model.log, linear: model.linear };
  });
});

// Issue 24: the ratio's words come from the shared table (src/data/hedges.ts, tests/unit/hedges.test.ts);
// "about" on either side wins, and two floors cannot be divided into a hedge at all.
describe('ratioHedge', () => {
  it('gives a ratio the words of its hedge from the table', () => {
    expect(ratioHedge('over', 'about')).toBe('about');
    expect(ratioHedge('about', 'over')).toBe('about');
    expect(ratioHedge('over', 'exact')).toBe('over');
    expect(ratioHedge('exact', 'nearly')).toBe('just over');
    expect(ratioHedge('nearly', 'exact')).toBe('nearly');
    expect(() => ratioHedge('over', 'over')).toThrow('cannot be hedged');
    expect(ratioHedge('exact', 'about')).toBe('about');
    expect(ratioHedge('exact', 'exact')).toBe('');
  });
});

describe('lensLayout', () => {
  const outer = scaleLinear().domain([0, 100]).range([0, 500]);
  const target = { x: 0, y: 100, width: 500, height: 40 };

  it('frames the window on the outer scale and magnifies it across the target', () => {
    const l = lensLayout({ outer, window: [0, 10], frames: { y: 20, height: 30 }, pad: 4, target });
    expect(l.lens).toEqual({ x: 0, y: 16, width: 50, height: 38 });
    expect(l.magnified).toEqual(target);
    expect(l.zoom(10)).toBe(500);
    expect(l.zoom(1)).toBeCloseTo(50, 9);
    expect(l.connectors).toEqual([
      { x1: 0, y1: 54, x2: 0, y2: 100 },
      { x1: 50, y1: 54, x2: 500, y2: 100 },
    ]);
  });

  it('refuses an empty window and a target above the frame', () => {
    expect(() => lensLayout({ outer, window: [5, 5], frames: { y: 0, height: 10 }, target })).toThrow(/upwards/);
    expect(() => lensLayout({ outer, window: [0, 5], frames: { y: 90, height: 20 }, target })).toThrow(/above/);
  });
});
