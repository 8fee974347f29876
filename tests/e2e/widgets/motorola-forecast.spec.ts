import { expect, test, type Page } from '@playwright/test';
import { chartAlternative } from '../../support/chart-text';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.
// The server markup holds one chart per width band; only the band that fits is shown, so "the chart"
// is the visible one.

const widget = '[data-widget="motorola-forecast"]';
const band = `${widget} .kit-band:visible`;

/** Every text of the visible charts: its rendered size and whether it leaves its svg. */
async function visibleChartText(page: Page) {
  return page.locator(`${widget} svg.chart-svg:visible`).evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBoundingClientRect();
        return {
          text: text.textContent ?? '',
          px: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
          outside:
            box.left < frame.left - 0.5 ||
            box.right > frame.right + 0.5 ||
            box.top < frame.top - 0.5 ||
            box.bottom > frame.bottom + 0.5,
        };
      });
    }),
  );
}

test.describe('motorola-forecast', () => {
  test('on its embed page: the log scale, the linear scale with the mouse and the keyboard, no JavaScript of its own', async ({
    page,
  }) => {
    await page.goto('./embed/motorola-forecast/');
    const root = page.locator(widget);
    // The real embed page, not an error page: the widget and its title are there. (Issue 24: the ratio of
    // "over" and "about" figures is "about 100 times", no longer "more than 100 times".)
    await expect(page.getByRole('heading', { name: /about 100 times Motorola’s forecast/ })).toBeVisible();

    await test.step('opens on the log scale with its ticks explained and the miss with its hedge', async () => {
      const log = page.locator(`${band} .view-log`);
      await expect(log.locator('svg.chart-svg')).toBeVisible();
      await expect(page.locator(`${widget} .view-linear svg.chart-svg:visible`)).toHaveCount(0);
      await expect(log).toContainText('each step to the right is 10×');
      await expect(log).toContainText('about 100× the forecast');
      await expect(log).not.toContainText('more than');
      await expect(log).not.toContainText('= 100×');
      for (const text of ['about 1 million users', 'over 100 million users', 'over 1 billion users']) {
        await expect(log).toContainText(text);
      }
      // Short decade labels: written out, they would not leave room for the reader's text spacing.
      const texts = await log.locator('text').allTextContents();
      expect(texts).toEqual(expect.arrayContaining(['100K', '1M', '10M', '100M', '1B', '10B']));
      expect(await chartAlternative(log.locator('svg.chart-svg'))).toContain(
        'about 100× the forecast (over 100 million ÷ about 1 million)',
      );
    });

    await test.step('never puts "a few years later" on a year', async () => {
      const text = (await page.locator(`${widget} .widget-body`).textContent()) ?? '';
      expect(text).toContain('A few years later (year not given)');
      const years = new Set(text.match(/\b(19|20)\d\d\b/g));
      expect([...years].sort()).toEqual(['1996', '2000']);
    });

    await test.step('ships no JavaScript of its own', async () => {
      await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
    });

    await test.step('switches to the linear scale with its magnified start, with the mouse', async () => {
      await root.locator('label', { hasText: 'Linear scale' }).click();
      const linear = page.locator(`${band} .view-linear`);
      await expect(linear.locator('svg.chart-svg')).toBeVisible();
      await expect(root.locator('.view-log svg.chart-svg:visible')).toHaveCount(0);
      await expect(linear).toContainText('0.1% of the axis: too thin to see');
      await expect(linear).toContainText('First 100 million users, magnified 10×');
      await expect(linear).toContainText('The forecast is about 1% of the 2000 figure');
      await expect(linear.locator('.kit-lens rect')).toHaveCount(1);
      await root.locator('label', { hasText: 'Log scale' }).click();
      await expect(page.locator(`${band} .view-log svg.chart-svg`)).toBeVisible();
    });

    await test.step('switches with the keyboard and shows a focus ring', async () => {
      // From the page as it loads, as a keyboard reader meets it.
      await page.reload();
      await expect(page.getByRole('heading', { name: /about 100 times Motorola’s forecast/ })).toBeVisible();
      await root.getByRole('radio', { name: 'Log scale' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(root.getByRole('radio', { name: 'Linear scale' })).toBeChecked();
      await expect(page.locator(`${band} .view-linear svg.chart-svg`)).toBeVisible();
      const outline = await root
        .locator('label:has(input:focus-visible)')
        .evaluate((label) => getComputedStyle(label).outlineStyle);
      expect(outline).toBe('solid');
    });
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('switches with a tap, and a phone gets the narrow arrangement', async ({ page }) => {
      await page.goto('./embed/motorola-forecast/');
      const root = page.locator(widget);
      await expect(page.locator(band)).toHaveAttribute('data-band', 'narrow');
      // Every other decade labelled, short, and the row labels above their dots.
      const texts = await page.locator(`${band} .view-log text`).allTextContents();
      expect(texts).toEqual(expect.arrayContaining(['1M', '100M', '10B']));
      expect(texts).not.toEqual(expect.arrayContaining(['10M']));
      await root.locator('label', { hasText: 'Linear scale' }).tap();
      await expect(page.locator(`${band} .view-linear svg.chart-svg`)).toBeVisible();
      await expect(root.locator('.view-log svg.chart-svg:visible')).toHaveCount(0);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('both scales are there for every band, one chart shows, and the switch works', async ({ page }) => {
      await page.goto('./embed/motorola-forecast/');
      const root = page.locator(widget);
      await expect(root.locator('.kit-band')).toHaveCount(3);
      await expect(root.locator('svg[role="img"]')).toHaveCount(6);
      await expect(root.locator('svg.chart-svg:visible')).toHaveCount(1);
      await root.locator('label', { hasText: 'Linear scale' }).click();
      await expect(page.locator(`${band} .view-linear svg.chart-svg`)).toBeVisible();
      await expect(root.locator('svg.chart-svg:visible')).toHaveCount(1);
    });
  });

  for (const width of [320, 640, 1000, 1400]) {
    test(`sets its text at 12-15 px inside the chart, without horizontal scroll, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed/motorola-forecast/');
      // The real embed page, not an error page: the widget and its title are there.
      await expect(page.locator(`${widget} .widget-body`)).toBeVisible();
      await expect(page.getByRole('heading', { name: /about 100 times Motorola’s forecast/ })).toBeVisible();
      for (const scale of ['Log scale', 'Linear scale']) {
        await page.locator(widget).locator('label', { hasText: scale }).click();
        const texts = await visibleChartText(page);
        expect(texts.length, scale).toBeGreaterThan(10);
        for (const t of texts) {
          expect(t.px, `${scale}: "${t.text}"`).toBeGreaterThanOrEqual(12);
          expect(t.px, `${scale}: "${t.text}"`).toBeLessThanOrEqual(15);
          expect(t.outside, `${scale}: "${t.text}" leaves its svg`).toBe(false);
        }
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

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
});
