export const KB: number;
export const BUDGETS: { storyJsGzip: number; embedJsGzip: number; loaderGzip: number; cls: number };
export const LIGHTHOUSE_TARGETS: {
  story: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  embed: Record<'performance' | 'accessibility' | 'best-practices', number>;
};
export const SCORE_MARGIN: number;
