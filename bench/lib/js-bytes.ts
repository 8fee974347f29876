// The JavaScript a reader downloads, measured in a real browser: every script response (module
// imports included) after the page has been scrolled through and every Astro island has hydrated,
// plus the inline scripts of the HTML. Sizes are gzip (level 9) of each body, counted once per URL.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface JavaScriptMeasure {
  url: string;
  files: { url: string; bytes: number; gzip: number }[];
  filesGzip: number;
  inlineScripts: number;
  inlineGzip: number;
  totalGzip: number;
  islands: number;
  notHydrated: number;
}

export function gzipSize(buffer: Uint8Array): number {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * Scrolls in viewport steps, then brings each island still waiting into view (opening any closed <details>).
 * Scrolling is instant: the story asks for smooth scrolling, which would turn each jump into a slow
 * animation that the loop outruns, leaving islands below the fold unseen.
 */
export async function hydrateEverything(
  page: Page,
  { timeout = 30_000 }: { timeout?: number } = {},
): Promise<{ islands: number; notHydrated: number }> {
  await page.evaluate(async () => {
    const pause = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)));
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await pause();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await pause();
  });
  // A client:media island whose query does not match this viewport is meant to stay static.
  const stillWaiting = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('astro-island[ssr]')].filter((island) => {
          if (island.getAttribute('client') !== 'media') return true;
          try {
            return matchMedia(JSON.parse(island.getAttribute('opts') ?? '{}').value ?? 'all').matches;
          } catch {
            return true;
          }
        }).length,
    );
  const deadline = Date.now() + timeout;
  let waiting = await stillWaiting();
  // An island the steps skipped past (a busy machine, a sticky column) is brought into view itself. An
  // <astro-island> is `display: contents` and has no box to scroll to, so its first element stands in.
  while (waiting > 0 && Date.now() < deadline) {
    await page.evaluate(() => {
      const island = [...document.querySelectorAll('astro-island[ssr]')].find(
        (candidate) => candidate.getAttribute('client') === 'visible',
      );
      if (!island) return;
      for (let parent = island.parentElement; parent; parent = parent.parentElement) {
        if (parent instanceof HTMLDetailsElement && !parent.open) parent.open = true;
      }
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    await page.waitForTimeout(250);
    waiting = await stillWaiting();
  }
  await page.waitForLoadState('networkidle');
  return { islands: await page.locator('astro-island').count(), notHydrated: waiting };
}

/** JSON data blocks (type="application/json", ld+json) are not scripts a browser runs. */
function isJavaScriptType(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** Loads `url`, hydrates everything and returns the script bytes. Attach nothing to the page before. */
export async function measureJavaScript(page: Page, url: string): Promise<JavaScriptMeasure> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() !== 'script' || bodies.has(response.url())) return;
    bodies.set(
      response.url(),
      response.body().catch(() => null),
    );
  });
  const response = await page.goto(url);
  const html = (await response?.text()) ?? '';
  const hydration = await hydrateEverything(page);
  const files: JavaScriptMeasure['files'] = [];
  for (const [fileUrl, pending] of bodies) {
    const body = await pending;
    if (body) files.push({ url: fileUrl, bytes: body.length, gzip: gzipSize(body) });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes) && isJavaScriptType(attributes))
    .map(([, , code = '']) => code)
    .filter((code) => code.trim() !== '');
  const inlineGzip = inline.length ? gzipSize(Buffer.from(inline.join('\n'))) : 0;
  const filesGzip = files.reduce((sum, file) => sum + file.gzip, 0);
  return {
    url,
    files,
    filesGzip,
    inlineScripts: inline.length,
    inlineGzip,
    totalGzip: filesGzip + inlineGzip,
    ...hydration,
  };
}
