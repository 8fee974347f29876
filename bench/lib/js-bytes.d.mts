import type { Page } from '@playwright/test';
export function gzipSize(buffer: Uint8Array): number;
export function hydrateEverything(
  page: Page,
  options?: { timeout?: number },
): Promise<{ islands: number; notHydrated: number }>;
export interface JavaScriptMeasure {
  url: string;
  files: { url: string; bytes: number; gzip: number }[];
  filesGzip: number;
  inlineScripts: number;
  inlineGzip: number;
  totalGzip: number;
  islands: number;
  notHydrated: number;
}
export function measureJavaScript(page: Page, url: string): Promise<JavaScriptMeasure>;
