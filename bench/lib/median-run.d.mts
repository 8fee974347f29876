import type { LighthouseSummary } from './lighthouse-run.mjs';
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
export function medianRun(attempts: LighthouseSummary[]): MedianRun;
