export const DEBIAN_CHROMIUM: string;
export const LIGHTHOUSE_CHROME_FLAGS: string[];
export function chromePath(): string | undefined;
export interface LighthouseSummary {
  url: string;
  lighthouseVersion: string;
  scores: Record<string, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  totalBytes: number | null;
  failing: { category: string; id: string; title: string; score: number }[];
  runtimeError: string | null;
  benchmarkIndex: number | null;
  runs: number;
}
export function runLighthouse(
  urls: string[],
  options?: { categories?: string[]; runs?: number },
): Promise<LighthouseSummary[]>;
