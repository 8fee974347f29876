import { expect, test } from '@playwright/test';

// Section 03's graphic on its embed page (its address is the first edition's full-stack, now live again):
// static, complete without JavaScript, and whole from 280 px.

const widget = '[data-widget="full-stack"]';

test.describe('full-stack', () => {
  test.use({ javaScriptEnabled: false });

  // 292: the embed page's 6 px padding each side leaves the widget its narrowest width, 280 px.
  for (const width of [292, 390, 1280]) {
    test(`at ${width} px, without JavaScript: the stack behind one API call, whole, text 12-15 px inside the chart`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed/full-stack/');
      const root = page.locator(widget);
      await expect(root.locator('.widget-title')).toHaveText('What stands behind one large-model API call');
      await expect(root.locator('astro-island')).toHaveCount(0);
      const chart = root.locator('svg.chart-svg').filter({ visible: true });
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAccessibleName(/stack behind one large-model API call/);
      await expect.poll(() => root.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(width);
      const text = (await chart.locator('text').allTextContents()).join(' ');
      for (const words of [
        'One API call',
        'Model service (MaaS)',
        'PaaS layer',
        'Govern it',
        'Build an Agent workflow',
        'IaaS layer',
        'GPU cluster scheduling',
        'shortcoming in any layer',
      ]) {
        expect(text).toContain(words);
      }
      const texts = await chart.evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].map((text) => {
          const box = text.getBoundingClientRect();
          return {
            text: text.textContent,
            px: parseFloat(getComputedStyle(text).fontSize),
            outside: box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.bottom > frame.bottom + 0.5,
          };
        });
      });
      for (const t of texts) {
        expect(t.px, t.text ?? '').toBeGreaterThanOrEqual(12);
        expect(t.px, t.text ?? '').toBeLessThanOrEqual(15);
        expect(t.outside, t.text ?? '').toBe(false);
      }
      // No numbers, so no data table; the source line is there.
      await expect(root.locator('.widget-data')).toHaveCount(0);
      await expect(root.locator('.widget-source')).toHaveText(/^Source: /);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
