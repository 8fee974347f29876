/**
 * Our snippet with its iframe in `sandbox="allow-scripts"` (what WordPress and other CMSs make of a frame),
 * on a plain host page of another origin. Such a frame has an opaque origin, so the embed page's module
 * scripts and fonts are fetched in CORS mode: the build is served by nginx with deploy/nginx.conf
 * (tests/support/nginx-dist.ts). The embed page must hydrate, its controls must change the chart, and
 * embed.js must fit the frame to its content, sizing it by event.source since the origin is "null".
 */
import type { Frame, Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';
import { hostPage } from '../support/host-server';
import { embedFrame, expectFits } from '../support/embed-fixtures';
import { expect, test } from '../support/nginx-dist';
import { watchPage } from '../support/page-watch';
import { changeTheChart } from '../support/widget-interaction';

// Both kinds: every hydrated widget, and the first static one (no script of its own but the embed page's).
const SAMPLE = WIDGETS.filter((w, i) => w.interactive || i === WIDGETS.findIndex((x) => !x.interactive));

/** Fonts the frame asked for and could not load (a CORS refusal shows up here as "error"). */
async function failedFonts(frame: Frame) {
  return frame.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family);
  });
}

async function open(page: Page, url: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

for (const entry of SAMPLE) {
  test(`${entry.id} in a sandbox="allow-scripts" frame: its scripts run, ${entry.interactive ? 'a control changes the chart, ' : ''}embed.js fits it`, async ({
    page,
    host,
    nginxSite,
  }) => {
    const widget = nginxSite.widgets.find((w) => w.id === entry.id)!;
    const sandboxed = widget.snippet.replace('<iframe ', '<iframe id="embed" sandbox="allow-scripts" ');
    expect(sandboxed).not.toBe(widget.snippet);
    const url = host.page(`/sandbox/${entry.id}.html`, hostPage(`Host (sandboxed): ${entry.id}`, sandboxed));
    expect(new URL(url).origin).not.toBe(new URL(nginxSite.servedBase).origin);
    const problems = watchPage(page);

    await open(page, url, 375);
    const frame = await embedFrame(page, widget.servedEmbed);
    // The real embed page, really sandboxed: its title as the page's h1, and an opaque origin.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    const root = frame.locator(`[data-widget="${entry.id}"]`);
    await expect(root).toBeVisible();
    if (entry.interactive) {
      await expect(root.locator('[data-hydrated="true"]').first()).toBeAttached();
      // Astro drops an island's ssr attribute once its code has run; none is left waiting.
      await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
    }
    await expect(frame.locator('.embed-failed')).toBeHidden();
    await expectFits(page, '#embed', frame, 'sandboxed, on load at 375 px');

    // A static widget's chart has no control that changes it (issue 25 took out the view switches).
    if (entry.interactive) {
      const did = await changeTheChart(frame, entry.id);
      await expectFits(page, '#embed', frame, `sandboxed, at 375 px after the reader ${did}`);
    }
    await page.setViewportSize({ width: 1000, height: 900 });
    await expectFits(page, '#embed', frame, 'sandboxed, after the column widened to 1000 px');

    expect(await failedFonts(frame), 'fonts refused in the sandbox').toEqual([]);
    expect(problems.failedRequests, 'requests refused in the sandbox (CORS)').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}
