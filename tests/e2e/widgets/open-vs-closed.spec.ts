import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="open-vs-closed"]';

/** The dotted tails are flat lines (no height), so "visible" is read from their display. */
async function shownTails(root: Locator) {
  return root
    .locator('.tail')
    .evaluateAll((lines) => lines.filter((l) => getComputedStyle(l).display !== 'none').length);
}

async function expectAllUses(root: Locator) {
  await expect(root.getByRole('radio', { name: 'All uses' })).toBeChecked();
  await expect.poll(() => shownTails(root)).toBe(3);
  await expect(root.locator('.note-all')).toBeVisible();
  await expect(root.locator('.note-counted')).toBeHidden();
  await expect(root.locator('.uncounted')).toBeHidden();
  const fill = await root
    .locator('.band-open')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe('none');
}

async function expectCountedOnly(root: Locator) {
  await expect(root.getByRole('radio', { name: 'What is counted' })).toBeChecked();
  await expect.poll(() => shownTails(root)).toBe(0);
  await expect(root.locator('.uncounted')).toBeVisible();
  await expect(root.locator('.note-counted')).toContainText('difficult to calculate directly');
  await expect(root.locator('.note-counted')).toContainText('over 800 million downloads');
  await expect(root.locator('.note-all')).toBeHidden();
  // The open-source bands are outlines now; the closed-source API route stays solid.
  for (const band of await root.locator('.band-open').all()) {
    expect(await band.evaluate((el) => getComputedStyle(el).fill)).toBe('none');
  }
  const api = await root.locator('.block-closed .band').evaluate((el) => getComputedStyle(el).fill);
  expect(api).not.toBe('none');
}

test.describe('open-vs-closed', () => {
  test('shows both routes with the download count from the data', async ({ page }) => {
    await page.goto('./embed/open-vs-closed/');
    const root = page.locator(widget);
    await expectAllUses(root);
    const chart = root.locator('svg');
    for (const text of ['over 800', 'million', 'downloads', 'pay by usage', 'Post-trained on the cloud']) {
      await expect(chart).toContainText(text);
    }
    await expect(root.locator('.widget-illustrative')).toContainText('no split of the downloads');
    await expect(chart).toContainText('Band widths are illustrative, not data');
    await expect(root.locator('.widget-data tbody tr[data-figure="qwen-downloads"] .value')).toHaveText(
      'over 800 million downloads',
    );
  });

  test('switches to what can be counted and back with the mouse', async ({ page }) => {
    await page.goto('./embed/open-vs-closed/');
    const root = page.locator(widget);
    await root.locator('label', { hasText: 'What is counted' }).click();
    await expectCountedOnly(root);
    await root.locator('label', { hasText: 'All uses' }).click();
    await expectAllUses(root);
  });

  test('switches with the keyboard and shows a focus ring', async ({ page }) => {
    await page.goto('./embed/open-vs-closed/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'All uses' }).focus();
    await page.keyboard.press('ArrowRight');
    await expectCountedOnly(root);
    const outline = await root
      .locator('label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('ArrowLeft');
    await expectAllUses(root);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('switches with a tap', async ({ page }) => {
      await page.goto('./embed/open-vs-closed/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'What is counted' }).tap();
      await expectCountedOnly(root);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('switches all the same', async ({ page }) => {
      await page.goto('./embed/open-vs-closed/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'What is counted' }).click();
      await expectCountedOnly(root);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot of what is counted at 360 px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto('./embed/open-vs-closed/');
      const root = page.locator(widget);
      await root.locator('label', { hasText: 'What is counted' }).click();
      await root
        .locator('.widget-body')
        .screenshot({ path: `screenshots/open-vs-closed-counted-360-${colorScheme}.png` });
    });
  }

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/open-vs-closed/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
