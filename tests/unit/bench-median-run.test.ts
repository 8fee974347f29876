import { describe, expect, it } from 'vitest';
import type { LighthouseSummary } from '../../bench/lib/median-run';
import { medianRun } from '../../bench/lib/median-run';

function run(performance: number, paintHeld: boolean | null, lcpMs = 1400, fcpMs = 700): LighthouseSummary {
  return {
    url: 'http://127.0.0.1/',
    lighthouseVersion: '12.2.3',
    scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
    fcpMs,
    lcpMs,
    tbtMs: 0,
    cls: 0,
    totalBytes: 100_000,
    failing: [],
    runtimeError: null,
    benchmarkIndex: 2000,
    paintHeld,
  };
}

describe("the benchmark's median run", () => {
  it('is taken among the runs whose first paint was on time, and lists every run', () => {
    const median = medianRun([
      run(0.98, true, 1700),
      run(1, false, 1380),
      run(0.99, true, 1690),
      run(1, false, 1390),
      run(0.99, true, 1680),
    ]);
    expect(median.scores.performance).toBe(1);
    expect(median.lcpMs).toBeLessThan(1400);
    expect(median.runs).toBe(5);
    expect(median.cleanRuns).toBe(2);
    expect(median.performanceByRun).toEqual([
      { score: 0.98, held: true, fcpMs: 700, lcpMs: 1700 },
      { score: 1, held: false, fcpMs: 700, lcpMs: 1380 },
      { score: 0.99, held: true, fcpMs: 700, lcpMs: 1690 },
      { score: 1, held: false, fcpMs: 700, lcpMs: 1390 },
      { score: 0.99, held: true, fcpMs: 700, lcpMs: 1680 },
    ]);
    // The timing medians are over the same clean runs: the mean of the middle two of an even count.
    expect(median.lcpMedianMs).toBe(1385);
  });

  it('is the middle score of the clean runs, low ones included', () => {
    expect(medianRun([run(0.9, false), run(1, false), run(0.95, false)]).scores.performance).toBe(0.95);
  });

  it("gives FCP and LCP as medians of their own, not the median-score run's", () => {
    const median = medianRun([run(1, false, 900, 800), run(0.99, false, 1000, 600), run(0.98, false, 1100, 700)]);
    expect(median.scores.performance).toBe(0.99);
    expect(median.fcpMedianMs).toBe(700);
    expect(median.lcpMedianMs).toBe(1000);
  });

  it('falls back to every run when every first paint was held', () => {
    const median = medianRun([run(0.99, true), run(0.97, true), run(0.98, true)]);
    expect(median.scores.performance).toBe(0.98);
    expect(median.cleanRuns).toBe(0);
  });
});
