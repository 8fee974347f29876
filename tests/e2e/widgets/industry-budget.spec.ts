import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="industry-budget"]';
const style = (element: Locator, property: 'stroke' | 'strokeDasharray' | 'fill') =>
  element.evaluate((el, p) => getComputedStyle(el)[p], property);

test.describe('industry-budget', () => {
  test('draws over 60% as one segment with an open edge and no split', async ({ page }) => {
    await page.goto('./embed/industry-budget/');
    const root = page.locator(widget);
    const bar = (await root.locator('rect.stroke-rule').boundingBox())!;
    const segment = (await root.locator('rect.fill-accent').first().boundingBox())!;
    expect(segment.width / bar.width).toBeCloseTo(0.6, 2);
    await expect(root.locator('svg')).toContainText('over 60%');
    await expect(root.locator('svg')).toContainText('under 40%');
    await expect(root.locator('svg')).toContainText('the true edge lies further right');
    // Solid segment plus the steps of its fade: nothing that could pass for one industry's share.
    await expect(root.locator('rect.fill-accent:not([fill-opacity])')).toHaveCount(1);
  });

  test('explains the part chosen with the mouse', async ({ page }) => {
    await page.goto('./embed/industry-budget/');
    const root = page.locator(widget);
    await expect(root.locator('.note-three')).toBeVisible();
    expect(await style(root.locator('.rule-rest'), 'stroke')).toBe('none');
    expect(await style(root.locator('.rule-three'), 'stroke')).not.toBe('none');

    await root.locator('label', { hasText: 'Other industries' }).click();
    await expect(root.locator('.note-rest')).toBeVisible();
    await expect(root.locator('.note-rest')).toContainText('under 40%');
    await expect(root.locator('.note-three')).toBeHidden();
    expect(await style(root.locator('.rule-rest'), 'stroke')).not.toBe('none');
    expect(await style(root.locator('.rule-three'), 'stroke')).toBe('none');

    await root.locator('label', { hasText: 'Each of the three?' }).click();
    await expect(root.locator('.note-split')).toBeVisible();
    await expect(root.locator('.note-split')).toContainText('Any split would be invented');
    expect(await style(root.locator('.rule-three'), 'strokeDasharray')).not.toBe('none');
  });

  test('works from the keyboard with a visible focus ring', async ({ page }) => {
    await page.goto('./embed/industry-budget/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'The three together' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(root.getByRole('radio', { name: 'Other industries' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(root.getByRole('radio', { name: 'Each of the three?' })).toBeChecked();
    await expect(root.locator('.note-split')).toBeVisible();
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('explains a part with a tap', async ({ page }) => {
      await page.goto('./embed/industry-budget/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Each of the three?' }).tap();
      await expect(root.locator('.note-split')).toBeVisible();
      await expect(root.locator('.note-three')).toBeHidden();
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('still explains each part', async ({ page }) => {
      await page.goto('./embed/industry-budget/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Other industries' }).click();
      await expect(root.locator('.note-rest')).toBeVisible();
    });
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/industry-budget/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
