import type { LighthouseSummary } from './lighthouse-run.mjs';
export interface MedianRun extends LighthouseSummary {
  runs: number;
  /** How many runs had their first paint on time; the median is taken among them. */
  cleanRuns: number;
  /** Every run's performance score, in the order run, and whether headless Chromium held its first paint. */
  performanceByRun: { score: number | null; held: boolean | null }[];
}
export function medianRun(attempts: LighthouseSummary[]): MedianRun;
