/**
 * Playwright fixtures for the embed tests: a host server on another origin (HOST_PORT + worker index,
 * or a free port), and each widget's snippet as the build publishes it (its oEmbed `html`), pointed at
 * wherever the site is served for this run.
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from './host-server';
import type { WidgetListing } from './embed-files';
import { pastedSnippet } from './snippet';

export { pastedSnippet };

export interface Served {
  /** SITE_URL + BASE_PATH as the build wrote them into URLs. */
  siteBase: string;
  /** Where the preview serves that base in this run. */
  servedBase: string;
  widgets: (WidgetListing & { snippet: string; servedEmbed: string })[];
  toServed(url: string): string;
}

export const test = base.extend<object, { host: HostServer; served: Served }>({
  host: [
    // Playwright reads a fixture's dependencies from this destructuring pattern; these have none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const port = process.env['HOST_PORT'] ? Number(process.env['HOST_PORT']) + workerInfo.parallelIndex : 0;
      const host = await startHostServer(port);
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  served: [
    // Playwright reads a fixture's dependencies from this destructuring pattern; these have none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
      await use(await loadServed(new URL('./', baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href));
    },
    { scope: 'worker' },
  ],
});

/** Each widget's snippet and addresses as the build at `servedBase` publishes them, pointed at that base. */
export async function loadServed(servedBase: string): Promise<Served> {
  const listing = (await (await fetch(`${servedBase}embed/widgets.json`)).json()) as {
    site: string;
    widgets: WidgetListing[];
  };
  // The build may name another origin (SITE_URL) than the server's port; the snippet is the same.
  const toServed = (url: string) => url.split(listing.site).join(servedBase);
  const widgets = await Promise.all(
    listing.widgets.map(async (widget) => {
      const oembed = (await (await fetch(toServed(widget.oembed))).json()) as { html: string };
      return { ...widget, snippet: toServed(pastedSnippet(oembed.html)), servedEmbed: toServed(widget.embed) };
    }),
  );
  return { siteBase: listing.site, servedBase, widgets, toServed };
}

export { expect };

/** The frame whose document is the given embed page (query strings allowed). */
export async function embedFrame(page: Page, embedUrl: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => (found = page.frames().find((f) => f.url().startsWith(embedUrl))), {
      message: `no frame loaded ${embedUrl}`,
    })
    .toBeTruthy();
  // The real embed page, not an error page in its place (Chromium puts one in a blocked frame, and an error page
  // "fits" anything): the document's own address, and one widget in it.
  const frame = found!;
  const address = await frame.evaluate(() => location.href);
  expect(address.startsWith(embedUrl), `the frame's document is ${embedUrl}, not ${address}`).toBe(true);
  await expect(frame.locator('[data-widget]'), `${embedUrl}: its widget`).toHaveCount(1);
  return frame;
}

/**
 * How far the iframe's height is from its content's: the larger of |iframe − content| and any part of the
 * content that does not fit (an inner scrollbar). 0–2 means it fits.
 */
export async function misfit(page: Page, iframeSelector: string, frame: Frame): Promise<number> {
  const iframeHeight = await page.locator(iframeSelector).evaluate((el) => el.clientHeight);
  const inner = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: document.documentElement.clientHeight,
  }));
  if (inner.content === 0) return Infinity;
  return Math.max(Math.abs(iframeHeight - inner.content), inner.scroll - inner.viewport);
}

export async function expectFits(page: Page, iframeSelector: string, frame: Frame, when: string) {
  await expect
    .poll(() => misfit(page, iframeSelector, frame), { message: `iframe height vs content, ${when}`, timeout: 10_000 })
    .toBeLessThanOrEqual(2);
}
