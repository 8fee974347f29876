// Lighthouse through its Node API, on the Chromium the browser tests use (Debian's when present).
// Default config: mobile form factor, simulated throttling.
import { existsSync } from 'node:fs';
import lighthouse, { type Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright';
import { medianRun, type LighthouseSummary, type MedianRun } from './median-run.ts';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from '../../tests/support/browser.ts';

/** The browser tests' Chromium flags (tests/support/browser.ts), headless as Lighthouse needs it. */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * CHROME_PATH wins, then Debian's Chromium, then Playwright's own (after `npx playwright install
 * chromium`), then whatever Chrome chrome-launcher finds.
 */
export function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const playwrights = chromium.executablePath();
  return playwrights && existsSync(playwrights) ? playwrights : undefined;
}

/**
 * Launches Chromium, audits each URL in turn (one browser, a fresh tab per run) and closes it.
 * `throttling: 'devtools'` throttles the real network and CPU instead of simulating them: slower and noisier,
 * but the browser then parses and paints the HTML as it streams in, which Lantern's simulation does not model.
 */
export async function runLighthouse(
  urls: string[],
  {
    categories,
    runs = 1,
    throttling = 'simulate',
  }: { categories?: string[]; runs?: number; throttling?: 'simulate' | 'devtools' } = {},
): Promise<MedianRun[]> {
  const path = chromePath();
  const chrome = await chromeLauncher.launch({
    ...(path ? { chromePath: path } : {}),
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
  });
  try {
    const results: MedianRun[] = [];
    for (const url of urls) {
      const attempts: LighthouseSummary[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          throttlingMethod: throttling,
          ...(categories ? { onlyCategories: categories } : {}),
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        attempts.push(summarize(result.lhr));
      }
      results.push(medianRun(attempts));
    }
    return results;
  } finally {
    chrome.kill();
  }
}

function summarize(lhr: Result): LighthouseSummary {
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score]));
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const failing: LighthouseSummary['failing'] = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push({ category: category.id, id: audit.id, title: audit.title, score: audit.score });
      }
    }
  }
  return {
    url: lhr.finalDisplayedUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    scores,
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: numeric('total-byte-weight'),
    failing,
    runtimeError: lhr.runtimeError?.message ?? null,
    // Lighthouse's own measure of how fast this machine was during the run (higher is faster).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    paintHeld: paintHeld(lhr),
  };
}

const HELD_PAINT_MS = 500;

/**
 * Headless Chromium sometimes holds a page's first frame for one or two whole seconds after the page is
 * ready to paint (viz throttles BeginFrames to a client it judges unresponsive; GoogleChrome/lighthouse#17148).
 * Lantern then counts every request made before that late paint, so LCP and the score drop for reasons that
 * are not the page's. Served locally, a page has loaded well within 500 ms of being able to paint, so a first
 * paint more than 500 ms after the load event marks such a run. Such runs are listed in the report but left out of
 * the median, which measures the page.
 */
function paintHeld(lhr: Result): boolean | null {
  const details = lhr.audits.metrics?.details;
  // The metrics audit's details are debug data: `items[0]` holds the observed timings.
  const observed: { observedFirstPaint?: number; observedLoad?: number } | undefined =
    details?.type === 'debugdata' ? details.items?.[0] : undefined;
  if (!observed || observed.observedFirstPaint === undefined || observed.observedLoad === undefined) return null;
  return observed.observedFirstPaint - observed.observedLoad > HELD_PAINT_MS;
}
