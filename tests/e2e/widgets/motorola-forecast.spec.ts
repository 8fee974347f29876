import { expect, test, type Page } from '@playwright/test';

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
  test('on its embed page: one log scale, the miss in the copy desk’s words, marks for “about” and “over”, no JavaScript of its own', async ({
    page,
  }) => {
    await page.goto('./embed/motorola-forecast/');
    const root = page.locator(widget);
    // The real embed page, not an error page: the widget and its title are there. (Issue 24: the ratio of
    // "over" and "about" figures is "about 100 times", no longer "more than 100 times".)
    await expect(
      page.getByRole('heading', {
        name: /Mobile users reached about 100 times Motorola’s forecast, by the article’s count/,
      }),
    ).toBeVisible();

    await test.step('one scale, no switch: the log scale with its ticks explained and the miss with its hedge', async () => {
      await expect(root.getByRole('radio')).toHaveCount(0);
      const log = page.locator(`${band} svg.chart-svg`);
      await expect(log).toBeVisible();
      await expect(root.locator('svg.chart-svg:visible')).toHaveCount(1);
      await expect(log).toContainText('each step to the right is 10×');
      await expect(log).toContainText('about 100 times the forecast');
      await expect(log).not.toContainText('more than');
      await expect(log).not.toContainText('= 100×');
      for (const text of ['about 1 million users', 'over 100 million users', 'over 1 billion users']) {
        await expect(log).toContainText(text);
      }
      const texts = await log.locator('text').allTextContents();
      // Every decade labelled, short: written out, they no longer fit with room for the reader's text spacing.
      expect(texts).toEqual(expect.arrayContaining(['100K', '1M', '10M', '100M', '1B', '10B']));
      // The text alternative, one per chart (shared by its band copies, kit/Chart.svelte).
      await expect(log).toHaveAccessibleDescription(
        /about 100 times the forecast \(over 100 million ÷ about 1 million\)/,
      );
    });

    await test.step('marks “about” with a dashed ring as it marks “over” with an arrow, and says so', async () => {
      const log = page.locator(`${band} svg.chart-svg`);
      await expect(log.locator('circle.about')).toHaveCount(1);
      await expect(log.locator('polygon')).toHaveCount(2);
      // The caption wraps differently in each band: its first words.
      await expect(log).toContainText('A dashed ring marks a figure');
      await expect(log).toContainText('An arrow marks a figure the');
    });

    await test.step('no tick without its number', async () => {
      const log = page.locator(`${band} svg.chart-svg`);
      const ticks = await log.locator('.axis line.stroke-fg').count();
      const labels = await log.locator('text[data-tick]').count();
      expect(ticks).toBe(labels);
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
  });

  test.describe('on a phone', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('gets the narrow arrangement, short decade labels, every tick labelled', async ({ page }) => {
      await page.goto('./embed/motorola-forecast/');
      await expect(page.locator(band)).toHaveAttribute('data-band', 'narrow');
      const log = page.locator(`${band} svg.chart-svg`);
      const texts = await log.locator('text').allTextContents();
      expect(texts).toEqual(expect.arrayContaining(['100K', '1M', '10M', '100M', '1B', '10B']));
      expect(await log.locator('.axis line.stroke-fg').count()).toBe(await log.locator('text[data-tick]').count());
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the chart is there for every band and one shows', async ({ page }) => {
      await page.goto('./embed/motorola-forecast/');
      const root = page.locator(widget);
      await expect(root.locator('.kit-band')).toHaveCount(3);
      await expect(root.locator('svg[role="img"]')).toHaveCount(3);
      await expect(root.locator('svg.chart-svg:visible')).toHaveCount(1);
    });
  });

  for (const width of [320, 640, 1000, 1400]) {
    test(`sets its text at 12-15 px inside the chart, without horizontal scroll, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed/motorola-forecast/');
      // The real embed page, not an error page: the widget and its title are there.
      await expect(page.locator(`${widget} .widget-body`)).toBeVisible();
      await expect(
        page.getByRole('heading', {
          name: /Mobile users reached about 100 times Motorola’s forecast, by the article’s count/,
        }),
      ).toBeVisible();
      const texts = await visibleChartText(page);
      expect(texts.length).toBeGreaterThan(10);
      for (const t of texts) {
        expect(t.px, `"${t.text}"`).toBeGreaterThanOrEqual(12);
        expect(t.px, `"${t.text}"`).toBeLessThanOrEqual(15);
        expect(t.outside, `"${t.text}" leaves its svg`).toBe(false);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
