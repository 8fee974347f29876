import { expect, test } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="maas-share"]';

test.describe('maas-share', () => {
  test('switches between share and growth with the mouse', async ({ page }) => {
    await page.goto('./embed/maas-share/');
    const root = page.locator(widget);
    await expect(root.locator('.view-share svg')).toBeVisible();
    await expect(root.locator('.view-growth svg')).toBeHidden();
    await expect(root.locator('.view-share')).toContainText('1.07% of the market');
    await root.locator('label', { hasText: 'Growth rate' }).click();
    await expect(root.locator('.view-growth svg')).toBeVisible();
    await expect(root.locator('.view-share svg')).toBeHidden();
    await expect(root.locator('.view-growth')).toContainText('+421.2%');
  });

  test('switches with the keyboard and shows a focus ring', async ({ page }) => {
    await page.goto('./embed/maas-share/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'Share of market' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(root.getByRole('radio', { name: 'Growth rate' })).toBeChecked();
    await expect(root.locator('.view-growth svg')).toBeVisible();
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('switches with a tap', async ({ page }) => {
      await page.goto('./embed/maas-share/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Growth rate' }).tap();
      await expect(root.locator('.view-growth svg')).toBeVisible();
    });
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/maas-share/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
