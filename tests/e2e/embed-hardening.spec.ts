/**
 * The red team's attacks on the embed surface, on a real host page of another origin (a loopback server:
 * Chromium blocks loopback frames in a page a test fulfilled itself):
 *
 * - a crafted address of our own embed page, `?childId=<the host's id>xPYMxnavigateToxPYMx<url> `, used
 *   with pym.js as docs/embedding.md sets it up (xdomain included, so only our origin is heard), in both
 *   its forms: our page would post a height message that pym.js reads as navigateTo (or as a 31,337 px
 *   height), from our own origin. The page must refuse the childId visibly and post no pym.js message;
 * - markup that shadows what the loader looks up: an <img name="currentScript"> (the loader would size
 *   frames under the image's folder instead of ours), an element whose id is the loader's window key (it
 *   would throw and size nothing), and a sandboxed srcdoc frame that carries our src (it would size itself
 *   up to 20,000 px).
 *
 * Each test fails against the build of main before issue 27 (see docs/embedding.md, "Hardening").
 */
import type { Page } from '@playwright/test';
import { embedFrame, expect, expectFits, test, type Served } from '../support/embed-fixtures';
import { hostPage, type HostServer } from '../support/host-server';
import { documentedSetUps, runnablePym } from '../support/pym-docs';

const FORGED_HEIGHT = 31337;

function maasShare(served: Served) {
  const widget = served.widgets.find((w) => w.id === 'maas-share');
  if (!widget) throw new Error('widgets.json has no maas-share');
  return widget;
}

/** Records, in the host page, every pym.js-format string posted to it and every height pym.js sets. */
async function watchHost(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { pymStrings: string[]; heights: string[]; ourHeights: number };
    w.pymStrings = [];
    w.heights = [];
    w.ourHeights = 0;
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.startsWith('pymxPYMx')) w.pymStrings.push(event.data);
      const data = event.data as { type?: unknown } | null;
      if (data && typeof data === 'object' && data.type === 'tokens-embed:height') w.ourHeights++;
    });
    new MutationObserver((records) => {
      for (const record of records) {
        const el = record.target as Element;
        if (el.tagName === 'IFRAME') w.heights.push(el.getAttribute('height') ?? '');
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] });
  });
}

const hostState = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { pymStrings: string[]; heights: string[]; ourHeights: number };
    return { pymStrings: w.pymStrings, heights: w.heights, ourHeights: w.ourHeights, url: location.href };
  });

test.describe('a crafted childId with pym.js as documented', () => {
  for (const form of ['script', 'markup'] as const) {
    for (const attack of ['navigateTo', 'height'] as const) {
      test(`${form === 'script' ? 'new pym.Parent' : 'data-pym-src auto-init'}: a ${attack} smuggled into childId is refused`, async ({
        page,
        host,
        served,
      }) => {
        const widget = maasShare(served);
        const { script, markup, id } = documentedSetUps();
        const hijack = host.page(`/hijacked-${form}-${attack}.html`, hostPage('Hijacked', '<p>Sent here.</p>'));
        // The trailing space ends pym.js's (\S+) type at "navigateTo", so the rest is the message: the URL
        // (whose fragment swallows what our page appends after it), or a height pym.js parses with parseInt.
        const smuggled =
          attack === 'navigateTo' ? `${id}xPYMxnavigateToxPYMx${hijack}# ` : `${id}xPYMxheightxPYMx${FORGED_HEIGHT} `;
        const crafted = `${widget.servedEmbed}?childId=${encodeURIComponent(smuggled)}`;
        const documented =
          form === 'script'
            ? script
            : `${markup.replace('<div ', `<div id="${id}" `)}\n<script src="/pym.v1.min.js"></script>`;
        const body = `<div data-chart>${runnablePym(documented, served.servedBase, crafted)}</div>`;
        const url = host.page(`/crafted-${form}-${attack}.html`, hostPage(`Host (pym.js, ${form})`, body));
        expect(new URL(url).origin).not.toBe(new URL(served.servedBase).origin);
        await watchHost(page);
        await page.setViewportSize({ width: 640, height: 900 });
        await page.goto(url);

        // Our page posts its pym.js message in the same call as its own height message: once the host has
        // had a few of those (or has been sent elsewhere), any pym.js message would have arrived too.
        await expect
          .poll(
            async () => {
              const state = await hostState(page).catch(() => undefined);
              return !state || state.url !== url || state.ourHeights > 1;
            },
            { timeout: 20_000 },
          )
          .toBe(true);
        await page.waitForTimeout(500);
        expect(page.url(), 'the host page stayed where it was').toBe(url);
        const state = await hostState(page);
        expect(state.pymStrings, 'no pym.js message came from our page').toEqual([]);
        expect(state.heights).not.toContain(`${FORGED_HEIGHT}px`);

        const frame = await embedFrame(page, widget.servedEmbed);
        expect(frame.url(), 'pym.js loaded the crafted address').toContain(encodeURIComponent(smuggled).slice(0, 20));
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(widget.title);
        await expect(frame.locator('.embed-refused[data-param="childId"]'), 'the page says it refused').toBeVisible();
        await expect(frame.locator('.embed-refused[data-param="secret"]')).toBeHidden();
      });
    }
  }

  test('a well-formed childId is still taken: pym.js sizes the frame', async ({ page, host, served }) => {
    const widget = maasShare(served);
    const { script, id } = documentedSetUps();
    const body = `<div data-chart>${runnablePym(script, served.servedBase)}</div>`;
    const url = host.page('/pym-plain.html', hostPage('Host (pym.js)', body));
    await watchHost(page);
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(url);
    const frame = await embedFrame(page, widget.servedEmbed);
    await expect(frame.locator('.embed-refused')).toHaveCount(2);
    await expect(frame.locator('.embed-refused').first()).toBeHidden();
    await expectFits(page, `#${id} iframe`, frame, 'pym.js sizes the frame');
    expect((await hostState(page)).pymStrings.length).toBeGreaterThan(0);
  });
});

/** A host page with our snippet after `before` (markup the host or an ad put there), our frame marked #ours. */
function loaderHost(host: HostServer, served: Served, name: string, before: string) {
  const widget = maasShare(served);
  const snippet = widget.snippet.replace('<iframe ', '<iframe id="ours" ');
  return { widget, url: host.page(`/clobber/${name}.html`, hostPage(`Host: ${name}`, `${before}\n${snippet}`)) };
}

/** An ad's frame under `folder` of the host's second origin, posting our height message every 100 ms. */
function adFrame(host: HostServer, path: string, height: number) {
  const ad = host.page(
    path,
    `<!doctype html><title>ad</title><script>setInterval(function () {
      parent.postMessage({ type: 'tokens-embed:height', height: ${height} }, '*');
    }, 100);</script>`,
  );
  // Another origin than the host page's (127.0.0.1) and ours.
  return ad.replace('//127.0.0.1:', '//localhost:');
}

test.describe('the loader against markup on the host page', () => {
  test('<img name="currentScript"> does not make it size frames under the image’s folder', async ({
    page,
    host,
    served,
  }) => {
    const ad = adFrame(host, '/embed/ad.html', 4321);
    const image = new URL('/pixel.png', ad).href;
    const { widget, url } = loaderHost(
      host,
      served,
      'current-script',
      `<img name="currentScript" src="${image}" alt="">\n<iframe id="ad" title="ad" src="${ad}"></iframe>`,
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(url);
    const frame = await embedFrame(page, widget.servedEmbed);
    await expectFits(page, '#ours', frame, 'our loader sizes our frame');
    await expect.poll(() => page.frames().some((f) => f.url() === ad)).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator('#ad').evaluate((el) => el.clientHeight), 'the ad frame keeps its own height').toBe(150);
    expect(errors).toEqual([]);
  });

  test('an element whose id is the loader’s window key does not stop it', async ({ page, host, served }) => {
    const key = `__tokensEmbed ${served.servedBase}embed/`;
    const { widget, url } = loaderHost(host, served, 'window-key', `<div id="${key}"></div>`);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(url);
    expect(
      await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] instanceof HTMLElement, key),
    ).toBe(true);
    const frame = await embedFrame(page, widget.servedEmbed);
    await expectFits(page, '#ours', frame, 'our loader sizes our frame');
    expect(errors).toEqual([]);
  });

  test('a sandboxed srcdoc frame that carries our src is not sized', async ({ page, host, served }) => {
    const widget = maasShare(served);
    const forged = `<script>setInterval(function () { parent.postMessage({ type: 'tokens-embed:height', height: 20000 }, '*'); }, 100);</script>`;
    const trap =
      `<iframe id="trap" title="trap" sandbox="allow-scripts" src="${widget.servedEmbed}" ` +
      `srcdoc="${forged.replaceAll('"', '&quot;')}"></iframe>`;
    const { url } = loaderHost(host, served, 'srcdoc', trap);
    await watchHost(page);
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(url);
    const frame = await embedFrame(page, widget.servedEmbed);
    await expectFits(page, '#ours', frame, 'our loader sizes our frame');
    // The trap has posted its forged height many times by now.
    await page.waitForTimeout(800);
    expect(await page.locator('#trap').evaluate((el) => el.clientHeight), 'the srcdoc frame keeps its height').toBe(
      150,
    );
  });
});

test('a WordPress secret out of its form is refused visibly, and no WordPress message carries it', async ({
  page,
  host,
  served,
}) => {
  const widget = maasShare(served);
  const url = host.page(
    '/wp-secret.html',
    hostPage('Host: secret', `<iframe id="wp" title="chart" src="${widget.servedEmbed}#?secret=abc%22def"></iframe>`),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { wp: number; ours: number };
    w.wp = 0;
    w.ours = 0;
    window.addEventListener('message', (event) => {
      const data = event.data as { message?: unknown; type?: unknown } | null;
      if (data && typeof data === 'object' && 'secret' in data) w.wp++;
      if (data && typeof data === 'object' && data.type === 'tokens-embed:height') w.ours++;
    });
  });
  await page.goto(url);
  const frame = await embedFrame(page, widget.servedEmbed);
  await expect(frame.locator('.embed-refused[data-param="secret"]')).toBeVisible();
  await expect(frame.locator('.embed-refused[data-param="childId"]')).toBeHidden();
  await expect.poll(() => page.evaluate(() => (window as unknown as { ours: number }).ours)).toBeGreaterThan(1);
  expect(await page.evaluate(() => (window as unknown as { wp: number }).wp)).toBe(0);
});
