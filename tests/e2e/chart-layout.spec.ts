/**
 * Charts laid out for their width (issue 12), measured as a reader sees them: the rendered size of every
 * chart text, nothing clipped by its SVG, nothing wider than the window, no layout shift while a page
 * loads and hydrates, and the same markup fitting with JavaScript off. At 320, 640 and 1000 px the embed pages'
 * chart text is measured inside their frames, in embed-scrollbars.spec.ts's walk; here, the wider window.
 */
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';
import { horizontalOverflow } from '../support/page-watch';
import { expectReadable, measureCharts } from '../support/chart-text';

/**
 * Layout shift since the page started loading (buffered entries), excluding input-driven ones: the total and,
 * for each shift, what moved, so a failure names it.
 */
async function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        let total = 0;
        const moved: string[] = [];
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            for (const source of entry.sources) {
              const node = source.node instanceof Element ? source.node : source.node?.parentElement;
              const name = node ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : '(gone)';
              const rect = (r: DOMRectReadOnly) =>
                `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
              moved.push(
                `${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${name} ${rect(source.previousRect)} → ${rect(source.currentRect)}`,
              );
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames: buffered entries are delivered in the first callback.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ total, moved })));
      }),
  );
}

/**
 * What "no layout shift" allows: below 0.001, an element moving by about a pixel, which Lighthouse shows as CLS
 * 0.000 (the benchmark's CLS target). The iceberg's embed page showed one such shift (0.00009 at 360 px), only while
 * the suite's first tests ran beside the sub-path build on 2 cores, and never alone; anything larger fails, naming
 * what moved, and sub-threshold shifts are written into the test's annotations.
 */
const MAX_SHIFT = 0.001;

async function expectRealEmbed(page: Page, id: string, title: string) {
  await expect(page.locator(`[data-widget="${id}"]`)).toBeVisible();
  await expect(page.locator(`[data-widget="${id}"] .widget-title`)).toHaveText(title);
}

for (const entry of WIDGETS) {
  test.describe(`embed page of ${entry.id}`, () => {
    // 320, 640 and 1000 px: embed-scrollbars.spec.ts measures the same in the widget's frame at each width.
    test('chart text reads at 11-18 px at 1400 px, nothing clipped, no horizontal scroll', async ({ page }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`./embed/${entry.id}/`);
      await expectRealEmbed(page, entry.id, entry.title);
      if (entry.interactive) await expect(page.locator('[data-hydrated="true"]').first()).toBeAttached();
      expectReadable(await measureCharts(page), `${entry.id} at 1400 px`);
      expect(await horizontalOverflow(page)).toBeNull();
    });

    test('loads without layout shift', async ({ page }) => {
      for (const width of [360, 768, 1280, 1920]) {
        await test.step(`${width} px`, async () => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`./embed/${entry.id}/`);
          await expectRealEmbed(page, entry.id, entry.title);
          if (entry.interactive) await expect(page.locator('[data-hydrated="true"]').first()).toBeAttached();
          await page.evaluate(() => document.fonts.ready);
          const shift = await layoutShift(page);
          if (shift.moved.length) {
            test.info().annotations.push({ type: `layout shift at ${width} px`, description: shift.moved.join('; ') });
          }
          expect(shift.total, shift.moved.join('\n')).toBeLessThan(MAX_SHIFT);
        });
      }
    });
  });
}

test.describe('starting heights', () => {
  test('at 640 px an unsized frame already shows the whole widget, with at most about 100 px to spare', async ({
    page,
    request,
  }) => {
    for (const entry of WIDGETS) {
      await test.step(entry.id, async () => {
        const oembed = await (await request.get(`./embed/${entry.id}/oembed.json`)).json();
        const start = Number(oembed.height);
        expect(oembed.html).toContain(`height="${start}"`);
        await page.setViewportSize({ width: 640, height: start });
        await page.goto(`./embed/${entry.id}/`);
        await expectRealEmbed(page, entry.id, entry.title);
        if (entry.interactive) await expect(page.locator('[data-hydrated="true"]').first()).toBeAttached();
        await page.evaluate(() => document.fonts.ready);
        // The page's own content, not the window it fills (scrollHeight is never less than the window).
        const content = await page
          .locator('main.embed-page')
          .evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY));
        const source = (await page.locator('.widget-source').boundingBox())!;
        expect(source.y + source.height, `${entry.id}: source line inside the first ${start} px`).toBeLessThanOrEqual(
          start,
        );
        expect(content, `${entry.id}: content ${content} px, frame starts at ${start} px`).toBeLessThanOrEqual(start);
        expect(start - content, `${entry.id}: blank at the bottom`).toBeLessThanOrEqual(100);
      });
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every embed page sends a chart that fits at 320 and 1000 px', async ({ page }) => {
    for (const entry of WIDGETS) {
      for (const width of [320, 1000]) {
        await test.step(`${entry.id} at ${width} px`, async () => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`./embed/${entry.id}/`);
          await expectRealEmbed(page, entry.id, entry.title);
          expectReadable(await measureCharts(page), `${entry.id} at ${width} px, no JavaScript`);
          expect(await horizontalOverflow(page)).toBeNull();
        });
      }
    }
  });
});

test.describe('the story', () => {
  for (const width of [360, 1280]) {
    test(`at ${width} px every chart reads at 11-18 px, nothing clipped`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      for (const entry of WIDGETS) {
        await test.step(entry.id, async () => {
          const root = page.locator(`[data-widget="${entry.id}"]`);
          await root.scrollIntoViewIfNeeded();
          if (entry.interactive) await expect(root.locator('[data-hydrated="true"]').first()).toBeAttached();
        });
      }
      expectReadable(await measureCharts(page), `story at ${width} px`);
      expect(await horizontalOverflow(page)).toBeNull();
    });
  }

  for (const width of [360, 768, 1280, 1920]) {
    test(`loads without layout shift at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await expect(page.locator('h1')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const shift = await layoutShift(page);
      expect(shift.total, shift.moved.join('\n')).toBe(0);
    });
  }
});

test.describe('in print', () => {
  test('chart text prints no larger than the body text', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto('./');
    await expect(page.locator('h1')).toBeVisible();
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const report = await measureCharts(page);
    expect(report.charts).toBeGreaterThanOrEqual(WIDGETS.length);
    expect(body).toBeGreaterThan(12);
    expect(Math.max(...report.sizes)).toBeLessThanOrEqual(body + 0.5);
  });
});
