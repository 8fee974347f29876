import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="market-growth"]';
const fill = (element: Locator) => element.evaluate((el) => getComputedStyle(el).fill);

test.describe('market-growth', () => {
  test('draws sizes as areas to scale and growth as bar lengths, in the browser', async ({ page }) => {
    await page.goto('./embed/market-growth/');
    const root = page.locator(widget);
    const box = async (selector: string) => (await root.locator(selector).boundingBox())!;
    const cloud = await box('.row-public-cloud .square');
    const maas = await box('.row-maas .square');
    expect((cloud.width * cloud.height) / (maas.width * maas.height)).toBeCloseTo(120.669 / 1.29, -1);
    const cloudBar = await box('.row-public-cloud .bar');
    const maasBar = await box('.row-maas .bar');
    expect(maasBar.width / cloudBar.width).toBeGreaterThan(20);
    expect(maasBar.width / cloudBar.width).toBeLessThan(22);
    await expect(root.locator('svg')).toContainText('Size, H1 2025');
    await expect(root.locator('svg')).toContainText('Growth, year on year');
  });

  test('highlights the market chosen with the mouse and explains it', async ({ page }) => {
    await page.goto('./embed/market-growth/');
    const root = page.locator(widget);
    await expect(root.locator('.note-maas')).toBeVisible();
    await expect(root.locator('.note-public-cloud')).toBeHidden();
    const chosen = await fill(root.locator('.row-maas .square'));
    const other = await fill(root.locator('.row-public-cloud .square'));
    expect(chosen).not.toBe(other);

    await root.locator('label', { hasText: 'Public cloud' }).click();
    await expect(root.locator('.note-public-cloud')).toBeVisible();
    await expect(root.locator('.note-public-cloud')).toContainText('120.669 billion yuan');
    await expect(root.locator('.note-public-cloud')).toContainText('the slowest');
    await expect(root.locator('.note-maas')).toBeHidden();
    expect(await fill(root.locator('.row-public-cloud .square'))).toBe(chosen);
    expect(await fill(root.locator('.row-public-cloud .bar'))).toBe(chosen);
    expect(await fill(root.locator('.row-maas .square'))).toBe(other);
  });

  test('moves between markets with the arrow keys and shows a focus ring', async ({ page }) => {
    await page.goto('./embed/market-growth/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'MaaS' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(root.getByRole('radio', { name: 'AI solutions' })).toBeChecked();
    await expect(root.locator('.note-ai-solution')).toBeVisible();
    await expect(root.locator('.note-ai-solution')).toContainText('2.54% of the public cloud market’s size');
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('chooses a market with a tap', async ({ page }) => {
      await page.goto('./embed/market-growth/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'AI solutions' }).tap();
      await expect(root.getByRole('radio', { name: 'AI solutions' })).toBeChecked();
      await expect(root.locator('.note-ai-solution')).toBeVisible();
      await expect(root.locator('.note-maas')).toBeHidden();
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('still switches markets', async ({ page }) => {
      await page.goto('./embed/market-growth/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'Public cloud' }).click();
      await expect(root.locator('.note-public-cloud')).toBeVisible();
      await expect(root.locator('.note-maas')).toBeHidden();
    });
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/market-growth/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
