import type { Frame, Page } from '@playwright/test';

/**
 * WCAG 1.4.12's text spacing, as readers apply it for every page (a bookmarklet, an extension, a user
 * style sheet): line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em. Added as a
 * constructed style sheet, which the pages' Content-Security-Policy allows, as it allows the extension.
 */
const SPACING = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

export async function applyTextSpacing(target: Page | Frame): Promise<void> {
  await target.evaluate(async (css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, SPACING);
}

export async function removeTextSpacing(target: Page | Frame): Promise<void> {
  await target.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
  });
}

export interface LabelReport {
  charts: number;
  labels: number;
  /** Labels reaching past their chart's left or right edge. */
  clipped: string[];
  /** Pairs of labels of one chart drawn over each other. */
  overlapping: string[];
}

/** Every chart label on screen: inside its chart, and clear of the chart's other labels. */
export async function chartLabels(target: Page | Frame): Promise<LabelReport> {
  return target.evaluate(() => {
    const report = { charts: 0, labels: 0, clipped: [] as string[], overlapping: [] as string[] };
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      report.charts++;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
        (t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).visibility !== 'hidden',
      );
      const boxes = texts.map((t) => t.getBoundingClientRect());
      report.labels += texts.length;
      boxes.forEach((r, i) => {
        if (r.left < box.left - 1 || r.right > box.right + 1)
          report.clipped.push(
            `"${texts[i]!.textContent}" (${Math.round(r.left)}-${Math.round(r.right)} in ${Math.round(box.left)}-${Math.round(box.right)})`,
          );
      });
      // Glyph boxes include the line's ascent and descent: a few px of vertical overlap is two lines set close.
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 1 && down > 3)
            report.overlapping.push(`"${texts[i]!.textContent}" / "${texts[j]!.textContent}"`);
        }
      }
    }
    return report;
  });
}
