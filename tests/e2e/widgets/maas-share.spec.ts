import { expect, test } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each check.

const widget = '[data-widget="maas-share"]';
/** The chart of a view a reader sees: each view sends one layout per width band and shows the one that fits. */
const shown = (view: string) => `${widget} .view-${view} svg.chart-svg:visible`;

test.describe('maas-share', () => {
  for (const [width, beside] of [
    [360, false],
    [1280, true],
  ] as const) {
    test(`at ${width} px: both views at once, no switch, ${beside ? 'side by side' : 'one under the other'}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed/maas-share/');
      const root = page.locator(widget);
      await expect(root.locator('.widget-title')).toHaveText('MaaS is just over 1% of China’s public cloud market');
      await expect(root.locator('astro-island')).toHaveCount(0);
      await expect(root.getByRole('radio')).toHaveCount(0);
      // "portion", not "share": Reader View drops small blocks whose class has that word (View.svelte).
      const share = page.locator(shown('portion'));
      const growth = page.locator(shown('growth'));
      await expect(share).toBeVisible();
      await expect(growth).toBeVisible();
      await expect(share).toContainText('1.07% of the market');
      await expect(share.locator('.kit-lens rect')).toHaveCount(1);
      // The magnified bar's far end in yuan, rounded and hedged; never 6.033.
      await expect(share).toContainText('5% = about 6 billion yuan');
      await expect(root).not.toContainText('6.033');
      await expect(growth).toContainText('+421.2%');
      // The text alternative, one per chart (shared by its band copies, kit/Chart.svelte).
      await expect(growth).toHaveAccessibleDescription(/MaaS grew fastest of the three\./);
      await expect(growth).not.toHaveAccessibleDescription(/smallest market/);
      const [a, b] = [(await share.boundingBox())!, (await growth.boundingBox())!];
      if (beside) {
        expect(Math.abs(a.y - b.y)).toBeLessThan(2);
        expect(b.x).toBeGreaterThan(a.x + a.width);
      } else expect(b.y).toBeGreaterThan(a.y + a.height);
    });
  }
});
