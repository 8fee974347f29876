/**
 * pym.js's Parent set up as docs/embedding.md says (the example taken from the file, pointed at this run's
 * servers), on a host page that also holds "ads": frames of other origins posting pym-format messages, a
 * forged height and a forged navigateTo. With the documented `xdomain` the host page stays where it is and
 * our iframe keeps its own height. The same page without `xdomain` is hijacked by the same frames, which
 * shows the forged messages are ones pym would act on.
 *
 * The ads act when the test tells them, once the host page has loaded and pym.js has sized our frame: an ad
 * that navigated the page away while it was still loading took the record of heights with it (the next page
 * starts a new one), and the control failed on a busy machine; and a forgery sent before pym.js listened
 * would prove nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { embedFrame, expect, expectFits, test, type Served } from '../support/embed-fixtures';
import type { HostServer } from '../support/host-server';
import { hostPage } from '../support/host-server';

const DOCS = readFileSync('docs/embedding.md', 'utf8');
const DOC_ORIGIN = 'https://example.org';
const FORGED_HEIGHT = 77;

/** An origin as a regular expression that matches it and nothing else (what `xdomain` should be). */
const originPattern = (origin: string) => `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
/** The same, as a single-quoted JavaScript string literal (how the docs write it). */
const jsString = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The docs' pym.js section: its `new pym.Parent` example and its auto-init markup. */
function documentedSetUps() {
  const section = DOCS.slice(DOCS.indexOf('### Pages that already use pym.js'));
  const script = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  const markup = /`(<div data-pym-src=[^`]*<\/div>)`/.exec(section)?.[1];
  if (!script || !markup) throw new Error('docs/embedding.md has no pym.js example and auto-init markup');
  return { script, markup };
}

/** The documented set-up pointed at this run: our embed page, our origin, pym.js from the host. */
function runnable(documented: string, served: Served, withXdomain: boolean) {
  const origin = new URL(served.servedBase).origin;
  let html = documented
    .replace('https://pym.nprapps.org/pym.v1.min.js', '/pym.v1.min.js')
    // Replacement functions: the patterns end in `$`, and "$'" in a replacement string means something.
    .replace(jsString(originPattern(DOC_ORIGIN)), () => jsString(originPattern(origin)))
    .replace(`"${originPattern(DOC_ORIGIN)}"`, () => `"${originPattern(origin)}"`)
    .replaceAll(`${DOC_ORIGIN}/`, served.servedBase);
  if (!withXdomain) html = html.replace(/^.*xdomain:.*\n/m, '').replace(/ data-pym-xdomain="[^"]*"/, '');
  expect(html).not.toContain('example.org');
  if (withXdomain) expect(html).toContain(originPattern(origin));
  return html;
}

/**
 * An ad's script. Told "forge heights" by the host page, it sends forged pym height messages for `id`, 20 at
 * 50 ms apart; told "forge navigateTo", a forged navigateTo. After each it tells the host page (not in pym's
 * format) what it has sent.
 */
function intruderScript(id: string, hijack: string) {
  const prefix = JSON.stringify(`pymxPYMx${id}xPYMx`);
  return `addEventListener('message', function (event) {
  if (event.source !== parent) return;
  if (event.data === 'forge heights') {
    var n = 0;
    var timer = setInterval(function () {
      parent.postMessage(${prefix} + 'heightxPYMx${FORGED_HEIGHT}', '*');
      if (++n === 20) { clearInterval(timer); parent.postMessage('intruder sent heights', '*'); }
    }, 50);
  }
  if (event.data === 'forge navigateTo') {
    parent.postMessage(${prefix} + 'navigateToxPYMx' + ${JSON.stringify(hijack)}, '*');
    parent.postMessage('intruder sent navigateTo', '*');
  }
});`;
}

/** Three ads: one of the host's origin, one sandboxed (origin "null"), one of yet another origin. */
function intruders(host: HostServer, id: string, hijack: string) {
  const script = intruderScript(id, hijack);
  const srcdoc = `<script>${script}</script>`.replaceAll('"', '&quot;');
  const adUrl = host.page(`/ads/${id}.html`, `<!doctype html><title>ad</title><script>${script}</script>`);
  const otherOrigin = adUrl.replace('//127.0.0.1:', '//localhost:');
  return [
    `<iframe title="ad (host origin)" srcdoc="${srcdoc}"></iframe>`,
    `<iframe title="ad (sandboxed)" sandbox="allow-scripts" srcdoc="${srcdoc}"></iframe>`,
    `<iframe title="ad (another origin)" src="${otherOrigin}"></iframe>`,
  ].join('\n');
}

/** Opens the host page and waits for its load (the ads' frames included: they listen from then on). */
async function openHost(page: Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { heights: string[]; sent: Record<string, number> };
    w.heights = [];
    w.sent = {};
    window.addEventListener('message', (event) => {
      const what = /^intruder sent (.+)$/.exec(String(event.data))?.[1];
      if (what) w.sent[what] = (w.sent[what] ?? 0) + 1;
    });
    new MutationObserver((records) => {
      for (const record of records) {
        const el = record.target as Element;
        if (el.tagName === 'IFRAME' && el.closest('[data-chart]')) w.heights.push(el.getAttribute('height') ?? '');
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] });
  });
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  expect(page.url()).toBe(url);
}

const heightsSeen = (page: Page) => page.evaluate(() => (window as unknown as { heights: string[] }).heights);

/**
 * Tells the three ads to send `forgery` and waits until each has (its note comes after its forgeries, so
 * pym.js has handled them by then). Not when pym.js is expected to act on a navigateTo: the page that counts
 * is then gone.
 */
async function forge(page: Page, forgery: 'heights' | 'navigateTo', { wait = true } = {}) {
  const host = page.url();
  const ads = await page.evaluate((command) => {
    const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[title^="ad "]')];
    for (const ad of frames) ad.contentWindow!.postMessage(command, '*');
    return frames.length;
  }, `forge ${forgery}`);
  expect(ads, 'the ads on the host page').toBe(3);
  if (!wait) return;
  const sent = async () =>
    page.url() === host
      ? page.evaluate((what) => (window as unknown as { sent: Record<string, number> }).sent[what] ?? 0, forgery)
      : `the page went to ${page.url()}`;
  await expect.poll(sent, { message: `the three ads sent their forged ${forgery}` }).toBe(3);
}

/** pym.js has set our iframe's height: it is listening to messages. */
async function pymHasSized(page: Page) {
  await expect
    .poll(async () => (await heightsSeen(page)).length, { message: 'pym.js sets our height' })
    .toBeGreaterThan(0);
}

test('docs/embedding.md passes xdomain for our origin, escaped as a regular expression', () => {
  const { script, markup } = documentedSetUps();
  expect(script).toContain(`xdomain: ${jsString(originPattern(DOC_ORIGIN))},`);
  expect(markup).toContain(`data-pym-xdomain="${originPattern(DOC_ORIGIN)}"`);
  // The pattern matches our origin only: not a look-alike host, not a longer one.
  const pattern = new RegExp(originPattern(DOC_ORIGIN));
  expect(pattern.test(DOC_ORIGIN)).toBe(true);
  for (const other of ['https://exampleXorg', 'https://example.org.evil.test', 'https://evil.test/https://example.org'])
    expect(pattern.test(other), other).toBe(false);
});

for (const form of ['script', 'markup'] as const) {
  test.describe(`pym.js as documented (${form === 'script' ? 'new pym.Parent' : 'auto-init markup'})`, () => {
    /** The host page: the documented set-up in a container we can find, and the three ads. */
    function hostWith(host: HostServer, served: Served, withXdomain: boolean) {
      const { script, markup } = documentedSetUps();
      const id = /new pym\.Parent\('([^']+)'/.exec(script)![1]!;
      const documented =
        form === 'script'
          ? script
          : `${markup.replace('<div ', `<div id="${id}" `)}\n<script src="/pym.v1.min.js"></script>`;
      const hijack = host.page(`/hijacked-${form}.html`, hostPage('Hijacked', '<p>The ad sent the reader here.</p>'));
      const name = `/pym-${form}-${withXdomain ? 'xdomain' : 'open'}.html`;
      const body = `<div data-chart>${runnable(documented, served, withXdomain)}</div>\n${intruders(host, id, hijack)}`;
      return { url: host.page(name, hostPage(`Host (pym.js, ${form})`, body)), hijack, iframe: `#${id} iframe` };
    }

    test('ignores a forged navigateTo and a forged height from other frames', async ({ page, host, served }) => {
      const { url, iframe } = hostWith(host, served, true);
      await openHost(page, url);
      const widget = served.widgets.find((w) => w.id === 'maas-share')!;
      const frame = await embedFrame(page, widget.servedEmbed);
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(widget.title);
      await expectFits(page, iframe, frame, 'pym.js sizes our frame');
      await pymHasSized(page);
      // Every ad sends its forgeries; give pym time to act on them if it were going to.
      await forge(page, 'heights');
      await forge(page, 'navigateTo');
      await page.waitForTimeout(500);
      expect(page.url()).toBe(url);
      expect(await heightsSeen(page)).not.toContain(`${FORGED_HEIGHT}px`);
      await expectFits(page, iframe, frame, 'after the forgeries');
    });

    test('without xdomain the same frames hijack the page (the forgeries are well-formed)', async ({
      page,
      host,
      served,
    }) => {
      const { url, hijack } = hostWith(host, served, false);
      await openHost(page, url);
      await pymHasSized(page);
      await forge(page, 'heights');
      await expect.poll(() => heightsSeen(page)).toContain(`${FORGED_HEIGHT}px`);
      await forge(page, 'navigateTo', { wait: false });
      // Each ad sends its navigateTo, so one navigation can abort another on the way (waitForURL then fails with
      // ERR_ABORTED): poll for where the page ends up, and that it is the ad's page.
      await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(hijack);
      await expect(page.getByText('The ad sent the reader here.')).toBeVisible();
    });
  });
}
