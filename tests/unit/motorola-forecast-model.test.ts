import { resolve } from 'node:path';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../src/data/figure-schema';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { lensLayout } from '../../src/widgets/kit/lens';
import { motorolaModel } from '../../src/widgets/motorola-forecast/model';

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
    expect(wide.log.points.map((p) => p.isApprox)).toEqual([true, false, false]);
    // The arithmetic keeps the hedges (issue 24: a ratio of "over" and "about" is "about").
    expect(wide.arithmetic).toBe('over 100 million users ÷ about 1 million users = about 100×');
  });

  // Issue 24: "over 100 million" ÷ "about 1 million" is about 100×, never "more than" (src/data/hedges.ts).
  it('keeps the hedges in the ratio, in the copy desk’s words: about 100 times', () => {
    for (const m of [narrow, wide]) {
      expect(m.missLabel).toBe('about 100 times');
      expect(texts(m.log)).toContain('about 100 times the forecast');
      expect(m.logDesc).toContain('about 100 times the forecast (over 100 million ÷ about 1 million)');
      const all = [...texts(m.log), m.logDesc].join(' | ');
      expect(all).not.toMatch(/= 100×|(?<!about )100 times the forecast|more than|less than/);
    }
  });

  it('marks “about” as it marks “over”: a dashed ring, said in the caption and the alternative text', () => {
    for (const m of [narrow, wide]) {
      expect(m.log.caption).toContain('A dashed ring marks a figure the article gives as “about”');
      expect(m.log.caption).toContain('An arrow marks a figure the article gives as a floor (“exceeded”)');
      expect(m.logDesc).toContain('a dashed ring marks one it gives as “about”');
      expect(m.logDesc).toContain('a floor (“exceeded”)');
      // The figures are the article's anecdote and a forecast: nothing vouches for a "real figure".
      expect([...m.log.caption, m.logDesc].join(' ')).not.toMatch(/real figure|“over”/);
    }
  });

  it('gives the forecast to Motorola’s president and the 2000 figure to the article, never as fact', () => {
    for (const m of [narrow, wide]) {
      expect(m.log.points.map((p) => p.label)).toEqual([
        'Motorola president’s 1996 forecast',
        'Users in 2000, the article’s count',
        'A few years later (year not given)',
      ]);
      expect(m.summary).toMatch(
        /^Motorola’s president forecast about 1 million mobile phone users in China by 2000\. /,
      );
      expect(m.summary).toContain('The article gives over 100 million for 2000, about 100 times the forecast');
      expect([...texts(m.log), m.logDesc].join(' ')).not.toMatch(/Actual|There were|Motorola’s 1996/);
    }
  });

  it('puts every power of ten on the log axis, equally spaced, each step 10×, short where words do not fit', () => {
    // With room for the reader's text spacing, written-out decades ("1 million") fit no band for the
    // article's six decades (beside the row labels the plot has 81 px a decade, "100 million" needs 97):
    // the same short labels at every width, every decade labelled from 280 px.
    const all = ['100K', '1M', '10M', '100M', '1B', '10B'];
    for (const w of [280, 360, 519, 520, 800, 1000, 1400]) {
      expect(
        motorolaModel(set, w).log.ticks.map((t) => t.label),
        `${w} px`,
      ).toEqual(all);
    }
    // Written out where there is room: figures spanning fewer decades leave it.
    const close = motorolaModel(
      withValues({ 'motorola-forecast': 1e6, 'china-mobile-users-2000': 3e6, 'china-mobile-users-later': 6e6 }),
      1000,
    );
    expect(close.log.ticks.map((t) => t.label)).toEqual(['100,000', '1 million', '10 million']);
    // Figures spanning many decades: every other decade at 280 px, from the forecast's, and no tick
    // without its number.
    const far = motorolaModel(
      withValues({ 'motorola-forecast': 10, 'china-mobile-users-2000': 1e6, 'china-mobile-users-later': 1e11 }),
      280,
    ).log.ticks;
    expect(far.map((t) => t.label)).toEqual(['10', '1K', '100K', '10M', '1B', '100B']);
    for (const w of [280, 360, 520, 800, 1400]) {
      for (const tick of motorolaModel(set, w).log.ticks) expect(tick.label, `${w} px`).not.toBe('');
    }
    const short = motorolaModel(set, 280).log.ticks;
    for (const ticks of [wide.log.ticks, short, far]) {
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
    for (const text of [wide.summary, wide.logDesc]) {
      expect(text).toContain('a few years later');
      expect(text).not.toMatch(/\b20(0[1-9]|[1-9]\d)\b/);
    }
  });

  it('arranges itself for a narrow column: labels above the dots, short ticks, values under their names', () => {
    expect(narrow.log.arrangement).toBe('above');
    expect(wide.log.arrangement).toBe('beside');
    const label = (m: typeof wide) => m.log.texts.find((t) => t.text.startsWith('Users in 2000'))!;
    expect(label(narrow).y).toBeLessThan(narrow.log.points[1]!.y - 10);
    expect(label(wide).y).toBeCloseTo(wide.log.points[1]!.y + 5, 9);
    expect(wide.log.plot.left).toBeGreaterThan(250);
    expect(narrow.log.height).toBeGreaterThan(wide.log.height);
  });

  it('follows the data', () => {
    const changed = motorolaModel(withValues({ 'china-mobile-users-2000': 85e6 }), 1000);
    expect(changed.missLabel).toBe('about 85 times');
    expect(changed.log.points[1]!.display).toBe('over 85 million users');
    const exact = motorolaModel(withChanges({ 'china-mobile-users-2000': { qualifier: 'exact' } }), 1000);
    expect(exact.missLabel).toBe('about 100 times');
    expect(exact.log.points[1]!.isFloor).toBe(false);
    const both = motorolaModel(
      withChanges({
        'china-mobile-users-2000': { qualifier: 'exact' },
        'motorola-forecast': { qualifier: 'exact' },
      }),
      1000,
    );
    expect(both.missLabel).toBe('100 times');
    expect(both.log.points.some((p) => p.isApprox)).toBe(false);
    expect(both.log.caption.join(' ')).not.toContain('dashed ring');
  });

  it('refuses a value a log scale cannot show, naming the record', () => {
    expect(() => motorolaModel(withValues({ 'motorola-forecast': 0 }), 640)).toThrow(
      /"motorola-forecast" must be above zero/,
    );
  });

  it('keeps every point finite and inside the chart for any positive figures', () => {
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
          expect(model.missLabel).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
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
