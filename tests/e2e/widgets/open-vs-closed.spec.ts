import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartAlternative } from '../../support/chart-text';

// The widget alone, on its embed page: the same component and markup as in the story (whose placement
// widgets-common.spec.ts checks), without loading the whole article for each interaction.

const widget = '[data-widget="open-vs-closed"]';

/** The server markup holds one chart per width band; the one CSS shows is "the chart". */
const shownChart = (root: Locator) => root.locator('svg.chart-svg').filter({ visible: true });

/** Tails are flat lines and hidden parts sit in hidden groups: "shown" is read from the rendered box. */
async function shownCount(chart: Locator, selector: string) {
  return chart
    .locator(selector)
    .evaluateAll(
      (els) => els.filter((el) => el.getBoundingClientRect().width + el.getBoundingClientRect().height > 0).length,
    );
}

async function openWidget(page: Page) {
  await page.goto('./embed/open-vs-closed/');
  const root = page.locator(widget);
  await expect(root).toHaveCount(1);
  await expect(shownChart(root)).toHaveCount(1);
  return root;
}

async function expectAllUses(root: Locator) {
  const chart = shownChart(root);
  await expect(root.getByRole('radio', { name: 'All uses' })).toBeChecked();
  await expect.poll(() => shownCount(chart, '.tail')).toBe(3);
  await expect.poll(() => shownCount(chart, '.band-hollow')).toBe(0);
  await expect(root.locator('.note-all')).toBeVisible();
  await expect(root.locator('.note-counted')).toBeHidden();
  await expect(chart.locator('.only-counted')).toBeHidden();
  await expect(chart.locator('.only-all')).toContainText('More dispersed, more hidden, a longer cycle');
}

async function expectCountedOnly(root: Locator) {
  const chart = shownChart(root);
  await expect(root.getByRole('radio', { name: 'What is counted' })).toBeChecked();
  await expect.poll(() => shownCount(chart, '.tail')).toBe(0);
  await expect(chart.locator('.only-counted')).toBeVisible();
  // One line or two (narrow, with room for the reader's text spacing).
  await expect
    .poll(() =>
      chart
        .locator('.only-counted text')
        .allTextContents()
        .then((lines) => lines.join(' ')),
    )
    .toContain('Also happening, but difficult to count');
  await expect(chart.locator('.only-all')).toBeHidden();
  await expect(root.locator('.note-counted')).toContainText('difficult to calculate directly');
  await expect(root.locator('.note-counted')).toContainText('over 800 million downloads');
  await expect(root.locator('.note-all')).toBeHidden();
  // The open-source bands are hollowed out now; the closed-source API route stays solid.
  await expect.poll(() => shownCount(chart, '.band-hollow')).toBe(3);
  const api = await chart.locator('.band-closed').evaluate((el) => getComputedStyle(el).stroke);
  const hollow = await chart
    .locator('.band-hollow')
    .first()
    .evaluate((el) => getComputedStyle(el).stroke);
  const background = await chart
    .locator('rect.fill-bg')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(hollow).toBe(background);
  expect(api).not.toBe(background);
}

test.describe('open-vs-closed', () => {
  test('on its embed page: both routes, the switch with the mouse and the keyboard, no JavaScript of its own', async ({
    page,
  }) => {
    let root = await openWidget(page);

    await test.step('shows both routes with the download count from the data', async () => {
      await expectAllUses(root);
      const chart = shownChart(root);
      for (const text of ['over 800 million', 'downloads', 'pay by usage', 'Post-trained on the cloud']) {
        await expect(chart).toContainText(text);
      }
      await expect(root.locator('.widget-note')).toContainText('no split of the downloads');
      await expect(chart).toContainText('Band widths: illustrative');
      await expect(root.locator('.widget-data tbody tr[data-figure="qwen-downloads"] .value')).toHaveText(
        'over 800 million downloads',
      );
    });

    await test.step('keeps a space between the sentences of its alternative text', async () => {
      const desc = await chartAlternative(shownChart(root));
      expect(desc).toContain('directly. Band widths are illustrative');
      expect(desc).not.toMatch(/[.;:][A-Za-z]/);
    });

    await test.step('ships no JavaScript of its own', async () => {
      await expect(page.locator(`${widget} astro-island`)).toHaveCount(0);
    });

    await test.step('switches to what can be counted and back with the mouse', async () => {
      await root.locator('label', { hasText: 'What is counted' }).click();
      await expectCountedOnly(root);
      await root.locator('label', { hasText: 'All uses' }).click();
      await expectAllUses(root);
    });

    await test.step('switches with the keyboard and shows a focus ring', async () => {
      // From the page as it loads, as a keyboard reader meets it.
      root = await openWidget(page);
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
  });

  for (const width of [320, 640, 1000, 1400]) {
    test(`lays itself out at ${width} px: text 12-15 px, none clipped, no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const root = await openWidget(page);
      for (const view of ['All uses', 'What is counted']) {
        await root.locator('label', { hasText: view }).click();
        const found = await shownChart(root).evaluate((svg: SVGSVGElement) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter((t) => t.getBoundingClientRect().width > 0)
            .map((t) => {
              const box = t.getBoundingClientRect();
              const clipped =
                box.left < frame.left - 0.5 ||
                box.right > frame.right + 0.5 ||
                box.top < frame.top - 0.5 ||
                box.bottom > frame.bottom + 0.5;
              return {
                text: t.textContent,
                size: t.getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize),
                clipped,
              };
            });
        });
        expect(found.length, view).toBeGreaterThan(10);
        for (const t of found) {
          expect(t.size, `${t.text} (${view})`).toBeGreaterThanOrEqual(12);
          expect(t.size, `${t.text} (${view})`).toBeLessThanOrEqual(15);
          expect(t.clipped, `${t.text} (${view})`).toBe(false);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test('runs top to bottom in a narrow column and left to right in a wide one', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 900 });
    let root = await openWidget(page);
    // The boxes' left edges as a share of the chart's width, and their tops.
    const boxes = async () =>
      shownChart(root).evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('rect')]
          .map((r) => r.getBoundingClientRect())
          .map((b) => ({ x: (b.x - frame.x) / frame.width, y: b.y }));
      });
    const narrow = await boxes();
    // Narrow: the four boxes span the column, each on its own row.
    expect(narrow).toHaveLength(4);
    for (const box of narrow) expect(box.x).toBeLessThan(0.01);
    expect(new Set(narrow.map((b) => Math.round(b.y))).size).toBe(4);
    await page.setViewportSize({ width: 1000, height: 900 });
    root = page.locator(widget);
    // Wide: sources at the left edge, the revenue on the right of each row.
    const wide = await boxes();
    expect(wide.filter((b) => b.x < 0.01)).toHaveLength(2);
    expect(wide.filter((b) => b.x > 0.5)).toHaveLength(2);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('switches with a tap', async ({ page }) => {
      const root = await openWidget(page);
      await root.locator('label', { hasText: 'What is counted' }).tap();
      await expectCountedOnly(root);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('switches all the same', async ({ page }) => {
      const root = await openWidget(page);
      await root.locator('label', { hasText: 'What is counted' }).click();
      await expectCountedOnly(root);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot of what is counted at 360 px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 360, height: 900 });
      const root = await openWidget(page);
      await root.locator('label', { hasText: 'What is counted' }).click();
      await root
        .locator('.widget-body')
        .screenshot({ path: `screenshots/open-vs-closed-counted-360-${colorScheme}.png` });
    });
  }
});
