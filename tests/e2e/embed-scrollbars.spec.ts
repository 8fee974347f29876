/**
 * Every registry widget in a frame, walked once: our loader fits the frame to its content at every width,
 * in the hardest browser for it. Readers with classic scrollbars (Windows, or "always show scrollbars"): a
 * scrollbar takes width from the page it belongs to. Playwright hides scrollbars by default
 * (--hide-scrollbars), which would hide this failure, so this file runs in the "classic-scrollbars" project
 * (playwright.config.ts), Chromium without that flag, and first proves the scrollbars are classic. Then each widget, embedded with our loader on a host page of
 * another origin, goes through a column of 320, 640 and 1000 px (and back to 320) in one frame; at each
 * width, on arrival and after each interaction, the iframe is as tall as its content and the frame shows
 * no scrollbar (also after the host's grace period: the embed page gives its scrollbar back to a frame
 * nobody sizes, src/embed/child.ts), nothing scrolls sideways, and the chart text reads at 11-18 px with
 * nothing clipped (the widths chart-layout.spec.ts no longer loads the embed pages at).
 * The loader's other cases (hidden containers, pym.js, forged messages) are in embed-autoheight.spec.ts.
 */
import type { Frame, Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';
import { embedFrame, expect, expectFits, test } from '../support/embed-fixtures';
import { hostPage } from '../support/host-server';
import { expectReadable, measureCharts } from '../support/chart-text';
import { horizontalOverflow } from '../support/page-watch';
import { changeTheChartAgain, toggleTheHeight } from '../support/frame-walk';

const COLUMNS = [320, 640, 1000] as const;
/** The embed page keeps its scrollbar hidden this long for a host to size the frame (HOST_GRACE_MS). */
const GRACE_MS = 2000;

/** The width a classic vertical scrollbar takes from `frame`'s page (0 with overlay or hidden scrollbars). */
const scrollbarWidth = (frame: Frame) => frame.evaluate(() => window.innerWidth - document.documentElement.clientWidth);

/**
 * A host article longer than the window, so the host page itself shows its scrollbar. It notes when the
 * last height message arrived: the embed page starts its grace period each time it posts one.
 */
function host(body: string) {
  const listen = `<script>addEventListener('message', (e) => { if (e.data && e.data.type === 'tokens-embed:height') window.lastHeightAt = performance.now(); });</script>`;
  return hostPage('Host with classic scrollbars', `${body}\n<div style="height: 150vh"></div>`, listen);
}

/** Until the host's grace period (and half a second more) has passed since the embed page last posted its height. */
async function waitOutTheGrace(page: Page, when: string) {
  // -1 while no height message has arrived at all: then nothing started a grace period, and the loader is broken.
  const sinceLastPost = () =>
    page.evaluate(() => {
      const last = (window as unknown as { lastHeightAt?: number }).lastHeightAt;
      return last === undefined ? -1 : performance.now() - last;
    });
  await expect
    .poll(sinceLastPost, {
      message: `${when}: the grace period since the embed page last posted its height`,
      intervals: [100],
      timeout: 15_000,
    })
    .toBeGreaterThan(GRACE_MS + 500);
}

test('this browser shows classic scrollbars, on the page and inside frames', async ({ page, host: server }) => {
  const probe = `<iframe id="probe" title="probe" style="height: 100px" srcdoc="${'<div style=&quot;height: 2000px&quot;>tall</div>'}"></iframe>`;
  await page.setViewportSize({ width: 640, height: 600 });
  await page.goto(server.page('/scrollbars/probe.html', host(probe)));
  expect(await scrollbarWidth(page.mainFrame())).toBeGreaterThan(0);
  const inner = (await (await page.$('#probe'))!.contentFrame())!;
  await expect.poll(() => inner.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(1000);
  expect(await scrollbarWidth(inner)).toBeGreaterThan(0);
});

/** What the reader of the frame sees: no vertical scrollbar, nothing cut off below. */
async function innerScroll(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return { cut: root.scrollHeight - root.clientHeight, scrollbar: window.innerWidth - root.clientWidth };
  });
}
const NO_SCROLL = { cut: 0, scrollbar: 0 };

/** Nothing in the frame reaches past its right edge; an open data table scrolls inside its own box. */
async function expectNoSidewaysScroll(frame: Frame, when: string) {
  await test.step(`nothing scrolls sideways: ${when}`, async () => {
    expect(await horizontalOverflow(frame), when).toBeNull();
  });
}

/** The iframe fits its content (±2 px) and the frame shows no scrollbar, now and after the grace period. */
async function expectFitsWithoutScrollbar(page: Page, frame: Frame, when: string) {
  await test.step(`fits, no scrollbar inside: ${when}`, async () => {
    await expectFits(page, '#embed', frame, when);
    await expect.poll(() => innerScroll(frame), { message: when }).toEqual(NO_SCROLL);
    // Past the grace period the page would give a short frame its scrollbar back: it must not need to.
    await waitOutTheGrace(page, when);
    expect(await innerScroll(frame), `${when}, after the host's grace period`).toEqual(NO_SCROLL);
    await expectFits(page, '#embed', frame, `${when}, after the host's grace period`);
  });
}

/** The host column (and the window, with room for the host's padding and its own scrollbar) at `column` px. */
async function setColumn(page: Page, column: number) {
  await page.setViewportSize({ width: column + 60, height: 900 });
  await page.locator('#slot').evaluate((slot, width) => ((slot as HTMLElement).style.width = `${width}px`), column);
}

for (const entry of WIDGETS) {
  test(`${entry.id} with our loader at 320, 640 and 1000 px: fits, no scrollbar inside, readable charts, before and after interaction`, async ({
    page,
    host: server,
    served,
  }) => {
    const widget = served.widgets.find((w) => w.id === entry.id)!;
    const snippet = widget.snippet.replace('<iframe ', '<iframe id="embed" ');
    const url = server.page(
      `/scrollbars/${entry.id}.html`,
      host(`<div id="slot" style="width: ${COLUMNS[0]}px">${snippet}</div>`),
    );
    expect(new URL(url).origin, 'the host page is on another origin').not.toBe(new URL(served.servedBase).origin);
    await page.setViewportSize({ width: COLUMNS[0] + 60, height: 900 });
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    const frame = await embedFrame(page, widget.servedEmbed);
    await test.step('the frame holds the embed page', async () => {
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(entry.title);
      await expect(frame.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
      await expect(frame.locator(`[data-widget="${entry.id}"] .widget-title`)).toHaveText(entry.title);
      if (entry.interactive) await expect(frame.locator('[data-hydrated="true"]').first()).toBeAttached();
    });

    for (const [i, column] of COLUMNS.entries()) {
      if (i > 0) await setColumn(page, column);
      const arrival = i === 0 ? `on load at ${column} px` : `after the column changed to ${column} px`;
      await test.step(`${column} px: the host shows a classic scrollbar, the frame is ${column} px wide`, async () => {
        expect(await scrollbarWidth(page.mainFrame()), 'the host page shows a classic scrollbar').toBeGreaterThan(0);
        expect(await page.locator('#embed').evaluate((el) => el.clientWidth)).toBe(column);
      });
      await expectFitsWithoutScrollbar(page, frame, arrival);
      await test.step(`${column} px: chart text reads at 11-18 px, nothing clipped`, async () => {
        expectReadable(await measureCharts(frame), `${entry.id} at ${column} px`);
      });
      await expectNoSidewaysScroll(frame, arrival);

      if (entry.interactive) {
        const did = await test.step(`${column} px: a reader changes the chart`, () =>
          changeTheChartAgain(frame, entry.id, i));
        await expectFitsWithoutScrollbar(page, frame, `at ${column} px after the reader ${did}`);
        await expectNoSidewaysScroll(frame, `at ${column} px after the reader ${did}`);
      }
      // The data table adds the most height at once: the moment a page could measure itself with a scrollbar.
      // It opens at 320, is open on arriving at 640 and closes there, opens again at 1000.
      const done = await test.step(`${column} px: the content changes height`, () =>
        toggleTheHeight(frame, entry.id, i));
      await expectFitsWithoutScrollbar(page, frame, `at ${column} px after ${done}`);
      await expectNoSidewaysScroll(frame, `at ${column} px after ${done}`);
    }

    await setColumn(page, COLUMNS[0]);
    await test.step(`back at ${COLUMNS[0]} px`, async () => {
      await expectFits(page, '#embed', frame, `back at ${COLUMNS[0]} px`);
      await expect.poll(() => innerScroll(frame), { message: `back at ${COLUMNS[0]} px` }).toEqual(NO_SCROLL);
    });
  });
}
