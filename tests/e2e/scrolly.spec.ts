/**
 * The scrollytelling block of section 01: the iceberg stays in view beside the paragraphs about
 * the four ways of using AI and shows the layer of the step the reader is at.
 */
import { expect, test, type Page } from '@playwright/test';
import { horizontalOverflow, watchPage } from '../support/page-watch';

const STEPS = ['api', 'post-training', 'local', 'on-device'] as const;
const scrolly = '[data-scrolly]';
const iceberg = '[data-widget="iceberg"]';

/** Scrolls (instantly, as a reader's wheel would end up) so that y px below a step's top sits on the reading line. */
async function bringToReadingLine(page: Page, selector: string, offset = 12) {
  await page
    .locator(selector)
    .first()
    .evaluate((el, dy) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top + dy - window.innerHeight / 2, behavior: 'instant' });
    }, offset);
}

async function openWide(page: Page, width = 1280, height = 900) {
  await page.setViewportSize({ width, height });
  await page.goto('./');
  await expect(page.locator(scrolly)).toHaveAttribute('data-scrolly-live', '');
}

test.describe('scrollytelling in section 01', () => {
  for (const [width, height] of [
    [1280, 900],
    [1280, 720],
    [1000, 700],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} px the highlighted layer follows the step at the reading line, both ways`, async ({
      page,
    }) => {
      const problems = watchPage(page);
      await openWide(page, width, height);
      await expect(page.locator(iceberg)).toHaveCount(1);
      const root = page.locator(iceberg);
      const view = root.locator('[data-scrolly-sticky]');

      // Before the first step: the whole iceberg, nothing highlighted.
      await bringToReadingLine(page, `${scrolly} p`, 0);
      await expect(view).toHaveAttribute('data-hydrated', 'true');
      await expect(root.locator('path.is-selected')).toHaveCount(0);

      for (const step of STEPS) {
        await bringToReadingLine(page, `[data-step="${step}"]`);
        await expect(view).toHaveAttribute('data-selected', step);
        await expect(root.locator(`g[data-layer="${step}"] path`)).toHaveClass(/is-selected/);
        await expect(root.locator(`[data-panel="${step}"]`)).toBeVisible();
        await expect(page.locator(`[data-step="${step}"]`)).toHaveAttribute('data-active', '');
        await expect(page.locator('[data-step][data-active]')).toHaveCount(1);
        // The graphic is in view beside the step.
        const box = (await view.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
      }

      // Back up: the earlier layer again.
      await bringToReadingLine(page, '[data-step="post-training"]');
      await expect(view).toHaveAttribute('data-selected', 'post-training');

      // Past the last step: the highlight is gone again.
      await bringToReadingLine(page, '[data-step="on-device"]', 2000);
      await expect(root.locator('path.is-selected')).toHaveCount(0);
      await expect(page.locator('[data-step][data-active]')).toHaveCount(0);
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('the graphic sits in a sticky column beside the text, and the page scrolls on its own terms', async ({
    page,
  }) => {
    await openWide(page);
    const text = page.locator('.scrolly-text');
    const graphic = page.locator('.scrolly-graphic');
    const textBox = (await text.boundingBox())!;
    const graphicBox = (await graphic.boundingBox())!;
    expect(graphicBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
    expect(await page.locator(`${iceberg} [data-scrolly-sticky]`).evaluate((el) => getComputedStyle(el).position)).toBe(
      'sticky',
    );
    // No scroll-jacking: where the reader stops, the text stays. (The scroll offset itself may change:
    // a chart above that takes its real height when drawn is compensated by scroll anchoring.)
    await bringToReadingLine(page, '[data-step="local"]');
    const step = page.locator('[data-step="local"]');
    const top = (await step.boundingBox())!.y;
    await page.waitForTimeout(600);
    expect(Math.abs((await step.boundingBox())!.y - top)).toBeLessThan(2);
  });

  test('the reader can still pick a layer by hand in the sticky graphic', async ({ page }) => {
    await openWide(page);
    await bringToReadingLine(page, '[data-step="api"]');
    const root = page.locator(iceberg);
    await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'api');
    await root.getByRole('button', { name: 'On-device inference' }).click();
    await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'on-device');
    // The next step the reader reaches takes over again.
    await bringToReadingLine(page, '[data-step="post-training"]');
    await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'post-training');
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('the highlight still follows the reader, without any transition', async ({ page }) => {
      await openWide(page);
      const root = page.locator(iceberg);
      await bringToReadingLine(page, '[data-step="local"]');
      await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'local');
      const durations = await root
        .locator('g[data-layer] path')
        .evaluateAll((paths) => paths.map((p) => getComputedStyle(p).transitionDuration));
      expect(new Set(durations)).toEqual(new Set(['0s']));
    });
  });

  for (const [width, height] of [
    [900, 900],
    [375, 740],
    [1280, 600],
  ] as const) {
    test(`at ${width}×${height} px it is the plain widget after the paragraphs, left to the reader`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      const root = page.locator(scrolly);
      await expect(root).not.toHaveAttribute('data-scrolly-live', '');
      const lastParagraph = (await root.locator('.scrolly-text p').last().boundingBox())!;
      const figure = (await page.locator(iceberg).boundingBox())!;
      expect(figure.y).toBeGreaterThan(lastParagraph.y + lastParagraph.height);
      expect(await page.locator('[data-step="api"]').evaluate((el) => getComputedStyle(el).display)).toBe('inline');
      for (const step of STEPS) await bringToReadingLine(page, `[data-step="${step}"]`);
      await page.locator(iceberg).scrollIntoViewIfNeeded();
      await expect(page.locator(`${iceberg} [data-hydrated="true"]`)).toBeAttached();
      await expect(page.locator(`${iceberg} path.is-selected`)).toHaveCount(0);
      expect(await horizontalOverflow(page)).toBeNull();
    });
  }

  test('narrowing the window hands the graphic back to the reader', async ({ page }) => {
    await openWide(page);
    await bringToReadingLine(page, '[data-step="local"]');
    const view = page.locator(`${iceberg} [data-scrolly-sticky]`);
    await expect(view).toHaveAttribute('data-selected', 'local');
    await page.setViewportSize({ width: 800, height: 900 });
    await expect(page.locator(scrolly)).not.toHaveAttribute('data-scrolly-live', '');
    await expect(view).not.toHaveAttribute('data-selected', /.+/);
  });

  for (const width of [960, 1100, 1199, 1200, 1440, 1920, 2560]) {
    test(`at ${width} px nothing overflows and the graphic stays clear of the table of contents`, async ({ page }) => {
      await openWide(page, width, 900);
      await bringToReadingLine(page, '[data-step="api"]');
      expect(await horizontalOverflow(page)).toBeNull();
      const graphic = (await page.locator('.scrolly-graphic').boundingBox())!;
      expect(graphic.x + graphic.width).toBeLessThanOrEqual(width);
      const toc = await page.locator('.toc-column').boundingBox();
      const text = (await page.locator('.scrolly-text').boundingBox())!;
      if (toc && width >= 1200) expect(text.x).toBeGreaterThanOrEqual(toc.x + toc.width);
      // The text column keeps a readable measure.
      expect(text.width).toBeGreaterThanOrEqual(380);
    });
  }

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

    test('all the text and the full iceberg are there, one after the other', async ({ page }) => {
      await page.goto('./');
      const root = page.locator(scrolly);
      for (const step of STEPS) {
        await expect(page.locator(`[data-step="${step}"]`)).toBeVisible();
        expect(await page.locator(`[data-step="${step}"]`).evaluate((el) => getComputedStyle(el).display)).toBe(
          'inline',
        );
      }
      const lastParagraph = (await root.locator('.scrolly-text p').last().boundingBox())!;
      const figure = (await page.locator(iceberg).boundingBox())!;
      expect(figure.y).toBeGreaterThan(lastParagraph.y + lastParagraph.height);
      await expect(page.locator(`${iceberg} svg g[data-layer] path`)).toHaveCount(4);
      await expect(page.locator(`${iceberg} .panel[data-panel]`)).toHaveCount(4);
      for (const step of STEPS) await expect(page.locator(`${iceberg} [data-panel="${step}"]`)).toBeVisible();
    });
  });
});
