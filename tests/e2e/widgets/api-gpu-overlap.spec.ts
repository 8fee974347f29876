import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="api-gpu-overlap"]';
const fill = (element: Locator) => element.evaluate((el) => getComputedStyle(el).fill);

test.describe('api-gpu-overlap', () => {
  test('draws 100 API-call customers, 70 of them also on GPU, and no GPU-only dots', async ({ page }) => {
    await page.goto('./embed/api-gpu-overlap/');
    const root = page.locator(widget);
    await expect(root.locator('circle.dot')).toHaveCount(100);
    await expect(root.locator('circle.dot-both')).toHaveCount(70);
    await expect(root.locator('circle.dot-api-only')).toHaveCount(30);
    await expect(root.locator('svg')).toContainText('as high as 70%');
    await expect(root.locator('svg')).toContainText('= 1% of the customers who use API calls');
    await expect(root.locator('svg')).toContainText('GPU-only customers: no figure given, none drawn');
  });

  test('highlights the group chosen with the mouse', async ({ page }) => {
    await page.goto('./embed/api-gpu-overlap/');
    const root = page.locator(widget);
    const both = root.locator('circle.dot-both').first();
    const apiOnly = root.locator('circle.dot-api-only').first();
    const strong = await fill(both);
    const faded = await fill(apiOnly);
    expect(strong).not.toBe(faded);
    await expect(root.locator('.note-both')).toBeVisible();

    await root.locator('label', { hasText: 'API calls only' }).click();
    await expect(root.locator('.note-api-only')).toBeVisible();
    await expect(root.locator('.note-both')).toBeHidden();
    expect(await fill(both)).toBe(faded);
    expect(await fill(apiOnly)).not.toBe(faded);

    await root.locator('label', { hasText: 'GPU only' }).click();
    await expect(root.locator('.note-gpu-only')).toBeVisible();
    await expect(root.locator('.note-gpu-only')).toContainText('the article gives no number');
    expect(await fill(both)).toBe(faded);
    expect(await fill(apiOnly)).toBe(faded);
    expect(await root.locator('text.gpu-only').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
  });

  test('works from the keyboard with a visible focus ring', async ({ page }) => {
    await page.goto('./embed/api-gpu-overlap/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'API calls and GPU' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(root.getByRole('radio', { name: 'API calls only' })).toBeChecked();
    await expect(root.locator('.note-api-only')).toContainText('(100% minus 70%)');
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('chooses a group with a tap', async ({ page }) => {
      await page.goto('./embed/api-gpu-overlap/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'GPU only' }).tap();
      await expect(root.getByRole('radio', { name: 'GPU only' })).toBeChecked();
      await expect(root.locator('.note-gpu-only')).toBeVisible();
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('still switches groups', async ({ page }) => {
      await page.goto('./embed/api-gpu-overlap/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'API calls only' }).click();
      await expect(root.locator('.note-api-only')).toBeVisible();
    });
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/api-gpu-overlap/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
