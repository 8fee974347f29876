import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="enterprise-adoption"]';
const fill = (element: Locator) => element.evaluate((el) => getComputedStyle(el).fill);

test.describe('enterprise-adoption', () => {
  test('is a 100-cell waffle with 1 cell in and 99 not yet', async ({ page }) => {
    await page.goto('./embed/enterprise-adoption/');
    const root = page.locator(widget);
    await expect(root.locator('rect.cell')).toHaveCount(100);
    await expect(root.locator('rect.base-in')).toHaveCount(1);
    await expect(root.locator('rect.base-not-in')).toHaveCount(99);
    const cells = await root.locator('rect.cell').evaluateAll((rects) =>
      rects.map((r) => {
        const b = r.getBoundingClientRect();
        return Math.round(b.width * 100) / 100;
      }),
    );
    expect(new Set(cells).size).toBe(1);
    await expect(root.locator('svg')).toContainText('1% have really entered the AI market');
    await expect(root.locator('svg')).toContainText('99%');
  });

  test('highlights the group chosen with the mouse', async ({ page }) => {
    await page.goto('./embed/enterprise-adoption/');
    const root = page.locator(widget);
    const notIn = root.locator('rect.base-not-in').first();
    const before = await fill(notIn);
    await expect(root.locator('.note-in')).toBeVisible();
    await expect(root.locator('.note-in')).toContainText('(100% − 99% = 1%)');
    await root.locator('label', { hasText: 'Not really in yet' }).click();
    await expect(root.locator('.note-not-in')).toBeVisible();
    await expect(root.locator('.note-in')).toBeHidden();
    expect(await fill(notIn)).not.toBe(before);
    // The one enterprise that is in stays visible as an outlined exception.
    expect(await root.locator('rect.base-in').evaluate((el) => getComputedStyle(el).stroke)).not.toBe('none');
  });

  test('works from the keyboard with a visible focus ring', async ({ page }) => {
    await page.goto('./embed/enterprise-adoption/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'Really in', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(root.getByRole('radio', { name: 'Not really in yet' })).toBeChecked();
    await expect(root.locator('.note-not-in')).toBeVisible();
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('chooses a group with a tap', async ({ page }) => {
      await page.goto('./embed/enterprise-adoption/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Not really in yet' }).tap();
      await expect(root.locator('.note-not-in')).toBeVisible();
      await root.locator('label', { hasText: /^\s*Really in\s*$/ }).tap();
      await expect(root.locator('.note-in')).toBeVisible();
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('still switches groups', async ({ page }) => {
      await page.goto('./embed/enterprise-adoption/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Not really in yet' }).click();
      await expect(root.locator('.note-not-in')).toBeVisible();
    });
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/enterprise-adoption/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
