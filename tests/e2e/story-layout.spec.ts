/**
 * The story's page layout as a graphics editor measures it (issue 13): one text column of 60-75
 * characters, one left edge for masthead, body, graphics' text and footer, graphics breaking out of
 * the column from 1200 px, compact contents, and a first screen that holds the headline and the start
 * of the article.
 */
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';
import { horizontalOverflow } from '../support/page-watch';

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
}

async function open(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('./');
  await expect(page.locator('h1')).toContainText('Tokens');
  await expect(page.locator('#introduction')).toBeAttached();
}

const firstParagraph = '#introduction > p';

/**
 * Checks made at 1280 x 800 that used to load the story on their own: they run as steps of the
 * 1280x800 test above, on its page, after the graphics have been scrolled through and hydrated.
 */
async function layoutChecksAt1280x800(page: Page) {
  await test.step('each graphic says little around its chart: a short headline and at most 75 words', async () => {
    for (const entry of WIDGETS) {
      const root = page.locator(`[data-widget="${entry.id}"]`);
      await expect(root.locator('.widget-title')).toHaveText(entry.title);
      // Everything visible outside the chart and its controls (.widget-body) and the data table.
      const words = await root.evaluate((figure) => {
        const parts = [...figure.children].filter((el) => !el.matches('.widget-body'));
        const text = parts
          .map((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('details > :not(summary), .visually-hidden').forEach((hidden) => hidden.remove());
            return copy.textContent ?? '';
          })
          .join(' ');
        return text.split(/\s+/).filter(Boolean).length;
      });
      expect(words, entry.id).toBeLessThanOrEqual(75);
      expect(entry.title.split(/\s+/).length, entry.id).toBeLessThanOrEqual(12);
    }
  });

  // From tests/e2e/widgets/tokens-per-task.spec.ts.
  await test.step('tokens-per-task: broken out of the column on a laptop, a sentence, the figure, then the two boxes side by side', async () => {
    const root = page.locator('[data-widget="tokens-per-task"]');
    await root.scrollIntoViewIfNeeded();
    await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
    const chart = root.locator('svg.chart-svg:visible');
    const chartBox = (await chart.boundingBox())!;
    const verdict = (await root.locator('.verdict').boundingBox())!;
    expect(verdict.y + verdict.height).toBeLessThanOrEqual(chartBox.y);
    const boxes = await Promise.all((await root.getByRole('textbox').all()).map(async (i) => (await i.boundingBox())!));
    expect(boxes).toHaveLength(2);
    expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBe(1);
    for (const box of boxes) expect(box.y).toBeGreaterThan(chartBox.y + chartBox.height);
    const body = (await root.locator('.widget-body').boundingBox())!;
    expect(body.height).toBeLessThan(400);
  });
}

for (const [width, height] of [
  [390, 844],
  [1024, 768],
  [1280, 800],
  [1440, 900],
  [1600, 1000],
] as const) {
  test.describe(`at ${width}x${height}`, () => {
    // One load of the story for every check at this window size, each check a step: the story is the
    // heavy page, and none of these checks changes what the next one measures (the contents, which
    // follow a link, go last).
    test('masthead, measure, graphics and contents', async ({ page }) => {
      await open(page, width, height);
      await test.step('the first screen holds the headline, deck, a chart, byline and the start of the article', async () => {
        expect((await box(page, '.byline')).y + (await box(page, '.byline')).height).toBeLessThanOrEqual(height);
        expect((await box(page, firstParagraph)).y).toBeLessThan(height - 20);
        // The thesis chart (issue 25), whole, under the headline and deck, before the story's first graphic.
        const chart = page.locator('.masthead svg.chart-svg[role="img"]').filter({ visible: true });
        await expect(chart).toHaveCount(1);
        await expect(chart).toHaveAccessibleName(/just over 1%/);
        const drawn = (await chart.boundingBox())!;
        expect(drawn.y).toBeGreaterThan((await box(page, '.deck')).y);
        expect(drawn.y + drawn.height).toBeLessThanOrEqual(height);
        expect(drawn.height).toBeGreaterThan(50);
        expect(await chart.locator('rect.fill-accent').count()).toBe(1);
      });

      await test.step('one left edge, a readable measure, nothing wider than the window', async () => {
        const paragraph = await box(page, firstParagraph);
        const edges = {
          headline: (await box(page, 'h1')).x,
          byline: (await box(page, '.byline')).x,
          paragraph: paragraph.x,
          thesis: (await box(page, '.masthead .thesis')).x,
          footer: (await box(page, '.story-footer')).x,
        };
        for (const [name, x] of Object.entries(edges)) expect(Math.abs(x - paragraph.x), name).toBeLessThanOrEqual(1);
        if (width >= 1024) {
          expect(paragraph.width).toBeGreaterThanOrEqual(600);
          expect(paragraph.width).toBeLessThanOrEqual(700);
        }
        // 60-75 characters a line: the paragraph's width over its font's average character width.
        const perLine = await page
          .locator(firstParagraph)
          .nth(1)
          .evaluate((p) => {
            const lines = Math.round(p.clientHeight / parseFloat(getComputedStyle(p).lineHeight));
            // innerText: the number notes' closed popovers hold text the reader does not see on the line.
            return (p as HTMLElement).innerText.length / lines;
          });
        if (width >= 1024) {
          expect(perLine).toBeGreaterThanOrEqual(58);
          expect(perLine).toBeLessThanOrEqual(78);
        }
        expect(await horizontalOverflow(page)).toBeNull();
      });

      await test.step('graphics break out of the text column from 1200 px, centred on it, one left edge each', async () => {
        const paragraph = await box(page, firstParagraph);
        for (const entry of WIDGETS) {
          const root = page.locator(`[data-widget="${entry.id}"]`);
          const body = root.locator('.widget-body');
          await body.scrollIntoViewIfNeeded();
          // A hydrated view replaces the server's per-band layouts with its own: measure after that.
          if (entry.interactive) await expect(body.locator('[data-hydrated="true"]').first()).toBeAttached();
          const visibleChart = body.locator('svg.chart-svg').filter({ visible: true }).first();
          await expect(visibleChart, entry.id).toBeVisible();
          const chart = (await visibleChart.boundingBox())!;
          const figure = (await root.boundingBox())!;
          // Issue 25: the headline, the chart, the note, the source and the tools share the chart's left edge.
          const edges = {
            title: (await root.locator('.widget-title').boundingBox())!.x,
            source: (await root.locator('.widget-source').boundingBox())!.x,
            tools: (await root.locator('.widget-tools').boundingBox())!.x,
            ...(entry.illustrative ? { note: (await root.locator('.widget-note').boundingBox())!.x } : {}),
          };
          for (const [name, x] of Object.entries(edges)) {
            expect(Math.abs(x - chart.x), `${entry.id}: ${name} at x ${x}, chart at ${chart.x}`).toBeLessThanOrEqual(4);
          }
          if (entry.id === 'iceberg') continue; // In the scrollytelling block, beside its steps (scrolly.spec).
          if (width >= 1200) {
            expect(figure.width, entry.id).toBeGreaterThanOrEqual(860);
            expect(figure.width, entry.id).toBeLessThanOrEqual(1040);
            const centre = figure.x + figure.width / 2;
            expect(Math.abs(centre - (paragraph.x + paragraph.width / 2)), entry.id).toBeLessThanOrEqual(12);
          } else {
            expect(Math.abs(chart.x - paragraph.x), entry.id).toBeLessThanOrEqual(1);
            expect(chart.x + chart.width, entry.id).toBeLessThanOrEqual(width);
          }
        }
      });

      if (width === 1280 && height === 800) await layoutChecksAt1280x800(page);

      await test.step('the contents are compact: in the margin where there is room, a disclosure otherwise', async () => {
        const paragraph = await box(page, firstParagraph);
        if (width >= 1440) {
          await expect(page.locator('.toc-compact')).toBeHidden();
          const toc = await box(page, 'nav.toc');
          expect(toc.x + toc.width).toBeLessThanOrEqual(paragraph.x);
          // Clear of the widest graphic too.
          const chart = (await page
            .locator('[data-widget="maas-share"] svg.chart-svg')
            .filter({ visible: true })
            .first()
            .boundingBox())!;
          expect(toc.x + toc.width).toBeLessThanOrEqual(chart.x);
        } else {
          await expect(page.locator('nav.toc')).toBeHidden();
          const compact = page.locator('.toc-compact');
          await expect(compact).toBeVisible();
          expect((await compact.boundingBox())!.height).toBeLessThanOrEqual(60);
          await compact.locator('summary').click();
          await compact.getByRole('link', { name: /Return to the underlying logic/ }).click();
          await expect(page).toHaveURL(/#underlying-logic-of-cloud$/);
        }
      });
    });
  });
}
