export const KB: number;
export const BUDGETS: {
  storyJsGzip: number;
  embedJsGzip: number;
  loaderGzip: number;
  cls: number;
  firstScreenGzip: number;
  renderBlockingStylesheets: number;
  storyHtmlGzip: number;
  embedHtmlGzip: number;
};
export const TIMING_TARGETS: Record<'story' | 'embed', { fcpMs: number; lcpMs: number }>;
export const LIGHTHOUSE_TARGETS: {
  story: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  embed: Record<'performance' | 'accessibility' | 'best-practices', number>;
};
export const SCORE_MARGIN: number;
