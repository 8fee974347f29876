/**
 * What every widget in the registry must do on the story page; widget-specific interaction tests
 * live in tests/e2e/widgets/<id>.spec.ts. That each widget hydrates and fits at 320 px with no console
 * error is checked in story.spec's 320 px load of the story.
 */
import { widgetPaths } from '../../src/lib/widget-paths';
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';

async function accessibleNameOfChart(page: Page, id: string) {
  return page
    .locator(`[data-widget="${id}"] svg[role="img"]`)
    .first()
    .evaluate((svg) => {
      const ids = svg.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
      const byIds = ids.map((ref) => document.getElementById(ref)?.textContent ?? '').join(' ');
      return (svg.getAttribute('aria-label') ?? byIds ?? svg.querySelector('title')?.textContent ?? '').trim();
    });
}

// One page load per check, a step per widget: the story is long, and loading it once per widget and check
// made this file the slowest of the suite.
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every widget is complete HTML and SVG: named chart, title, data table, source line', async ({ page }) => {
    await page.goto('./');
    for (const entry of WIDGETS) {
      await test.step(entry.id, async () => {
        const root = page.locator(`[data-widget="${entry.id}"]`);
        await expect(root).toHaveCount(1);
        await expect(root).toBeVisible();
        // Inside a section of the story, with the id the embed page's "From the story" link points at.
        const anchor = widgetPaths(entry.id).anchor;
        expect(await page.locator(`.story-section figure#${anchor}[data-widget="${entry.id}"]`).count()).toBe(1);
        await expect(root.locator('.widget-title')).toHaveText(entry.title);
        expect((await accessibleNameOfChart(page, entry.id)).length).toBeGreaterThan(10);
        expect(await root.locator('svg[role="img"] :is(rect, path, circle, line, polygon)').count()).toBeGreaterThan(0);
        await expect(root.locator('.widget-data tbody tr')).toHaveCount(entry.figures.length + entry.derived.length);
        await expect(root.locator('.widget-source')).toHaveText(/^Source: .+/);
      });
    }
  });
});

// Pictures for a person to look at (screenshots/, not committed), one page load per width and theme. Each
// widget must also sit inside the column: nothing cut off at 360 px.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`screenshots of every widget at ${width} px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      for (const entry of WIDGETS) {
        const root = page.locator(`[data-widget="${entry.id}"]`);
        await root.scrollIntoViewIfNeeded();
        if (entry.interactive) {
          // A chart is laid out only when near (content-visibility), and an element screenshot taller than
          // the window can leave it a stale height: once drawn it may settle out of view, as a reader would
          // then scroll on, so scroll to it again until it has hydrated.
          await expect(async () => {
            await root.scrollIntoViewIfNeeded();
            await expect(root.locator('[data-hydrated="true"]').first()).toBeAttached({ timeout: 1000 });
          }).toPass();
        }
        const box = (await root.boundingBox())!;
        expect(box.x + box.width, `${entry.id} fits in ${width} px`).toBeLessThanOrEqual(width);
        await root.screenshot({ path: `screenshots/${entry.id}-${width}-${colorScheme}.png`, animations: 'disabled' });
      }
    });
  }
}
