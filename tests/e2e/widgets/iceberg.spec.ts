import { expect, test, type Locator, type Page } from '@playwright/test';

const widget = '[data-widget="iceberg"]';

const layers = [
  { id: 'api', button: 'API calls', panel: /paid per token/, why: /^Counted/ },
  {
    id: 'post-training',
    button: 'Post-training',
    panel: /Post-training and fine-tuning on the cloud/,
    why: /^Not counted/,
  },
  {
    id: 'local',
    button: 'Local & private cloud',
    panel: /deployed locally or on a private cloud/,
    why: /^Not counted/,
  },
  {
    id: 'on-device',
    button: 'On-device inference',
    panel: /vehicles, robots, industrial equipment and IoT/,
    why: /^Not counted/,
  },
] as const;

/** The page below the scrollytelling breakpoint, where the iceberg is a plain widget between paragraphs. */
async function openPlain(page: Page) {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('./');
  const root = page.locator(widget);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
  return root;
}

async function expectShown(root: Locator, id: string, panel: RegExp) {
  await expect(root.locator(`[data-panel="${id}"]`)).toBeVisible();
  await expect(root.locator(`[data-panel="${id}"]`)).toContainText(panel);
  await expect(root.locator('.panel:visible')).toHaveCount(1);
  await expect(root.locator(`g[data-layer="${id}"] path`)).toHaveClass(/is-selected/);
  await expect(root.locator('path.is-selected')).toHaveCount(1);
  await expect(root.getByRole('button', { pressed: true })).toHaveAttribute('data-layer', id);
}

test.describe('iceberg', () => {
  test('hovering and clicking a layer, in the list or in the chart, explains it', async ({ page }) => {
    const root = await openPlain(page);
    await expect(root.locator('.prompt')).toBeVisible();
    await expect(root.locator('path.is-selected')).toHaveCount(0);
    for (const layer of layers) {
      await root.getByRole('button', { name: layer.button }).hover();
      await expectShown(root, layer.id, layer.panel);
      await expect(root.locator(`[data-panel="${layer.id}"] .why`)).toHaveText(layer.why);
    }
    // Point at the layer away from its label: low in the band, in the middle.
    const band = root.locator('g[data-layer="post-training"] path');
    const { width, height } = (await band.boundingBox())!;
    await band.hover({ position: { x: width / 2, y: height - 6 } });
    await expectShown(root, 'post-training', layers[1].panel);
    await root.locator('g[data-layer="api"] text').click();
    await expectShown(root, 'api', layers[0].panel);
  });

  test('the explanation box keeps its size whichever layer is shown', async ({ page }) => {
    const root = await openPlain(page);
    const box = root.locator('.panels');
    const before = (await box.boundingBox())!;
    const chartBefore = (await root.locator('svg').boundingBox())!;
    for (const layer of layers) {
      await root.getByRole('button', { name: layer.button }).click();
      await expectShown(root, layer.id, layer.panel);
      expect(await box.boundingBox()).toEqual(before);
      expect(await root.locator('svg').boundingBox()).toEqual(chartBefore);
    }
  });

  test('works with the keyboard: focus selects, arrows move, the focus ring shows', async ({ page }) => {
    const root = await openPlain(page);
    const first = root.getByRole('button', { name: 'API calls' });
    await first.focus();
    await expectShown(root, 'api', layers[0].panel);
    await page.keyboard.press('ArrowDown');
    await expect(root.getByRole('button', { name: 'Post-training' })).toBeFocused();
    await expectShown(root, 'post-training', layers[1].panel);
    await page.keyboard.press('End');
    await expectShown(root, 'on-device', layers[3].panel);
    await page.keyboard.press('Shift+Tab');
    await expectShown(root, 'local', layers[2].panel);
    await page.keyboard.press('Tab');
    await expect(root.getByRole('button', { name: 'On-device inference' })).toBeFocused();
    const outline = await root
      .getByRole('button', { name: 'On-device inference' })
      .evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).toBe('solid');
    // Each button is described by its explanation, so a screen reader hears it with the name.
    await expect(root.getByRole('button', { name: 'Local & private cloud' })).toHaveAccessibleDescription(
      /open-source models/i,
    );
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('a tap on a button or on the chart selects a layer', async ({ page }) => {
      await page.goto('./');
      const root = page.locator(widget);
      await root.scrollIntoViewIfNeeded();
      await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
      await root.getByRole('button', { name: 'On-device inference' }).tap();
      await expectShown(root, 'on-device', layers[3].panel);
      await root.locator('g[data-layer="local"] text').tap();
      await expectShown(root, 'local', layers[2].panel);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('every layer is explained, one after another, and the full iceberg is drawn', async ({ page }) => {
      await page.goto('./');
      const root = page.locator(widget);
      for (const layer of layers) {
        await expect(root.locator(`[data-panel="${layer.id}"]`)).toBeVisible();
        await expect(root.locator(`[data-panel="${layer.id}"]`)).toContainText(layer.panel);
      }
      await expect(root.locator('.layer-list')).toBeHidden();
      await expect(root.locator('svg g[data-layer] path')).toHaveCount(4);
      await expect(root.locator('svg')).toContainText('as high as 70%');
      await expect(root.locator('svg')).toContainText('illustrative');
      await expect(root.locator('.widget-illustrative')).toContainText('not data');
    });
  });

  test('animates the highlight only when motion is welcome', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const root = await openPlain(page);
    const duration = () =>
      root.locator('g[data-layer="api"] path').evaluate((path) => getComputedStyle(path).transitionDuration);
    expect(await duration()).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await duration()).not.toBe('0s');
  });
});
