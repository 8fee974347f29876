/**
 * Every chart of the story is laid out at load. `content-visibility: auto` on each chart's body once
 * deferred the layout of charts off screen, and left them and their controls out of the accessibility
 * tree (3 of 5 charts, 8 of 10 controls: a screen reader's list of them was short; issue 26). Laid out at
 * load, nothing a chart draws may fall outside its body's box, and the text being read must not jump.
 */
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '../../src/widgets/registry';

/** Whether the browser is skipping the layout of what this widget's body holds, for now. */
async function skipped(page: Page, id: string) {
  return page
    .locator(`#story [data-widget="${id}"] .widget-body`)
    .evaluate(
      (body) => ![...body.querySelectorAll('*')].some((el) => el.checkVisibility({ contentVisibilityAuto: true })),
    );
}

test('a chart far down the story is laid out at load, before the reader nears it', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('./');
  const last = (await page.locator('#story figure[data-widget]').last().getAttribute('data-widget'))!;
  expect(await skipped(page, last)).toBe(false);
  const body = page.locator(`#story [data-widget="${last}"] .widget-body`);
  expect(await body.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
});

/** Nothing a chart draws falls outside the box that clips it: every widget of the story, scrolled to. */
async function expectNothingClipped(page: Page) {
  for (const { id } of WIDGETS) {
    const body = page.locator(`#story [data-widget="${id}"] .widget-body`);
    await body.scrollIntoViewIfNeeded();
    await expect.poll(() => skipped(page, id)).toBe(false);
    const outside = await body.evaluate((root) => {
      // The body's box, with its room for labels and focus rings; closed <details> draw nothing past it.
      const box = root.getBoundingClientRect();
      const found: string[] = [];
      for (const el of root.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        if (el.closest('.visually-hidden, details:not([open]) > :not(summary)')) continue;
        const past = Math.max(
          box.left - rect.left,
          rect.right - box.right,
          box.top - rect.top,
          rect.bottom - box.bottom,
        );
        if (past > 0.5)
          found.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} by ${past.toFixed(1)} px`);
      }
      return found;
    });
    expect(outside, id).toEqual([]);
  }
}

for (const width of [320, 412]) {
  test(`at ${width} px nothing a chart draws falls outside its body`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await expectNothingClipped(page);
  });
}

test('at 1280 px the text stays put after a jump, and nothing a chart draws falls outside its body', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await expect(page.locator('h1')).toContainText('Tokens');

  await test.step('at 1280 px the text being read stays put after a jump down the page', async () => {
    // Jump, as a link from the contents would, past charts above.
    const target = page.locator('#underlying-logic-of-cloud p').first();
    const before = await target.evaluate((el) => {
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 300, behavior: 'instant' });
      return el.getBoundingClientRect().top;
    });
    // Whatever hydrates above the reader in the next frames, the paragraph stays.
    await page.waitForTimeout(500);
    const after = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(2);
  });

  await test.step('at 1280 px nothing a chart draws falls outside its body', async () => {
    await expectNothingClipped(page);
  });
});
