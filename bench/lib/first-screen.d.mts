export const FIRST_SCREEN_VIEWPORTS: { width: number; height: number }[];
export interface Located {
  endByte: number;
  gzipEnd: number;
}
export interface FirstScreen {
  viewport: { width: number; height: number };
  budget: number;
  htmlBytes: number;
  gzipBytes: number;
  elements: ({ label: string; text: string } & Located)[];
  last: ({ label: string; text: string } & Located) | null;
  masthead: Located | null;
  firstParagraph: ({ text: string } & Located) | null;
  css: Located & { inlineBlocks: number; external: string[] };
  gzipEnd: number;
  withinBudget: boolean;
}
export function firstScreen(
  browser: import('playwright').Browser,
  url: string,
  html: string,
  viewport: { width: number; height: number },
): Promise<FirstScreen>;
