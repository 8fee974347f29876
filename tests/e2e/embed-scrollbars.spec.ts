/**
 * Readers with classic scrollbars (Windows, or "always show scrollbars"): a scrollbar takes width from the
 * page it belongs to. Playwright hides scrollbars by default (--hide-scrollbars), which would hide this
 * failure, so this file launches Chromium without that flag and first proves the scrollbars are classic.
 * Then every registry widget, embedded with our loader in a column of 320, 640 and 1000 px, must show no
 * scrollbar inside its frame: on load, after the host's grace period (the embed page gives its scrollbar
 * back to a frame nobody sizes, src/embed/child.ts), and after a reader's interactions.
 */
import type { Frame, Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';
import { chromiumLaunchOptions } from '../support/browser';
import { embedFrame, expect, expectFits, test } from '../support/embed-fixtures';
import { hostPage } from '../support/host-server';
import { changeTheChart } from '../support/widget-interaction';

const COLUMNS = [320, 640, 1000] as const;
/** The embed page keeps its scrollbar hidden this long for a host to size the frame (HOST_GRACE_MS). */
const GRACE_MS = 2000;

const launch = chromiumLaunchOptions();
test.use({ launchOptions: { ...launch, ignoreDefaultArgs: ['--hide-scrollbars'] } });

/** The width a classic vertical scrollbar takes from `frame`'s page (0 with overlay or hidden scrollbars). */
const scrollbarWidth = (frame: Frame) => frame.evaluate(() => window.innerWidth - document.documentElement.clientWidth);

/** A host article longer than the window, so the host page itself shows its scrollbar. */
function host(body: string) {
  return hostPage('Host with classic scrollbars', `${body}\n<div style="height: 150vh"></div>`);
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

async function expectNoInnerScrollbar(page: Page, frame: Frame, when: string) {
  await expectFits(page, '#embed', frame, when);
  await expect.poll(() => innerScroll(frame), { message: when }).toEqual({ cut: 0, scrollbar: 0 });
  // Past the grace period the page would give a short frame its scrollbar back: it must not need to.
  await page.waitForTimeout(GRACE_MS + 500);
  expect(await innerScroll(frame), `${when}, after the host's grace period`).toEqual({ cut: 0, scrollbar: 0 });
  await expectFits(page, '#embed', frame, `${when}, after the host's grace period`);
}

for (const entry of WIDGETS) {
  for (const column of COLUMNS) {
    test(`${entry.id} in a ${column} px column: no scrollbar inside its frame, before and after interaction`, async ({
      page,
      host: server,
      served,
    }) => {
      const widget = served.widgets.find((w) => w.id === entry.id)!;
      const snippet = widget.snippet.replace('<iframe ', '<iframe id="embed" ');
      const url = server.page(
        `/scrollbars/${entry.id}-${column}.html`,
        host(`<div id="slot" style="width: ${column}px">${snippet}</div>`),
      );
      // Room for the host's padding and its own (classic) scrollbar beside the column.
      await page.setViewportSize({ width: column + 60, height: 900 });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect(await scrollbarWidth(page.mainFrame()), 'the host page shows a classic scrollbar').toBeGreaterThan(0);

      const frame = await embedFrame(page, widget.servedEmbed);
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(entry.title);
      expect(await page.locator('#embed').evaluate((el) => el.clientWidth)).toBe(column);
      if (entry.interactive) await expect(frame.locator('[data-hydrated="true"]').first()).toBeAttached();
      await expectNoInnerScrollbar(page, frame, `on load at ${column} px`);

      if (entry.interactive) {
        const did = await changeTheChart(frame, entry.id);
        await expectNoInnerScrollbar(page, frame, `at ${column} px after the reader ${did}`);
      }
      // The data table adds the most height at once: the moment a page could measure itself with a scrollbar.
      const table = frame.locator(`[data-widget="${entry.id}"] .widget-data`);
      if ((await table.count()) > 0) {
        await table.locator('summary').press('Enter');
        await expect(table.locator('table')).toBeVisible();
        await expectNoInnerScrollbar(page, frame, `at ${column} px with the data table open`);
      }
    });
  }
}
