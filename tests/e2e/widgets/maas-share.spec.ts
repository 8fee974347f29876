import { expect, test } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.
// The checks that share one window run as steps of one test, on one load of the embed page.

const widget = '[data-widget="maas-share"]';
// One chart per width band is sent; only the band that fits shows, so "the chart" is the visible one.
const band = `${widget} .kit-band:visible`;

test.describe('maas-share', () => {
  test('on its embed page: mouse, keyboard, and no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/maas-share/');
    const root = page.locator(widget);
    await expect(root).toHaveCount(1);

    await test.step('ships no JavaScript of its own', async () => {
      await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
    });

    await test.step('switches between share and growth with the mouse', async () => {
      await expect(root.locator('.view-portion svg:visible')).toBeVisible();
      await expect(root.locator('.view-growth svg:visible')).toHaveCount(0);
      await expect(page.locator(`${band} .view-portion`)).toContainText('1.07% of the market');
      await expect(page.locator(`${band} .view-portion .kit-lens rect`)).toHaveCount(1);
      await root.locator('label', { hasText: 'Growth rate' }).click();
      await expect(root.locator('.view-growth svg:visible')).toBeVisible();
      await expect(root.locator('.view-portion svg:visible')).toHaveCount(0);
      await expect(page.locator(`${band} .view-growth`)).toContainText('+421.2%');
    });

    await test.step('switches with the keyboard and shows a focus ring', async () => {
      // From the page as it loads, as a keyboard reader meets it.
      await page.reload();
      await expect(root).toHaveCount(1);
      await expect(root.getByRole('radio', { name: 'Share of market' })).toBeChecked();
      await root.getByRole('radio', { name: 'Share of market' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(root.getByRole('radio', { name: 'Growth rate' })).toBeChecked();
      await expect(root.locator('.view-growth svg:visible')).toBeVisible();
      const outline = await root
        .locator('label:has(input:focus-visible)')
        .evaluate((label) => getComputedStyle(label).outlineStyle);
      expect(outline).toBe('solid');
    });
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('switches with a tap', async ({ page }) => {
      await page.goto('./embed/maas-share/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Growth rate' }).tap();
      await expect(root.locator('.view-growth svg:visible')).toBeVisible();
      await expect(root.locator('.view-portion svg:visible')).toHaveCount(0);
    });
  });
});
