import type { MedianRun } from './median-run.mjs';
export const DEBIAN_CHROMIUM: string;
export const LIGHTHOUSE_CHROME_FLAGS: string[];
export function chromePath(): string | undefined;
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
export function runLighthouse(urls: string[], options?: { categories?: string[]; runs?: number }): Promise<MedianRun[]>;
