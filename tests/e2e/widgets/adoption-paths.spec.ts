import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="adoption-paths"]';

/** The panel on screen and the diagram row highlighted must both be the given step. */
async function expectStep(root: Locator, step: number, name: RegExp) {
  await expect(root.getByRole('radio', { checked: true })).toHaveAttribute('value', String(step));
  const visible = root.locator('.panel:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible).toHaveAttribute('data-step', String(step));
  await expect(visible.locator('.panel-title')).toContainText(name);
  await expect(root.locator(`.row[data-step="${step}"] .row-mark`)).toBeVisible();
  await expect(root.locator('.row-mark:visible')).toHaveCount(1);
}

test.describe('adoption-paths', () => {
  test('steps forward and back with the Previous and Next buttons', async ({ page }) => {
    await page.goto('./embed/adoption-paths/');
    const root = page.locator(widget);
    await expectStep(root, 1, /Calling an API/);
    await expect(root.locator('.panel:visible')).toContainText('the main caliber for current Token statistics');
    const next = root.locator('.pager-row:visible label', { hasText: 'Next' });
    await next.click();
    await expectStep(root, 2, /Post-training and fine-tuning on the cloud/);
    await expect(root.locator('.panel:visible')).toContainText('pouring their own data in');
    await root.locator('.pager-row:visible label', { hasText: 'Next' }).click();
    await root.locator('.pager-row:visible label', { hasText: 'Next' }).click();
    await expectStep(root, 4, /Inference on the device/);
    await expect(root.locator('.pager-row:visible label', { hasText: 'Next' })).toHaveCount(0);
    await expect(root.locator('.pager-row:visible .off')).toHaveText('Next →');
    await root.locator('.pager-row:visible label', { hasText: 'Previous' }).click();
    await expectStep(root, 3, /Open-source models deployed locally/);
    await expect(root.locator('.panel:visible')).toContainText('data staying within the domain');
  });

  test('jumps to any path from the stepper with the mouse', async ({ page }) => {
    await page.goto('./embed/adoption-paths/');
    const root = page.locator(widget);
    await root.locator('.steps label', { hasText: 'On device' }).click();
    await expectStep(root, 4, /Inference on the device/);
    await expect(root.locator('.panel:visible')).toContainText('impossible to wait for a return from the cloud');
  });

  test('Next moves the page no further than the controls, even with the stepper scrolled away', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('./embed/adoption-paths/');
    const root = page.locator(widget);
    const next = root.locator('.pager-row:visible label', { hasText: 'Next' });
    await next.scrollIntoViewIfNeeded();
    // Pager at the top edge, the stepper above it out of sight: focusing a radio there would scroll.
    const top = (await next.boundingBox())!.y;
    await page.evaluate((by) => window.scrollBy(0, by), top - 4);
    const controls = (await root.locator('.controls').boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    await next.click();
    await expectStep(root, 2, /Post-training/);
    const after = await page.evaluate(() => window.scrollY);
    expect(before - after).toBeLessThanOrEqual(controls.height);
  });

  test('steps with the arrow keys and shows a focus ring', async ({ page }) => {
    await page.goto('./embed/adoption-paths/');
    const root = page.locator(widget);
    const first = root.getByRole('radio', { name: 'API call' });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(root, 2, /Post-training/);
    await page.keyboard.press('ArrowRight');
    await expectStep(root, 3, /deployed locally/);
    await page.keyboard.press('ArrowLeft');
    await expectStep(root, 2, /Post-training/);
    await expect(root.getByRole('radio', { name: 'Cloud training' })).toBeFocused();
    const outline = await root
      .locator('.steps label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('steps with taps on Next and on the stepper', async ({ page }) => {
      await page.goto('./embed/adoption-paths/');
      const root = page.locator(widget);
      await root.locator('.pager-row:visible label', { hasText: 'Next' }).tap();
      await expectStep(root, 2, /Post-training/);
      await root.locator('.steps label', { hasText: 'Local deploy' }).tap();
      await expectStep(root, 3, /deployed locally/);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('still steps through all four paths, and each panel is there', async ({ page }) => {
      await page.goto('./embed/adoption-paths/');
      const root = page.locator(widget);
      await expect(root.locator('.panel')).toHaveCount(4);
      for (const [step, name] of [
        [2, /Post-training/],
        [3, /deployed locally/],
        [4, /on the device/],
      ] as const) {
        await root.locator('.pager-row:visible label', { hasText: 'Next' }).click();
        await expectStep(root, step, name);
      }
    });
  });

  test('prints every panel', async ({ page }) => {
    await page.goto('./embed/adoption-paths/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`${widget} .panel:visible`)).toHaveCount(4);
    await expect(page.locator(`${widget} .stepper`)).toBeHidden();
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/adoption-paths/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
