import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../../support/page-watch';

const widget = '[data-widget="tokens-per-task"]';

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  const root = page.locator(widget);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
  return root;
}

/** The widget alone on its embed page: the same component as in the story, without the whole article. */
async function openEmbed(page: Page, query = '') {
  await page.goto(`./embed/tokens-per-task/${query}`);
  const root = page.locator(widget);
  await expect(root.locator('.widget-title')).toHaveText(
    'One task, two models’ tokens: “which one has stronger capabilities?”',
  );
  await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
  return root;
}

type Root = ReturnType<Page['locator']>;
const field = (root: Root, label: RegExp) => root.getByRole('textbox', { name: label });
/** The chart a reader sees: the server sends one per width band, CSS shows one, a hydrated view keeps one. */
const chart = (root: Root) => root.locator('svg.chart-svg:visible');

test.describe('tokens-per-task', () => {
  test('on its embed page: the article’s example, 16 px boxes, bad input refused, mouse and keyboard', async ({
    page,
  }) => {
    const root = await openEmbed(page);

    await test.step('starts from the article’s example: one task, 10,000 tokens and 1,000, ten times the tokens', async () => {
      await expect(field(root, /Model A, tokens per task/)).toHaveValue('10,000');
      await expect(field(root, /Model B, tokens per task/)).toHaveValue('1,000');
      await expect(root.locator('.verdict')).toHaveText(
        'For the same task, model A uses 10 times the tokens of model B.',
      );
      await expect(chart(root)).toContainText('10,000 tokens');
      await expect(chart(root)).toContainText('1,000 tokens');
      await expect(chart(root)).toContainText('Each square: 1,000 tokens');
      // Ten squares and one, every one in the colour of what the statistics count.
      await expect(chart(root).locator('rect.fill-accent')).toHaveCount(11);
      // No price, no volume, no cost anywhere: nothing the article does not give.
      await expect(root).not.toContainText(/yuan|per day|a day|price|cost|illustrative/i);
      await expect(root.getByRole('textbox')).toHaveCount(2);
    });

    await test.step('boxes set in 16 px or more, so iOS does not zoom into them', async () => {
      for (const input of await root.getByRole('textbox').all()) {
        const size = await input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(16);
      }
    });

    await test.step('refuses bad input with a message, keeps the last valid result, never shows NaN', async () => {
      const a = field(root, /Model A/);
      // Where the chart is on the page (not in the viewport: filling a box may scroll it into view).
      const chartBox = () =>
        chart(root).evaluate((svg) => {
          const { left, top, width, height } = svg.getBoundingClientRect();
          return { left, top: top + window.scrollY, width, height };
        });
      const before = await chartBox();
      const bad = [
        ['', /Enter a number, 1 to 10,000,000/],
        ['-40', /at least 1/],
        ['abc', /Digits only/],
        ['2.5', /No decimals/],
        ['99999999999999999999999', /at most 10,000,000/],
      ] as const;
      for (const [text, message] of bad) {
        await a.fill(text);
        await expect(a).toHaveAttribute('aria-invalid', 'true');
        const describedBy = (await a.getAttribute('aria-describedby'))!;
        const note = page.locator(`[id="${describedBy}"]`);
        await expect(note).toHaveText(message);
        // Announced once the reader pauses (the widget's one live region), not on every keystroke.
        await expect(note).not.toHaveAttribute('aria-live');
        await expect(root.locator('.stale')).toBeVisible();
        await expect(root.locator('.verdict')).toHaveText(
          'For the same task, model A uses 10 times the tokens of model B.',
        );
        await expect(chart(root)).toContainText('10,000 tokens');
        await expect(root).not.toContainText(/NaN|Infinity/);
        expect(await chartBox()).toEqual(before);
      }
      await expect(page).not.toHaveURL(/tpt-a=/);
      await a.fill('3000');
      await expect(a).toHaveAttribute('aria-invalid', 'false');
      await expect(root.locator('.stale')).toBeHidden();
      await expect(root.locator('.verdict')).toHaveText(
        'For the same task, model A uses 3 times the tokens of model B.',
      );
      await expect(chart(root)).toContainText('3,000 tokens');
    });

    await test.step('follows the mouse and the keyboard, and keeps the numbers in the address', async () => {
      const a = field(root, /Model A/);
      await a.click();
      await a.fill('20000');
      await expect(root.locator('.verdict')).toHaveText(
        'For the same task, model A uses 20 times the tokens of model B.',
      );
      await expect(chart(root)).toContainText('20,000 tokens');
      await expect(page).toHaveURL(/[?&]tpt-a=20000(&|$)/);
      // Tab to the next box and type, as a keyboard user would.
      await page.keyboard.press('Tab');
      await expect(field(root, /Model B/)).toBeFocused();
      await expect(a).toHaveValue('20,000');
      const outline = await field(root, /Model B/).evaluate((input) => getComputedStyle(input).outlineStyle);
      expect(outline).toBe('solid');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('40000');
      await expect(root.locator('.verdict')).toHaveText(
        'For the same task, model B uses 2 times the tokens of model A.',
      );
      await expect(chart(root)).toContainText('40,000 tokens');
      await expect(page).toHaveURL(/tpt-b=40000/);

      await page.reload();
      const again = page.locator(widget);
      await expect(again.locator('[data-hydrated="true"]')).toBeAttached();
      await expect(field(again, /Model A/)).toHaveValue('20,000');
      await expect(again.locator('.verdict')).toHaveText(
        'For the same task, model B uses 2 times the tokens of model A.',
      );
    });
  });

  test('announces the result once the reader pauses, and never at load', async ({ page }) => {
    const root = await openEmbed(page, '?tpt-a=5000');
    const live = root.locator('[aria-live="polite"]');
    await expect(live).toHaveCount(1);
    // A link's numbers applied at load are shown, not spoken.
    await expect(root.locator('.verdict')).toHaveText('For the same task, model A uses 5 times the tokens of model B.');
    await page.waitForTimeout(1000);
    await expect(live).toHaveText('');
    const b = field(root, /Model B/);
    // Keystrokes 150 ms apart, as a person types, dispatched in the page so a busy machine cannot stretch the
    // gaps: nothing is said while they come; what the live region holds is read right after each one.
    const during = await b.evaluate(async (input: HTMLInputElement) => {
      const live = input.closest('[data-widget]')!.querySelector('[aria-live="polite"]')!;
      const heard: string[] = [];
      for (const text of ['2', '25', '250']) {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 150));
        heard.push(live.textContent ?? '');
      }
      return heard;
    });
    const last = Date.now();
    expect(during).toEqual(['', '', '']);
    await expect(live).toHaveText('For the same task, model A uses 20 times the tokens of model B.', {
      timeout: 3000,
    });
    // About 650 ms after the last keystroke (150 ms of it already waited in the page), not sooner.
    expect(Date.now() - last).toBeGreaterThanOrEqual(250);
    // A bad number is announced the same way, with what is wrong.
    await b.fill('x');
    await expect(live).toHaveText(
      /Model B, tokens per task: Digits only: 1 to 10,000,000\. The figure shows the last valid numbers\./,
    );
  });

  test('hydrates into one layout at its column, where the server sent one per band, at the same height', async ({
    page,
    browser,
    baseURL,
  }) => {
    const problems = watchPage(page);
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto('./embed/tokens-per-task/');
    const root = page.locator(widget);
    await expect(root.locator('.widget-title')).toHaveText(
      'One task, two models’ tokens: “which one has stronger capabilities?”',
    );
    await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
    await expect(root.locator('svg.chart-svg')).toHaveCount(1);
    const drawn = (await chart(root).boundingBox())!;
    await expect(chart(root)).toHaveAttribute('data-layout-width', String(Math.round(drawn.width)));

    // The same page as sent: three band layouts, the one shown as tall as the one drawn after hydration.
    const sent = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 640, height: 900 },
      ...(baseURL ? { baseURL } : {}),
    });
    const staticPage = await sent.newPage();
    await staticPage.goto('./embed/tokens-per-task/');
    const staticRoot = staticPage.locator(widget);
    await expect(staticRoot.locator('.widget-title')).toHaveText(
      'One task, two models’ tokens: “which one has stronger capabilities?”',
    );
    await expect(staticRoot.locator('svg.chart-svg')).toHaveCount(3);
    expect((await chart(staticRoot).boundingBox())!.height).toBe(drawn.height);
    await sent.close();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a shared link sets the numbers; a first-edition link’s price and tasks are ignored', async ({ page }) => {
    const root = await open(page, '?tpt-a=5000&tpt-b=1000&tpt-price=3&tpt-tasks=200#token-is-a-good-indicator');
    await expect(field(root, /Model A/)).toHaveValue('5,000');
    await expect(root.locator('.verdict')).toHaveText('For the same task, model A uses 5 times the tokens of model B.');
    await expect(chart(root)).toContainText('5,000 tokens');
    await expect(root.locator('.notice')).toBeHidden();
  });

  test('a bad link value is refused visibly and never becomes markup', async ({ page }) => {
    const problems = watchPage(page);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const root = await openEmbed(page, `?tpt-a=${hostile}&tpt-b=2000`);
    await expect(root.locator('.notice')).toHaveText(/model a, tokens per task \(kept at 10,000\)/);
    await expect(root.locator('.notice')).toBeVisible();
    await expect(field(root, /Model A/)).toHaveValue('10,000');
    await expect(field(root, /Model B/)).toHaveValue('2,000');
    await expect(root.locator('.verdict')).toHaveText('For the same task, model A uses 5 times the tokens of model B.');
    expect(await page.locator(`${widget} img`).count()).toBe(0);
    expect(await root.innerHTML()).not.toContain('onerror');
    expect(dialog).toBe(false);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('150 quick edits under a WebKit-like limit on replaceState: no error, the address follows', async ({ page }) => {
    // Safari throws after 100 calls in 10 s; the same rule here, so Chromium meets what Safari's readers would.
    await page.addInitScript(() => {
      const calls: number[] = [];
      const original = history.replaceState.bind(history);
      (window as unknown as { __replaceCalls: number[] }).__replaceCalls = calls;
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        const now = performance.now();
        calls.push(now);
        if (calls.filter((t) => now - t < 10_000).length > 100) {
          throw new DOMException(
            'Attempt to use history.replaceState() more than 100 times per 10 seconds',
            'SecurityError',
          );
        }
        original(...args);
      };
    });
    const problems = watchPage(page);
    const root = await openEmbed(page);
    // Typed in the page, a few milliseconds apart: as fast as a reader holding a key, whatever the machine's load.
    await field(root, /Model A/).evaluate(async (input: HTMLInputElement) => {
      for (let i = 1; i <= 150; i++) {
        input.value = String(1_000 * i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    await expect(root.locator('.verdict')).toHaveText(
      'For the same task, model A uses 150 times the tokens of model B.',
    );
    await expect(page).toHaveURL(/[?&]tpt-a=150000(&|$)/);
    const calls = await page.evaluate(() => (window as unknown as { __replaceCalls: number[] }).__replaceCalls.length);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(5);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a browser that refuses every address update still gets a working calculator', async ({ page }) => {
    await page.addInitScript(() => {
      history.replaceState = () => {
        throw new DOMException('refused', 'SecurityError');
      };
    });
    const problems = watchPage(page);
    const root = await openEmbed(page);
    const b = field(root, /Model B/);
    await b.fill('5000');
    await b.press('Tab');
    await expect(root.locator('.verdict')).toHaveText('For the same task, model A uses 2 times the tokens of model B.');
    await expect(chart(root)).toContainText('5,000 tokens');
    await page.waitForTimeout(500);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('keeps the numbers in the address of a page whose path starts with //', async ({ page, baseURL }) => {
    const problems = watchPage(page);
    const address = `${new URL(baseURL!).origin}//embed/tokens-per-task/`;
    await page.goto(address);
    const root = page.locator(widget);
    await expect(root.locator('.widget-title')).toHaveText(
      'One task, two models’ tokens: “which one has stronger capabilities?”',
    );
    await expect(root.locator('[data-hydrated="true"]')).toBeAttached();
    await field(root, /Model B/).fill('20');
    await expect(page).toHaveURL(`${address}?tpt-a=10000&tpt-b=20`);
    await expect(root.locator('.verdict')).toHaveText(
      'For the same task, model A uses 500 times the tokens of model B.',
    );
    expect(problems.consoleErrors).toEqual([]);
  });

  for (const [width, most] of [
    [390, 520],
    [1024, 460],
  ] as const) {
    test(`in the story at ${width} px: the sentence, the figure, then the two boxes side by side, short`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const root = await open(page);
      await expect(root.locator('.widget-title')).toHaveText(
        'One task, two models’ tokens: “which one has stronger capabilities?”',
      );
      const chartBox = (await chart(root).boundingBox())!;
      const verdict = (await root.locator('.verdict').boundingBox())!;
      expect(verdict.y + verdict.height).toBeLessThanOrEqual(chartBox.y);
      const boxes = await Promise.all(
        (await root.getByRole('textbox').all()).map(async (i) => (await i.boundingBox())!),
      );
      expect(boxes).toHaveLength(2);
      for (const box of boxes) expect(box.y).toBeGreaterThan(chartBox.y + chartBox.height);
      expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBe(1);
      // Issue 25: well under the first edition's 869 px on a phone.
      const body = (await root.locator('.widget-body').boundingBox())!;
      expect(body.height).toBeLessThan(most);
      const desc = await chart(root).locator('desc').textContent();
      expect(desc).toContain('Model A uses 10,000 tokens for it, model B 1,000 tokens');
      expect(desc).not.toMatch(/[a-z.][.][A-Z]/);
    });
  }

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

    test('a tap focuses a box and typing updates the chart', async ({ page }) => {
      const root = await openEmbed(page);
      const b = field(root, /Model B/);
      await b.tap();
      await expect(b).toBeFocused();
      await b.fill('1');
      await expect(chart(root)).toContainText('1 token');
      await expect(root.locator('.verdict')).toHaveText(
        'For the same task, model A uses 10,000 times the tokens of model B.',
      );
      // A message under a box takes the lines kept for it: nothing under the boxes moves.
      const sourceTop = () =>
        root.locator('.widget-source').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const before = await sourceTop();
      await b.fill('');
      await expect(root.locator('.message').last()).toHaveText('Enter a number, 1 to 10,000,000.');
      expect(await sourceTop()).toBe(before);
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('reads as a sentence and a figure, the article’s example, with no dead form fields', async ({ page }) => {
      await page.goto('./?tpt-a=5');
      const root = page.locator(widget);
      await expect(root.locator('.verdict')).toHaveText(
        'For the same task, model A uses 10 times the tokens of model B.',
      );
      await expect(chart(root)).toContainText('10,000 tokens');
      await expect(chart(root)).toContainText('1,000 tokens');
      await expect(chart(root).locator('rect.fill-accent')).toHaveCount(11);
      await expect(root.getByRole('textbox')).toHaveCount(0);
      await expect(root.locator('.controls')).toBeHidden();
    });
  });
});
