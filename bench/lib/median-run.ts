// Which Lighthouse run of a page the benchmark reports.

/** One Lighthouse run of a page, as lighthouse-run.ts sums it up. */
export interface LighthouseSummary {
  url: string;
  lighthouseVersion: string;
  scores: Record<string, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  totalBytes: number | null;
  failing: { category: string; id: string; title: string; score: number }[];
  runtimeError: string | null;
  benchmarkIndex: number | null;
  /** This run's first paint came over 500 ms after its load event (null when Lighthouse gave no timings). */
  paintHeld: boolean | null;
}

export interface MedianRun extends LighthouseSummary {
  runs: number;
  /** How many runs had their first paint on time; the median is taken among them. */
  cleanRuns: number;
  /** Medians of those runs' simulated FCP and LCP (of all runs when every one was held). */
  fcpMedianMs: number | null;
  lcpMedianMs: number | null;
  /** Every run in the order run: its performance score, whether headless Chromium held its first paint, FCP, LCP. */
  performanceByRun: { score: number | null; held: boolean | null; fcpMs: number | null; lcpMs: number | null }[];
}

function median(values: (number | null)[]): number | null {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The run with the median performance score (the only category that varies much between runs), among the runs
 * whose first paint was not held; among all runs when every one was. FCP and LCP are also given as their own
 * medians over the same runs, since the timing targets are stated as medians.
 */
export function medianRun(attempts: LighthouseSummary[]): MedianRun {
  const clean = attempts.filter((attempt) => attempt.paintHeld === false);
  const pool = clean.length ? clean : attempts;
  const sorted = [...pool].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return {
    ...sorted[Math.floor(sorted.length / 2)]!,
    runs: attempts.length,
    cleanRuns: clean.length,
    fcpMedianMs: median(pool.map((attempt) => attempt.fcpMs)),
    lcpMedianMs: median(pool.map((attempt) => attempt.lcpMs)),
    performanceByRun: attempts.map((attempt) => ({
      score: attempt.scores.performance ?? null,
      held: attempt.paintHeld,
      fcpMs: attempt.fcpMs ?? null,
      lcpMs: attempt.lcpMs ?? null,
    })),
  };
}
