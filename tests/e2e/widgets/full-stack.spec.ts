import { expect, test, type Locator } from '@playwright/test';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="full-stack"]';

async function expectStep(root: Locator, step: number, text: string) {
  await expect(root.locator('.trace:visible')).toHaveCount(1);
  await expect(root.locator(`.trace[data-step="${step}"]`)).toBeVisible();
  const panel = root.locator('.panel:visible');
  await expect(panel).toHaveCount(1);
  await expect(panel).toHaveAttribute('data-step', String(step));
  await expect(panel).toContainText(text);
}

async function expectFull(root: Locator) {
  await expect(root.locator('.verdict')).toHaveText('Every layer holds: the customer gets the full experience.', {
    useInnerText: true,
  });
  await expect(root.locator('svg .state-full')).toBeVisible();
  await expect(root.locator('svg .state-discounted')).toBeHidden();
  await expect(root.locator('.weak-tag:visible')).toHaveCount(0);
}

async function expectDiscounted(root: Locator, weak: string[]) {
  const verdict = root.locator('.verdict');
  await expect(verdict).toContainText('Experience discounted.', { useInnerText: true });
  for (const name of ['MaaS', 'PaaS', 'IaaS']) {
    const sentence = `The ${name} layer has a shortcoming.`;
    if (weak.includes(name)) await expect(verdict).toContainText(sentence, { useInnerText: true });
    else await expect(verdict).not.toContainText(sentence, { useInnerText: true });
  }
  await expect(root.locator('svg .state-discounted')).toBeVisible();
  await expect(root.locator('svg .state-full')).toBeHidden();
  await expect(root.locator('.weak-tag:visible')).toHaveCount(weak.length);
  for (const name of weak) {
    await expect(root.locator(`.layer[data-layer="${name.toLowerCase()}"] .weak-tag`)).toBeVisible();
  }
}

test.describe('full-stack', () => {
  test('follows the request down the stack and back with the mouse', async ({ page }) => {
    await page.goto('./embed/full-stack/');
    const root = page.locator(widget);
    await expectStep(root, 1, 'calls a large model API');
    await root.locator('.steps label', { hasText: 'PaaS' }).click();
    await expectStep(root, 2, 'how to govern it');
    await root.locator('.steps label', { hasText: 'IaaS' }).click();
    await expectStep(root, 3, 'GPU cluster scheduling');
    await root.locator('.steps label', { hasText: 'Response' }).click();
    await expectStep(root, 4, 'If there is a shortcoming in any layer');
  });

  test('marks layers weak and discounts the whole response, with the mouse', async ({ page }) => {
    await page.goto('./embed/full-stack/');
    const root = page.locator(widget);
    await expectFull(root);
    await root.locator('.weak label', { hasText: 'PaaS' }).click();
    await expectDiscounted(root, ['PaaS']);
    await root.locator('.weak label', { hasText: 'IaaS' }).click();
    await expectDiscounted(root, ['PaaS', 'IaaS']);
    await root.locator('.weak label', { hasText: 'PaaS' }).click();
    await expectDiscounted(root, ['IaaS']);
    await root.locator('.weak label', { hasText: 'IaaS' }).click();
    await expectFull(root);
  });

  test('works from the keyboard with a visible focus ring', async ({ page }) => {
    await page.goto('./embed/full-stack/');
    const root = page.locator(widget);
    await root.getByRole('radio', { name: 'MaaS' }).focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(root, 2, 'how to store data');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectStep(root, 4, 'the overall experience will be discounted');
    const ring = await root
      .locator('.steps label:has(input:focus-visible)')
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Tab');
    await expect(root.getByRole('checkbox', { name: 'MaaS' })).toBeFocused();
    await page.keyboard.press('Space');
    await expectDiscounted(root, ['MaaS']);
    await page.keyboard.press('Space');
    await expectFull(root);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('steps and marks a layer weak with taps', async ({ page }) => {
      await page.goto('./embed/full-stack/');
      const root = page.locator(widget);
      await root.locator('.steps label', { hasText: 'IaaS' }).tap();
      await expectStep(root, 3, 'chips, servers, networks');
      await root.locator('.weak label', { hasText: 'IaaS' }).tap();
      await expectDiscounted(root, ['IaaS']);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('follows the request and discounts it all the same', async ({ page }) => {
      await page.goto('./embed/full-stack/');
      const root = page.locator(widget);
      await root.locator('.steps label', { hasText: 'PaaS' }).click();
      await expectStep(root, 2, 'Agent workflow');
      await root.locator('.weak label', { hasText: 'MaaS' }).click();
      await expectDiscounted(root, ['MaaS']);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot of a discounted request at 360 px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.goto('./embed/full-stack/');
      const root = page.locator(widget);
      await root.locator('.steps label', { hasText: 'Response' }).click();
      await root.locator('.weak label', { hasText: 'PaaS' }).click();
      await root
        .locator('.widget-body')
        .screenshot({ path: `screenshots/full-stack-discounted-360-${colorScheme}.png` });
    });
  }

  test('prints every step', async ({ page }) => {
    await page.goto('./embed/full-stack/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`${widget} .panel:visible`)).toHaveCount(4);
  });

  test('ships no JavaScript of its own', async ({ page }) => {
    await page.goto('./embed/full-stack/');
    await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
  });
});
