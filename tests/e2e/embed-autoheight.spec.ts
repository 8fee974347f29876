/**
 * The snippet on a host page of another origin: the iframe is exactly as tall as its content when its
 * container was hidden, with pym.js's own Parent at every width, and with our loader whatever other frames
 * post. Our loader's walk through 320, 640 and 1000 px with every widget (fit after interaction and after
 * the column changes) is embed-scrollbars.spec.ts's, in a browser with classic scrollbars.
 */
import type { Frame, Page } from '@playwright/test';
import { WIDGETS } from '../support/widgets';
import { hostPage } from '../support/host-server';
import { embedFrame, expect, expectFits, misfit, test, type Served } from '../support/embed-fixtures';
import { contentHeight, toggleTheHeight } from '../support/frame-walk';

const WIDTHS = [320, 640, 1000] as const;

type Mode = 'loader' | 'pym';

function widgetOf(served: Served, id: string) {
  const widget = served.widgets.find((w) => w.id === id);
  if (!widget) throw new Error(`widgets.json has no ${id}`);
  return widget;
}

/** The host page for one widget: our snippet pasted as is, or pym.js's Parent building the iframe. */
function hostHtml(served: Served, id: string, mode: Mode, hidden = false): { html: string; iframe: string } {
  const widget = widgetOf(served, id);
  const hiddenClass = hidden ? ' class="is-hidden"' : '';
  if (mode === 'loader') {
    return {
      html: hostPage(`Host: ${id}`, `<div id="slot"${hiddenClass}>${widget.snippet}</div>`),
      iframe: '#slot iframe',
    };
  }
  const boot = `new pym.Parent(${JSON.stringify(`pym-${id}`)}, ${JSON.stringify(widget.servedEmbed)}, { title: ${JSON.stringify(widget.title)} });`;
  return {
    html: hostPage(
      `Host (pym.js): ${id}`,
      `<div id="slot"${hiddenClass}><div id="pym-${id}"></div></div>\n<script src="/pym.v1.min.js"></script>\n<script>${boot}</script>`,
    ),
    iframe: `#pym-${id} iframe`,
  };
}

async function openHost(page: Page, url: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

// Our loader is tried with every widget. pym.js's Parent talks to the same child script on every embed page,
// so it is tried with a sample that covers each kind of height change: the first static widget, any widget
// without a data table (its height changes only with the column's width), and every hydrated one.
const PYM_SAMPLE = new Set(
  WIDGETS.filter((w, i) => i === 0 || w.interactive || w.figures.length + w.derived.length === 0).map((w) => w.id),
);

for (const entry of WIDGETS) {
  for (const mode of PYM_SAMPLE.has(entry.id) ? (['loader', 'pym'] as const) : (['loader'] as const)) {
    test.describe(`${entry.id} embedded with ${mode === 'loader' ? 'our loader' : "pym.js's Parent"}`, () => {
      // Our loader's walk is embed-scrollbars.spec.ts's (one frame per widget for both checks).
      if (mode === 'pym')
        test('fits its content at 320, 640 and 1000 px, after interaction and after a width change', async ({
          page,
          host,
          served,
        }) => {
          const widget = widgetOf(served, entry.id);
          const { html, iframe } = hostHtml(served, entry.id, mode);
          const url = host.page(`/${mode}/${entry.id}.html`, html);
          expect(new URL(url).origin).not.toBe(new URL(served.servedBase).origin);

          await openHost(page, url, WIDTHS[0]);
          const frame = await embedFrame(page, widget.servedEmbed);
          await expect(frame.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
          if (entry.interactive) await expect(frame.locator('[data-hydrated="true"]').first()).toBeAttached();
          await expectFits(page, iframe, frame, `on load at ${WIDTHS[0]} px`);

          for (const [i, width] of WIDTHS.entries()) {
            if (i > 0) {
              await page.setViewportSize({ width, height: 900 });
              await expectFits(page, iframe, frame, `after the column changed to ${width} px`);
            }
            const done = await toggleTheHeight(frame, entry.id, i);
            await expectFits(page, iframe, frame, `at ${width} px after ${done}`);
          }
          await page.setViewportSize({ width: WIDTHS[0], height: 900 });
          await expectFits(page, iframe, frame, `back at ${WIDTHS[0]} px`);
        });

      test('recovers its height when a hidden container is shown', async ({ page, host, served }) => {
        const widget = widgetOf(served, entry.id);
        const { html, iframe } = hostHtml(served, entry.id, mode, true);
        const url = host.page(`/${mode}/${entry.id}-hidden.html`, html);
        const show = () => page.locator('#slot').evaluate((el) => el.classList.remove('is-hidden'));
        const hide = () => page.locator('#slot').evaluate((el) => el.classList.add('is-hidden'));

        // Hidden from the start (a collapsed tab), shown later.
        await openHost(page, url, 1000);
        await page.waitForTimeout(300);
        await show();
        const frame = await embedFrame(page, widget.servedEmbed);
        await expectFits(page, iframe, frame, 'once shown');

        // Hidden again while the column narrows (the chart scales down, the text wraps), then shown.
        const wide = await contentHeight(frame);
        await hide();
        await page.setViewportSize({ width: 320, height: 900 });
        await page.waitForTimeout(300);
        await show();
        await expectFits(page, iframe, frame, 'shown again at 320 px');
        expect(Math.abs((await contentHeight(frame)) - wide)).toBeGreaterThan(2);
      });
    });
  }
}

test.describe('the loader', () => {
  test('sizes each iframe only from its own frame and ignores every other message', async ({ page, host, served }) => {
    const widget = served.widgets[0]!;
    const narrow = widget.snippet.replace('<iframe ', '<iframe id="narrow" ');
    const wide = widget.snippet.replace('<iframe ', '<iframe id="wide" ');
    const intruderOnHost = `<iframe id="intruder" title="intruder" srcdoc="${`<script>setInterval(function () { parent.postMessage({ type: 'tokens-embed:height', height: 77 }, '*'); parent.postMessage('pymxPYMxxPYMxheightxPYMx77', '*'); }, 50);</script>`.replaceAll('"', '&quot;')}"></iframe>`;
    const intruderOnSite = `<iframe id="intruder-site" title="intruder on the site's origin" src="${served.servedBase}robots.txt"></iframe>`;
    const html = hostPage(
      'Host: two embeds and intruders',
      `<div id="narrow-slot">${narrow}</div>\n<div>${wide}</div>\n${intruderOnHost}\n${intruderOnSite}`,
      '<style>#narrow-slot { width: 300px; }</style>',
    );
    const url = host.page('/intruders.html', html);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenHeights: string[] }).seenHeights = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as HTMLElement;
          if (target.tagName === 'IFRAME' && target.style.height) seen.push(target.style.height);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    await openHost(page, url, 1000);

    const embeds = () => page.frames().filter((f) => f.url().startsWith(widget.servedEmbed));
    await expect.poll(() => embeds().length).toBe(2);
    const [first, second] = embeds();
    const idOf = async (frame: Frame) => (await frame.frameElement()).evaluate((el) => (el as Element).id);
    const narrowChild = (await idOf(first!)) === 'narrow' ? first! : second!;
    const wideChild = narrowChild === first ? second! : first!;
    await expectFits(page, '#narrow', narrowChild, 'narrow embed');
    await expectFits(page, '#wide', wideChild, 'wide embed');
    expect(Math.abs((await contentHeight(narrowChild)) - (await contentHeight(wideChild)))).toBeGreaterThan(2);

    // A frame of the site's own origin that is not the embed, and malformed messages from the embed itself.
    const siteFrame = page.frames().find((f) => f.url().startsWith(`${served.servedBase}robots.txt`))!;
    await siteFrame.evaluate(() => parent.postMessage({ type: 'tokens-embed:height', height: 88 }, '*'));
    await narrowChild.evaluate(() => {
      const bad: unknown[] = [
        { type: 'tokens-embed:height', height: '1234' },
        { type: 'tokens-embed:height', height: -7 },
        { type: 'tokens-embed:height', height: 1e9 },
        { type: 'tokens-embed:height', height: Number.NaN },
        { type: 'tokens-embed:height', height: Number.POSITIVE_INFINITY },
        { type: 'tokens-embed:height', height: [1234] },
        { type: 'tokens-embed:height', height: null },
        { type: 'another-kind', height: 1234 },
        { height: 1234 },
        'tokens-embed:height 1234',
        null,
      ];
      for (const message of bad) parent.postMessage(message, '*');
    });
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => (window as unknown as { seenHeights: string[] }).seenHeights);
    expect(seen.length).toBeGreaterThan(0);
    for (const forged of ['77px', '88px', '1234px', '-7px', '1000000000px', 'NaNpx', 'Infinitypx', '0px']) {
      expect(seen).not.toContain(forged);
    }
    expect(await misfit(page, '#narrow', narrowChild)).toBeLessThanOrEqual(2);
    expect(await misfit(page, '#wide', wideChild)).toBeLessThanOrEqual(2);
    // The loader never writes markup: the host page holds exactly what it was given.
    expect(await page.locator('iframe').count()).toBe(4);
    expect(await page.locator('img, script:not([src])').count()).toBe(0);
  });
});
