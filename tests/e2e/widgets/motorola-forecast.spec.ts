import { expect, test } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="motorola-forecast"]';

test.describe('motorola-forecast', () => {
  test('opens on the log scale with its ticks explained and the 100× miss', async ({ page }) => {
    await page.goto('./embed/motorola-forecast/');
    const log = page.locator(`${widget} .view-log`);
    await expect(log.locator('svg')).toBeVisible();
    await expect(page.locator(`${widget} .view-linear svg`)).toBeHidden();
    await expect(log).toContainText('each step to the right is 10×');
    await expect(log).toContainText('= 100× the forecast');
    for (const text of ['about 1 million users', 'over 100 million users', 'over 1 billion users']) {
      await expect(log).toContainText(text);
    }
    const ticks = await log.locator('text').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['100K', '1M', '10M', '100M', '1B', '10B']));
  });

  test('never puts "a few years later" on a year', async ({ page }) => {
    await page.goto('./embed/motorola-forecast/');
    const text = (await page.locator(`${widget} .widget-body`).textContent()) ?? '';
    expect(text).toContain('A few years later (year not given)');
    const years = new Set(text.match(/\b(19|20)\d\d\b/g));
    expect([...years].sort()).toEqual(['1996', '2000']);
  });

  test('switches to the linear scale with its magnified start, with the mouse', async ({ page }) => {
    await page.goto('./embed/motorola-forecast/');
    const root = page.locator(widget);
    await root.locator('label', { hasText: 'Linear scale' }).click();
    const linear = root.locator('.view-linear');
    await expect(linear.locator('svg')).toBeVisible();
    await expect(root.locator('.view-log svg')).toBeHidden();
    await expect(linear).toContainText('0.1% of the axis: too thin to see');
    await expect(linear).toContainText('First 100 million users, magnified 10×');
    await expect(linear).toContainText('The forecast is 1% of the 2000 figure');
    await root.locator('label', { hasText: 'Log scale' }).click();
    await expect(root.locator('.view-log svg')).toBeVisible();
  });

  test('switches with the keyboard and shows a focus ring', async ({ page }) => {
    await page.goto('./embed/motorola-forecast/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'Log scale' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(root.getByRole('radio', { name: 'Linear scale' })).toBeChecked();
    await expect(root.locator('.view-linear svg')).toBeVisible();
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('switches with a tap', async ({ page }) => {
      await page.goto('./embed/motorola-forecast/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Linear scale' }).tap();
      await expect(root.locator('.view-linear svg')).toBeVisible();
      await expect(root.locator('.view-log svg')).toBeHidden();
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('both scales are there and the switch works', async ({ page }) => {
      await page.goto('./embed/motorola-forecast/');
      const root = page.locator(widget);
      await expect(root.locator('svg[role="img"]')).toHaveCount(2);
      await root.locator('label', { hasText: 'Linear scale' }).click();
      await expect(root.locator('.view-linear svg')).toBeVisible();
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot of the linear scale at 360 px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto('./embed/motorola-forecast/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Linear scale' }).click();
      await root
        .locator('.widget-body')
        .screenshot({ path: `screenshots/motorola-forecast-linear-360-${colorScheme}.png` });
    });
  }

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/motorola-forecast/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
