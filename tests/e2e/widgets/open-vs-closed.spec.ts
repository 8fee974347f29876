import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each check.

const widget = '[data-widget="open-vs-closed"]';

/** The server markup holds one chart per width band; the one CSS shows is "the chart". */
const shownChart = (root: Locator) => root.locator('svg.chart-svg').filter({ visible: true });

test.describe('open-vs-closed', () => {
  for (const [width, across] of [
    [320, false],
    [640, true],
    [1280, true],
  ] as const) {
    test(`at ${width} px: the two paths in words, ${across ? 'side by side' : 'one under the other'}, no quantity drawn`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed/open-vs-closed/');
      const root = page.locator(widget);
      await expect(root.locator('.widget-title')).toHaveText(
        'Closed-source use is counted; open-source use is “difficult to count”',
      );
      await expect(root.locator('astro-island')).toHaveCount(0);
      await expect(root.getByRole('radio')).toHaveCount(0);
      const chart = shownChart(root);
      await expect(chart).toHaveCount(1);
      // The Qwen downloads as the article states them, the hedge and the number on one line.
      await expect(chart.locator('text', { hasText: 'exceeded 800 million times' })).toHaveCount(1);
      // The chart's lines, joined as a reader reads them across the wraps.
      const words = (await chart.locator('text').allTextContents()).join(' ');
      expect(words).toContain('“Clear revenue recognition and a beautiful growth curve”');
      expect(words).toContain('“Difficult to count”');
      expect(words).toContain('“difficult to calculate directly”');
      expect(words).toContain('Customers call APIs');
      expect(words).toContain('Customers download them');
      await expect(root).not.toContainText(/illustrative|band width/i);
      // No flows: boxes of words and short arrows, nothing whose width stands for an amount.
      await expect(chart.locator('path')).toHaveCount(0);
      const heading = async (name: string) => (await chart.locator('text', { hasText: name }).boundingBox())!;
      const closed = await heading('Closed-source models');
      const open = await heading('Open-source models');
      if (across) {
        expect(Math.abs(closed.y - open.y)).toBeLessThan(1);
        expect(open.x).toBeGreaterThan(closed.x + closed.width);
      } else expect(open.y).toBeGreaterThan(closed.y);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
