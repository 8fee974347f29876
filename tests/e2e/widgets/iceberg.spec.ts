import { bandFor } from '../../../src/widgets/kit/bands';
import { expect, test, type Locator, type Page } from '@playwright/test';

const widget = '[data-widget="iceberg"]';

const layers = [
  { id: 'api', button: 'API calls', panel: /paid by usage/, counted: /^In token statistics/ },
  {
    id: 'post-training',
    button: 'Post-training',
    panel: /Post-training and fine-tuning on the cloud/,
    counted: /^In no public report/,
  },
  {
    id: 'local',
    button: 'Local & private cloud',
    panel: /deployed locally or on a private cloud/,
    counted: /^In no public report/,
  },
  {
    id: 'on-device',
    button: 'On-device inference',
    panel: /such as in vehicles and robots/,
    counted: /^In no public report/,
  },
] as const;

/** The drawn chart: the server sends one per width band and shows one. */
const chartOf = (root: Locator) => root.locator('svg.chart-svg').filter({ visible: true });

/** The page below the scrollytelling breakpoint, where the iceberg is a plain widget between paragraphs. */
/** The widget on its own embed page: no scrollytelling steers it there. */
async function openPlain(page: Page) {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('./embed/iceberg/');
  const root = page.locator(widget);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
  return root;
}

async function expectShown(root: Locator, id: string, panel: RegExp) {
  await expect(root.locator(`[data-panel="${id}"]`)).toBeVisible();
  await expect(root.locator(`[data-panel="${id}"]`)).toContainText(panel);
  // The other panels stay in the page and the accessibility tree, but only this one is drawn.
  await expect(root.locator('.panel.is-shown')).toHaveCount(1);
  await expect(root.locator(`[data-panel="${id}"]`)).toHaveCSS('opacity', '1');
  await expect(chartOf(root).locator(`g[data-layer="${id}"] path`)).toHaveClass(/is-selected/);
  await expect(chartOf(root).locator('path.is-selected')).toHaveCount(1);
  // The other layers step back.
  await expect(chartOf(root).locator('g.layer.is-dimmed')).toHaveCount(6);
  await expect(root.getByRole('button', { pressed: true })).toHaveAttribute('data-layer', id);
}

/** Every visible chart text's size on screen and whether its svg cuts it off. */
async function chartTexts(chart: Locator) {
  return chart.evaluate((svg: SVGSVGElement) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        text: text.textContent,
        px: (text.getScreenCTM()?.a ?? 0) * parseFloat(getComputedStyle(text).fontSize),
        clipped:
          box.left < frame.left - 0.5 ||
          box.right > frame.right + 0.5 ||
          box.top < frame.top - 0.5 ||
          box.bottom > frame.bottom + 0.5,
      };
    });
  });
}

test.describe('iceberg', () => {
  test('on its embed page: mouse, panel, the 70% note, a steady box, keyboard and motion', async ({ page }) => {
    const root = await openPlain(page);
    await expect(root.locator('.widget-title')).toHaveText('Token statistics see only the tip of the iceberg');
    // The sizes as the page loads, before any layer is shown.
    const box = root.locator('.panels');
    const before = (await box.boundingBox())!;
    const chartBefore = (await chartOf(root).boundingBox())!;

    await test.step('hovering and clicking a layer, in the list or in the chart, explains it', async () => {
      await expect(root.locator('.prompt')).toBeVisible();
      await expect(chartOf(root).locator('path.is-selected')).toHaveCount(0);
      for (const layer of layers) {
        await root.getByRole('button', { name: layer.button }).hover();
        await expectShown(root, layer.id, layer.panel);
        await expect(root.locator(`[data-panel="${layer.id}"] .facts dd`).last()).toHaveText(layer.counted);
      }
      // Point at the layer away from its label: low in the band, in the middle.
      const band = chartOf(root).locator('g[data-layer="post-training"] path');
      const { width, height } = (await band.boundingBox())!;
      await band.hover({ position: { x: width / 2, y: height - 6 } });
      await expectShown(root, 'post-training', layers[1].panel);
      await chartOf(root).locator('g[data-layer="api"] text').first().click();
      await expectShown(root, 'api', layers[0].panel);
    });

    await test.step('the explanation box keeps its size whichever layer is shown', async () => {
      for (const layer of layers) {
        await root.getByRole('button', { name: layer.button }).click();
        await expectShown(root, layer.id, layer.panel);
        expect(await box.boundingBox()).toEqual(before);
        expect(await chartOf(root).boundingBox()).toEqual(chartBefore);
      }
    });

    await test.step('the panel lists where each path runs, keeps its data, is paid for and is counted', async () => {
      await root.getByRole('button', { name: 'Local & private cloud' }).click();
      const facts = root.locator('[data-panel="local"] .facts');
      await expect(facts.locator('dt')).toHaveText(['Model runs', 'Data stays', 'Paid for', 'Counted']);
      await expect(facts.locator('dd')).toHaveText([
        'Locally or on a private cloud',
        'Within the domain',
        'Not stated',
        'In no public report',
      ]);
    });

    await test.step('works with the keyboard: focus selects, arrows move, the focus ring shows', async () => {
      // Away from the buttons, so that no hover competes with the keyboard.
      await page.mouse.move(0, 0);
      const first = root.getByRole('button', { name: 'API calls' });
      await first.focus();
      await expectShown(root, 'api', layers[0].panel);
      await page.keyboard.press('ArrowDown');
      await expect(root.getByRole('button', { name: 'Post-training' })).toBeFocused();
      await expectShown(root, 'post-training', layers[1].panel);
      await page.keyboard.press('End');
      await expectShown(root, 'on-device', layers[3].panel);
      await page.keyboard.press('Shift+Tab');
      await expectShown(root, 'local', layers[2].panel);
      await page.keyboard.press('Tab');
      await expect(root.getByRole('button', { name: 'On-device inference' })).toBeFocused();
      const outline = await root
        .getByRole('button', { name: 'On-device inference' })
        .evaluate((button) => getComputedStyle(button).outlineStyle);
      expect(outline).toBe('solid');
      // Each button is described by its panel, so a screen reader hears it with the name.
      await expect(root.getByRole('button', { name: 'Local & private cloud' })).toHaveAccessibleDescription(
        /open-source models/i,
      );
    });

    await test.step('animates the highlight only when motion is welcome', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const duration = () =>
        chartOf(root)
          .locator('g[data-layer="api"] path')
          .evaluate((path) => getComputedStyle(path).transitionDuration);
      expect(await duration()).toBe('0s');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      expect(await duration()).not.toBe('0s');
    });

    await test.step('the 70% overlap waits for the API layer, hedged, as an overlap of two customer groups', async () => {
      // From the page as it loads: no layer shown yet.
      await openPlain(page);
      await expect(chartOf(root)).not.toContainText('70%');
      await root.getByRole('button', { name: 'Post-training' }).click();
      await expect(root.locator('[data-panel="api"]')).not.toHaveClass(/is-shown/);
      await expect(root.locator('[data-panel="api"]')).toHaveCSS('opacity', '0');
      await root.getByRole('button', { name: 'API calls' }).click();
      const note = root.locator('[data-panel="api"] .panel-note');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(
        'According to Silicon Star People, on Alibaba Cloud, the overlap between customers using API calls and those using GPU computing power is as high as 70%.',
      );
    });
  });

  for (const [width, arrangement] of [
    [320, 'inside'],
    [640, 'beside'],
    [1000, 'beside'],
    [1400, 'beside'],
  ] as const) {
    test(`on the embed page at ${width} px the labels sit ${arrangement} the berg, 12-15 px, none clipped`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed/iceberg/');
      const root = page.locator(widget);
      await expect(root.locator('.widget-title')).toHaveText('Token statistics see only the tip of the iceberg');
      await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
      const chart = chartOf(root);
      await expect(chart).toHaveCount(1);
      const box = (await chart.boundingBox())!;
      // The chart is not hydrated: the server's layout for the frame's band is the one shown.
      expect(Number(await chart.getAttribute('data-layout-width'))).toBe(bandFor(box.width).min);
      const texts = await chartTexts(chart);
      expect(texts.length).toBeGreaterThan(5);
      for (const t of texts) {
        expect(t.px, t.text ?? '').toBeGreaterThanOrEqual(12);
        expect(t.px, t.text ?? '').toBeLessThanOrEqual(15);
        expect(t.clipped, t.text ?? '').toBe(false);
      }
      // Inside: the hidden layers' names sit within the berg's outline; beside: right of it.
      const name = (await chart.locator('g[data-layer="local"] text').first().boundingBox())!;
      const shape = (await chart.locator('g[data-layer="local"] path').boundingBox())!;
      if (arrangement === 'inside') {
        expect(name.x).toBeGreaterThan(shape.x);
        expect(name.x + name.width).toBeLessThan(shape.x + shape.width);
      } else {
        expect(name.x).toBeGreaterThan(shape.x + shape.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    });
  }

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('a tap on a button or on the chart selects a layer', async ({ page }) => {
      // On the embed page: the same controls as in the story, without loading the whole article.
      await page.goto('./embed/iceberg/');
      const root = page.locator(widget);
      await expect(root.locator('.widget-title')).toHaveText('Token statistics see only the tip of the iceberg');
      await root.scrollIntoViewIfNeeded();
      await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
      await root.getByRole('button', { name: 'On-device inference' }).tap();
      await expectShown(root, 'on-device', layers[3].panel);
      await chartOf(root).locator('g[data-layer="local"] text').first().tap();
      await expectShown(root, 'local', layers[2].panel);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    for (const [width, band] of [
      [360, 'narrow'],
      [1280, 'wide'],
    ] as const) {
      test(`at ${width} px every layer is explained, one after another, and the full iceberg is drawn`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('./embed/iceberg/');
        const root = page.locator(widget);
        await expect(root.locator('.widget-title')).toBeVisible();
        for (const layer of layers) {
          await expect(root.locator(`[data-panel="${layer.id}"]`)).toBeVisible();
          await expect(root.locator(`[data-panel="${layer.id}"]`)).toContainText(layer.panel);
        }
        await expect(root.locator('[data-panel="api"] .panel-note')).toContainText('as high as 70%');
        await expect(root.locator('.layer-list')).toBeHidden();
        const chart = chartOf(root);
        await expect(chart).toHaveCount(1);
        await expect(root.locator('.kit-band').filter({ visible: true })).toHaveAttribute('data-band', band);
        await expect(chart.locator('g[data-layer] path')).toHaveCount(4);
        // Said in the chart, on one line or two (a line a <text>).
        expect((await chart.locator('text').allTextContents()).join(' ')).toContain(
          'Not to scale: the article gives no sizes',
        );
        await expect(root.locator('.widget-note')).toContainText('Illustrative: the bands’ equal heights');
        for (const t of await chartTexts(chart)) expect(t.clipped, t.text ?? '').toBe(false);
      });
    }
  });
});

// Issue 25: in the story, the scrollytelling's five steps (the fifth, the article's "has never been
// included in the statistical caliber of any public report", lights every hidden layer) each hold the
// iceberg with its panel in view and uncovered; every layer's facts are in the accessibility tree.
test.describe('iceberg in the story', () => {
  const STEPS = [
    { step: 'api', lit: ['api'] },
    { step: 'post-training', lit: ['post-training'] },
    { step: 'local', lit: ['local'] },
    { step: 'on-device', lit: ['on-device'] },
    { step: 'hidden', lit: ['post-training', 'local', 'on-device'] },
  ] as const;

  for (const [width, height, phone] of [
    [390, 844, true],
    [360, 740, true],
    [1280, 800, false],
    [1600, 1000, false],
  ] as const) {
    test(`at ${width}×${height} the five steps each hold the graphic, never covered, and each step's panel is read`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      const host = page.locator('[data-scrolly]');
      await expect(host).toHaveAttribute('data-scrolly-live', '');
      const root = page.locator(widget);
      const view = root.locator('[data-scrolly-sticky]');
      await expect(page.locator('[data-step]')).toHaveCount(5);
      // The steps drive: no layer buttons, at either size.
      await expect(root.locator('.layer-list')).toBeHidden();
      if (!phone) {
        // Beside the steps the graphic takes at least 55% of the block's width (issue 25; it had 410 px of 860).
        const block = (await host.boundingBox())!;
        const graphic = (await root.boundingBox())!;
        expect(graphic.width / block.width).toBeGreaterThanOrEqual(0.55);
      }
      for (const { step, lit } of STEPS) {
        // The step's top on the reading line: the middle of the window beside the graphic, lower on a phone.
        await page.locator(`[data-step="${step}"]`).evaluate(
          (el, line) => {
            const top = el.getBoundingClientRect().top + window.scrollY;
            window.scrollTo({ top: top + 8 - window.innerHeight * line, behavior: 'instant' });
          },
          phone ? 0.75 : 0.5,
        );
        await expect(view).toHaveAttribute('data-selected', step);
        const chart = chartOf(root);
        await expect(chart.locator('path.is-selected')).toHaveCount(lit.length);
        for (const id of lit) await expect(chart.locator(`g[data-layer="${id}"] path`)).toHaveClass(/is-selected/);
        await expect(chart.locator('g.layer.is-dimmed')).toHaveCount(2 * (4 - lit.length));
        const panel = root.locator(`[data-panel="${step}"]`);
        await expect(panel).toHaveClass(/is-shown/);
        // Beside the steps the panel is in view with the chart. On these phones chart and panel together would
        // take more than half the window (the readers' pin rule, scrolly-steps.ts), so the chart is pinned
        // alone and the panel waits after the last card, checked below.
        const besideChart = !phone;
        const box = besideChart ? (await panel.boundingBox())! : (await chartOf(root).boundingBox())!;
        expect(box.y, `${step}: the panel's top in the window`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${step}: the panel's bottom in the window`).toBeLessThanOrEqual(height);
        // Nothing lies over the panel or the chart: at each probe the topmost element is theirs.
        const covered = await root.locator('.iceberg').evaluate(
          (graphic, [id, withPanel]) => {
            const chart = graphic.querySelector('.iceberg-chart')!;
            const targets = withPanel ? [graphic.querySelector(`[data-panel="${id}"]`)!, chart] : [chart];
            return targets.flatMap((target) => {
              const r = target.getBoundingClientRect();
              return [0.1, 0.5, 0.9].flatMap((fx) =>
                [0.1, 0.5, 0.9].flatMap((fy) => {
                  const x = r.left + r.width * fx;
                  const y = r.top + r.height * fy;
                  if (y < 0 || y > window.innerHeight) return [];
                  const hit = document.elementFromPoint(x, y);
                  return hit && graphic.contains(hit) ? [] : [`${target.className} at ${fx},${fy}: ${hit?.className}`];
                }),
              );
            });
          },
          [step, besideChart] as const,
        );
        expect(covered, `${step}: covered`).toEqual([]);
        if (phone) {
          // The card of the step being read is on screen, below the pinned chart.
          const card = (await page.locator(`[data-step="${step}"]`).boundingBox())!;
          expect(card.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
          expect(card.y).toBeLessThan(height);
        }
      }
      if (phone) {
        // The last step's panel, after the last card: no card passes over it, and the reader reaches it whole.
        await expect(page.locator('[data-scrolly]')).toHaveAttribute('data-scrolly-core-only', '');
        const panel = root.locator('[data-panel="hidden"]');
        const lastCard = (await page.locator('[data-step="hidden"]').boundingBox())!;
        expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(lastCard.y + lastCard.height);
        await panel.scrollIntoViewIfNeeded();
        await expect(panel).toBeInViewport({ ratio: 1 });
      }
    });
  }

  test('every layer’s facts are in the accessibility tree where the steps choose the layer (960 px and wider)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    const root = page.locator(widget);
    await root.locator('[data-scrolly-sticky]').scrollIntoViewIfNeeded();
    await expect(root.locator('[data-scrolly-sticky]')).toHaveAttribute('data-hydrated', 'true');
    const tree = await root.locator('.panels').ariaSnapshot();
    for (const text of [
      'API calls, paid by usage',
      'Post-training and fine-tuning on the cloud',
      'Open-source models deployed locally or on a private cloud',
      'On-device inference, such as in vehicles and robots',
      'Everything below the waterline',
      'In no public report',
      'as high as 70%',
    ]) {
      expect(tree, text).toContain(text);
    }
    expect(tree).not.toContain('Select a layer');
  });
});
