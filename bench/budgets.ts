// The figures the site must hold. npm test checks the sizes and the accessibility and best-practices
// scores (with SCORE_MARGIN for run-to-run noise); `npm run bench` reports everything against them.
// KB here means 1024 bytes, as in Lighthouse and Chrome's DevTools.

export const KB = 1024;

export const BUDGETS = {
  /** JavaScript a reader of the story downloads once every island has hydrated, gzip. */
  storyJsGzip: 60 * KB,
  /** The same for one embed page. */
  embedJsGzip: 30 * KB,
  /** dist/embed.js, the loader a host page includes next to the iframe, gzip. */
  loaderGzip: 2 * KB,
  /** Cumulative Layout Shift, everywhere. */
  cls: 0,
  /**
   * The story's first screen (masthead, first paragraph, the rest of what paints in a 390 x 844 or
   * 1280 x 800 window) and all the CSS before it end within this many bytes of the gzip response:
   * the first flight of a new connection (bench/lib/first-screen.ts).
   */
  firstScreenGzip: 14 * KB,
  /** Render-blocking stylesheets (<link rel="stylesheet"> in the head) on any page. */
  renderBlockingStylesheets: 1,
  /**
   * The story's HTML, gzip. A new connection sends 10 segments (14.6 KB), then 20, before it waits again:
   * past 43.8 KB with its headers, the HTML needs a third round trip (150 ms on the mobile profile).
   */
  storyHtmlGzip: 42 * KB,
  /**
   * One embed page's HTML, gzip: it fits the first flight (14.6 KB) with its response headers (about 1 KB
   * with the CSP), so a host page's frame paints one round trip after its request.
   */
  embedHtmlGzip: 13 * KB,
};

/** Lighthouse's simulated timings (the medians of the runs): a benchmark target, not a test. */
export const TIMING_TARGETS = {
  story: { fcpMs: 800, lcpMs: 1000 },
  embed: { fcpMs: 800, lcpMs: 800 },
};

/** Lighthouse category targets, 0..1. */
export const LIGHTHOUSE_TARGETS = {
  story: { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 },
  embed: { performance: 1, accessibility: 1, 'best-practices': 1 },
};

/** npm test accepts a score this far below target (Lighthouse varies a little from run to run). */
export const SCORE_MARGIN = 0.05;
