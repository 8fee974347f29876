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
};

/** Lighthouse category targets, 0..1. */
export const LIGHTHOUSE_TARGETS = {
  story: { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 },
  embed: { performance: 1, accessibility: 1, 'best-practices': 1 },
};

/** npm test accepts a score this far below target (Lighthouse varies a little from run to run). */
export const SCORE_MARGIN = 0.05;
