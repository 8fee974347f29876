import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/**
 * Chart text as a reader sees it, on a page or inside a frame (chart-layout.spec.ts and the framed walk in
 * embed-scrollbars.spec.ts measure the same way).
 */
export interface TextReport {
  /** Rendered size of each visible chart text: font size × the SVG's screen scale. */
  sizes: number[];
  clipped: string[];
  charts: number;
}

/** Every visible chart text of the document, measured in the browser. */
export async function measureCharts(target: Page | Frame): Promise<TextReport> {
  return target.evaluate(() => {
    const report = { sizes: [] as number[], clipped: [] as string[], charts: 0 };
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      report.charts++;
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(text).visibility === 'hidden') continue;
        const ctm = text.getScreenCTM();
        report.sizes.push(parseFloat(getComputedStyle(text).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1));
        const slack = 1;
        if (
          r.left < box.left - slack ||
          r.right > box.right + slack ||
          r.top < box.top - slack ||
          r.bottom > box.bottom + slack
        ) {
          report.clipped.push(
            `"${text.textContent}" (${Math.round(r.left)}-${Math.round(r.right)} in ${Math.round(box.left)}-${Math.round(box.right)})`,
          );
        }
      }
    }
    return report;
  });
}

export function expectReadable(report: TextReport, where: string) {
  expect(report.charts, `${where}: charts measured`).toBeGreaterThan(0);
  expect(report.sizes.length, `${where}: texts measured`).toBeGreaterThan(0);
  expect(Math.min(...report.sizes), `${where}: smallest chart text`).toBeGreaterThanOrEqual(11);
  expect(Math.max(...report.sizes), `${where}: largest chart text`).toBeLessThanOrEqual(18);
  expect(report.clipped, `${where}: text outside its chart`).toEqual([]);
}

/**
 * A chart's text alternative: the element its aria-describedby names (its <desc> when drawn once, the
 * paragraph the server's width bands share otherwise; src/widgets/kit/band-copy.ts).
 */
export async function chartAlternative(svg: Locator): Promise<string> {
  return svg.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
}
