/**
 * The scrollytelling block of section 01: the iceberg stays in view beside the paragraphs about
 * the four ways of using AI and shows the layer of the step the reader is at.
 */
import { expect, test, type Page } from '@playwright/test';
import { horizontalOverflow, watchPage } from '../support/page-watch';
import { focusWalk, linesEverSeen } from '../support/zoom-reading';

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

/** A step card's top at three quarters of the window, where phones read, under the chart pinned at the top. */
async function atPhoneReadingLine(page: Page, step: string) {
  await page.locator(`[data-step="${step}"]`).evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top + 8 - window.innerHeight * 0.75, behavior: 'instant' });
  });
}

async function openWide(page: Page, width = 1280, height = 900) {
  await page.setViewportSize({ width, height });
  await page.goto('./');
  await expect(page.locator(scrolly)).toHaveAttribute('data-scrolly-live', '');
}

/** The highlighted layer follows the step at the reading line, both ways: on a page just opened. */
async function expectStepsFollowed(page: Page, height: number) {
  await expect(page.locator(iceberg)).toHaveCount(1);
  const root = page.locator(iceberg);
  const view = root.locator('[data-scrolly-sticky]');

  // As soon as the graphic is in view, before the first step reaches the reading line: the first step.
  await bringToReadingLine(page, `${scrolly} p`, 0);
  await expect(view).toHaveAttribute('data-hydrated', 'true');
  await expect(view).toHaveAttribute('data-selected', 'api');
  // The graphic holds at least half the window.
  expect((await view.boundingBox())!.height).toBeGreaterThanOrEqual(height / 2);

  for (const step of STEPS) {
    await bringToReadingLine(page, `[data-step="${step}"]`);
    await expect(view).toHaveAttribute('data-selected', step);
    await expect(
      root.locator('svg.chart-svg').filter({ visible: true }).locator(`g[data-layer="${step}"] path`),
    ).toHaveClass(/is-selected/);
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

  // Past the last step (issue 25's payoff, every hidden layer lit): it holds; there is never a neutral frame.
  await bringToReadingLine(page, '[data-step="hidden"]', 2000);
  await expect(view).toHaveAttribute('data-selected', 'hidden');
  await expect(page.locator('[data-step][data-active]')).toHaveCount(1);
}

test.describe('scrollytelling in section 01', () => {
  for (const [width, height] of [
    [1280, 720],
    [1000, 700],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} px the highlighted layer follows the step at the reading line, both ways`, async ({
      page,
    }) => {
      const problems = watchPage(page);
      await openWide(page, width, height);
      await expectStepsFollowed(page, height);
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  // At 1280 × 900, the checks that need nothing but the story as it opens share one load of it, each a
  // step, in an order where none depends on what the one before did: each scrolls where it reads.
  test('at 1280×900 px: steps followed, a sticky column, picking by hand, small steps, a step that holds', async ({
    page,
  }) => {
    const problems = watchPage(page);
    await openWide(page);
    await expect(page.locator('h1')).toContainText('Tokens');

    await test.step('at 1280×900 px the highlighted layer follows the step at the reading line, both ways', async () => {
      await expectStepsFollowed(page, 900);
      expect(problems.consoleErrors).toEqual([]);
    });

    await test.step('the graphic sits in a sticky column beside the text, and the page scrolls on its own terms', async () => {
      const text = page.locator('[data-scrolly-text]');
      const graphic = page.locator('[data-scrolly-graphic]');
      const textBox = (await text.boundingBox())!;
      const graphicBox = (await graphic.boundingBox())!;
      expect(graphicBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
      expect(
        await page.locator(`${iceberg} [data-scrolly-sticky]`).evaluate((el) => getComputedStyle(el).position),
      ).toBe('sticky');
      // No scroll-jacking: where the reader stops, the text stays. (The scroll offset itself may change:
      // a chart above that takes its real height when drawn is compensated by scroll anchoring.)
      await bringToReadingLine(page, '[data-step="local"]');
      const step = page.locator('[data-step="local"]');
      const top = (await step.boundingBox())!.y;
      await page.waitForTimeout(600);
      expect(Math.abs((await step.boundingBox())!.y - top)).toBeLessThan(2);
    });

    await test.step('the reader can still pick a layer by hand in the sticky graphic', async () => {
      await bringToReadingLine(page, '[data-step="api"]');
      const root = page.locator(iceberg);
      await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'api');
      // Beside the steps the layer buttons make way; the chart's layers still take a click.
      await expect(root.getByRole('button', { name: 'On-device inference' })).toBeHidden();
      // Its name, drawn on the layer (on two lines where the layer is slim): a click on it picks the layer.
      await root
        .locator('svg.chart-svg')
        .filter({ visible: true })
        .locator('g[data-layer="on-device"] text')
        .first()
        .click();
      await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'on-device');
      // The next step the reader reaches takes over again.
      await bringToReadingLine(page, '[data-step="post-training"]');
      await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-selected', 'post-training');
    });

    await test.step('scrolling in small steps, the graphic always shows a step: none is ever neutral', async () => {
      const view = page.locator(`${iceberg} [data-scrolly-sticky]`);
      const first = await page.locator('[data-step="api"]').evaluate((el) => el.getBoundingClientRect().top + scrollY);
      const last = await page
        .locator('[data-step="hidden"]')
        .evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
      await bringToReadingLine(page, '[data-step="api"]', -200);
      await expect(view).toHaveAttribute('data-selected', /.+/);
      for (let y = first - 300; y < last + 300; y += 120) {
        await page.evaluate((top) => window.scrollTo({ top: top - innerHeight / 2, behavior: 'instant' }), y);
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        expect(await view.getAttribute('data-selected'), `at ${y}`).toMatch(
          /^(api|post-training|local|on-device|hidden)$/,
        );
      }
    });

    // From tests/e2e/widgets/iceberg.spec.ts. Last: it hands the graphic back by taking the scrolly down.
    await test.step('iceberg: a scrollytelling step holds until the next one; leaving the scrolly hands the graphic back', async () => {
      const host = page.locator('[data-scrolly]');
      await expect(host).toHaveAttribute('data-scrolly-live', '');
      const view = page.locator(`${iceberg} [data-scrolly-sticky]`);
      await view.scrollIntoViewIfNeeded();
      await expect(view).toHaveAttribute('data-hydrated', 'true');
      const send = (step: string | null) =>
        host.evaluate((el, s) => el.dispatchEvent(new CustomEvent('scrolly:step', { detail: { step: s } })), step);
      await send('local');
      await expect(view).toHaveAttribute('data-selected', 'local');
      await send(null);
      await expect(view).toHaveAttribute('data-selected', 'local');
      await expect(page.locator(`${iceberg} [data-panel="local"]`)).toBeVisible();
      await send('on-device');
      await expect(view).toHaveAttribute('data-selected', 'on-device');
      // Below the breakpoint the block is plain text again and the graphic is the reader's.
      await host.evaluate((el) => el.removeAttribute('data-scrolly-live'));
      await send(null);
      await expect(view).not.toHaveAttribute('data-selected', /.+/);
    });
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
    [360, 740],
    [900, 900],
  ] as const) {
    test(`at ${width}×${height} px step cards scroll up under a chart pinned at the top, which they never cover`, async ({
      page,
    }) => {
      const problems = watchPage(page);
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await expect(page.locator(scrolly)).toHaveAttribute('data-scrolly-live', '');
      const view = page.locator(`${iceberg} [data-scrolly-sticky]`);
      // What is pinned: the chart (alone where it and its panel would take more than half the window).
      const pin = page.locator(`${iceberg} [data-scrolly-pin-core]`);
      for (const step of STEPS) {
        const card = page.locator(`[data-step="${step}"]`);
        expect(await card.evaluate((el) => getComputedStyle(el).display)).toBe('block');
        await atPhoneReadingLine(page, step);
        await expect(view).toHaveAttribute('data-selected', step);
        const chart = (await pin.boundingBox())!;
        expect(chart.y, `${step}: chart pinned at the top`).toBeGreaterThanOrEqual(-1);
        expect(chart.y + chart.height, `${step}: the chart takes at most half the window`).toBeLessThanOrEqual(
          height * 0.5,
        );
        // Whatever card passes the chart is drawn under it: the chart is the topmost thing where it is.
        const onTop = await pin.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && el.contains(hit);
        });
        expect(onTop, `${step}: the chart is not covered`).toBe(true);
      }
      // The graphic's panel waits after the last card: no card ever passes over it.
      const panel = page.locator(`${iceberg} [data-panel="on-device"]`);
      const lastCard = (await page.locator('[data-step="on-device"]').boundingBox())!;
      expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(lastCard.y + lastCard.height);
      expect(await horizontalOverflow(page)).toBeNull();
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('at 1280×600 px, where the chart would take more than half the window, the block is a plain stack', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto('./');
    const root = page.locator(scrolly);
    await expect(root).toHaveAttribute('data-scrolly-unpinned', '');
    await expect(root).not.toHaveAttribute('data-scrolly-live', '');
    const pin = (await page.locator(`${iceberg} [data-scrolly-pin]`).boundingBox())!;
    expect(pin.height).toBeGreaterThan(600 * 0.5);
    // The text first, then the graphic, nothing pinned; the steps drive nothing and the layers are the reader's.
    const text = (await root.locator('[data-scrolly-text]').boundingBox())!;
    expect(pin.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(await page.locator(`${iceberg} [data-scrolly-pin]`).evaluate((el) => getComputedStyle(el).position)).toBe(
      'static',
    );
    for (const step of STEPS) {
      expect(await page.locator(`[data-step="${step}"]`).evaluate((el) => getComputedStyle(el).display)).toBe('inline');
    }
    // Made taller (the window's height back to 900, as a zoom undone), it pins the chart again.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(root).not.toHaveAttribute('data-scrolly-unpinned', '');
    await expect(root).toHaveAttribute('data-scrolly-live', '');
  });

  test.describe('on a phone', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('a tap on the pinned chart picks the layer, until the next step takes over', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator(scrolly)).toHaveAttribute('data-scrolly-live', '');
      const root = page.locator(iceberg);
      const view = root.locator('[data-scrolly-sticky]');
      const chart = root.locator('svg.chart-svg').filter({ visible: true });
      await atPhoneReadingLine(page, 'api');
      await expect(view).toHaveAttribute('data-hydrated', 'true');
      await expect(view).toHaveAttribute('data-selected', 'api');

      await chart.locator('g[data-layer="local"] text').first().tap();
      await expect(view).toHaveAttribute('data-selected', 'local');
      await expect(root.locator('[data-panel="local"]')).toBeVisible();
      await expect(chart.locator('g[data-layer="local"] path')).toHaveClass(/is-selected/);

      // Issue 25: the layer buttons make way while the steps drive, on a phone too; the chart still takes a tap.
      await expect(root.getByRole('button', { name: 'On-device inference' })).toBeHidden();
      await chart.locator('g[data-layer="on-device"] text').first().tap();
      await expect(view).toHaveAttribute('data-selected', 'on-device');
      await expect(root.locator('[data-panel="on-device"]')).toHaveClass(/is-shown/);

      // The next step the reader brings up takes over again.
      await atPhoneReadingLine(page, 'post-training');
      await expect(view).toHaveAttribute('data-selected', 'post-training');
    });
  });

  for (const width of [960, 1100, 1200, 1440, 1920, 2560]) {
    test(`at ${width} px nothing overflows and the graphic stays clear of the table of contents`, async ({ page }) => {
      await openWide(page, width, 900);
      await bringToReadingLine(page, '[data-step="api"]');
      expect(await horizontalOverflow(page)).toBeNull();
      const graphic = (await page.locator('[data-scrolly-graphic]').boundingBox())!;
      expect(graphic.x + graphic.width).toBeLessThanOrEqual(width);
      const toc = await page.locator('.toc-column').boundingBox();
      const text = (await page.locator('[data-scrolly-text]').boundingBox())!;
      if (toc && width >= 1440) expect(text.x).toBeGreaterThanOrEqual(toc.x + toc.width);
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
      const lastParagraph = (await root.locator('[data-scrolly-text] p').last().boundingBox())!;
      const figure = (await page.locator(iceberg).boundingBox())!;
      expect(figure.y).toBeGreaterThan(lastParagraph.y + lastParagraph.height);
      const chart = page.locator(`${iceberg} svg.chart-svg`).filter({ visible: true });
      await expect(chart).toHaveCount(1);
      await expect(chart.locator('g[data-layer] path')).toHaveCount(4);
      // The four layers' panels and the payoff step's.
      await expect(page.locator(`${iceberg} .panel[data-panel]`)).toHaveCount(5);
      for (const step of STEPS) await expect(page.locator(`${iceberg} [data-panel="${step}"]`)).toBeVisible();
    });
  });
});

/**
 * Zoomed in (issue 26): 400% and 200% of a 1280 × 900 screen are 320 × 225 and 640 × 450 CSS px. Every line
 * of the scrollytelling's text can be read at some point of the scroll, the keyboard never lands on a
 * control hidden off screen or under the pinned chart or a note, and a number's note fits in the window,
 * beside its number, its last line reachable by scrolling inside it.
 */
for (const [width, height, scale, zoom] of [
  [320, 225, 4, '400%'],
  [640, 450, 2, '200%'],
] as const) {
  test.describe(`at ${zoom} zoom (${width}×${height} px)`, () => {
    test.use({ viewport: { width, height }, deviceScaleFactor: scale });

    test('every line of the scrollytelling is read, no focused control is covered, notes fit beside their number', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const problems = watchPage(page);
      await page.goto('./');
      await expect(page.locator('h1')).toContainText('Tokens');
      // The chart would take more than half the window: the block is a plain stack.
      await expect(page.locator(scrolly)).toHaveAttribute('data-scrolly-unpinned', '');

      await test.step('every line of the scrollytelling text is on screen, uncovered, at some point', async () => {
        const lines = await linesEverSeen(page, '[data-scrolly-text]');
        expect(lines.lines, 'lines of the scrollytelling').toBeGreaterThan(20);
        expect(lines.unseen).toEqual([]);
      });

      await test.step('walking the page with Tab, every focused control is on screen and uncovered', async () => {
        const walk = await focusWalk(page);
        expect(walk.stops, 'Tab stops').toBeGreaterThan(50);
        expect(walk.hidden).toEqual([]);
      });

      await test.step('a long note opens beside its number, inside the window, and scrolls to its last line', async () => {
        for (const where of ['top', 'bottom'] as const) {
          const number = page.locator('#first-api-gpu-overlap + .figure-value');
          await number.evaluate((el, at) => {
            const top = el.getBoundingClientRect().top + window.scrollY;
            window.scrollTo({ top: at === 'top' ? top - 12 : top - window.innerHeight + 40, behavior: 'instant' });
          }, where);
          await number.click();
          const note = page.locator('#figure-note-api-gpu-overlap-1');
          await expect(note).toBeVisible();
          const box = (await note.boundingBox())!;
          const own = (await number.boundingBox())!;
          expect(box.y, `${where}: the note's top in the window`).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, `${where}: the note's bottom in the window`).toBeLessThanOrEqual(height);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          const covers = box.y < own.y + own.height && box.y + box.height > own.y;
          expect(covers, `${where}: the note leaves its number in view`).toBe(false);
          // Its last line, "More in Notes and sources", is reached by scrolling inside the note.
          const last = note.locator('.figure-note-more');
          await note.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
          const end = (await last.boundingBox())!;
          expect(end.y + end.height).toBeLessThanOrEqual(box.y + box.height + 1);
          expect(end.y).toBeGreaterThanOrEqual(box.y - 1);
          await page.keyboard.press('Escape');
          await expect(note).toBeHidden();
        }
      });
      expect(problems.consoleErrors).toEqual([]);
    });
  });
}
