/**
 * Charts laid out for their width (issue 12), measured as a reader sees them: the rendered size of every
 * chart text, nothing clipped by its SVG, nothing wider than the window, no layout shift while a page
 * loads and hydrates, and the same markup fitting with JavaScript off. At 320, 640 and 1000 px the embed pages'
 * chart text is measured inside their frames, in embed-scrollbars.spec.ts's walk; here, the wider window.
 */
import type { Page } from '@playwright/test';
import { embedFrame, expect, test } from '../support/embed-fixtures';
import { hostPage } from '../support/host-server';
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
    host,
    served,
  }) => {
    for (const entry of WIDGETS) {
      await test.step(entry.id, async () => {
        const oembed = await (await request.get(`./embed/${entry.id}/oembed.json`)).json();
        const start = Number(oembed.height);
        expect(oembed.html).toContain(`height="${start}"`);
        // The frame as a CMS that strips the loader leaves it: 640 px wide, at its starting height, nothing
        // sizing it. (Opened outside a frame the page starts with a link to the story: not what is measured here.)
        const widget = served.widgets.find((w) => w.id === entry.id)!;
        const url = host.page(
          `/unsized/${entry.id}.html`,
          hostPage(
            `Unsized: ${entry.id}`,
            `<iframe id="unsized" title="${entry.id}" src="${widget.servedEmbed}" width="640" height="${start}" style="border:0;display:block"></iframe>`,
          ),
        );
        await page.setViewportSize({ width: 700, height: Math.max(start + 100, 900) });
        await page.goto(url);
        const frame = await embedFrame(page, widget.servedEmbed);
        await expect(frame.locator(`[data-widget="${entry.id}"] .widget-title`)).toHaveText(entry.title);
        if (entry.interactive) await expect(frame.locator('[data-hydrated="true"]').first()).toBeAttached();
        await frame.evaluate(() => document.fonts.ready);
        expect(await page.locator('#unsized').evaluate((el) => el.clientHeight)).toBe(start);
        // The page's own content, not the window it fills (scrollHeight is never less than the window).
        const content = await frame
          .locator('main.embed-page')
          .evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY));
        const source = (await frame.locator('.widget-source').boundingBox())!;
        const frameTop = (await page.locator('#unsized').boundingBox())!.y;
        expect(
          source.y - frameTop + source.height,
          `${entry.id}: source line inside the first ${start} px`,
        ).toBeLessThanOrEqual(start);
        expect(content, `${entry.id}: content ${content} px, frame starts at ${start} px`).toBeLessThanOrEqual(start);
        expect(start - content, `${entry.id}: blank at the bottom`).toBeLessThanOrEqual(100);
      });
    }
  });
});
