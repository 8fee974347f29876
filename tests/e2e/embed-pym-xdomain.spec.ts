/**
 * pym.js's Parent set up as docs/embedding.md says (the example taken from the file, pointed at this run's
 * servers), on a host page that also holds "ads": frames of other origins posting pym-format messages, a
 * forged height and a forged navigateTo. With the documented `xdomain` the host page stays where it is and
 * our iframe keeps its own height. The same page without `xdomain` is hijacked by the same frames, which
 * shows the forged messages are ones pym would act on.
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
 * An ad's script: forged pym height messages for `id` every 50 ms, then a forged navigateTo, then a note
 * to the host page (not pym-format) that it has sent them.
 */
function intruderScript(id: string, hijack: string) {
  const prefix = JSON.stringify(`pymxPYMx${id}xPYMx`);
  return `var n = 0; setInterval(function () {
  parent.postMessage(${prefix} + 'heightxPYMx${FORGED_HEIGHT}', '*');
  if (++n === 20) { parent.postMessage(${prefix} + 'navigateToxPYMx' + ${JSON.stringify(hijack)}, '*'); parent.postMessage('intruder sent', '*'); }
}, 50);`;
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

async function openHost(page: Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { heights: string[]; sent: number };
    w.heights = [];
    w.sent = 0;
    window.addEventListener('message', (event) => {
      if (event.data === 'intruder sent') w.sent++;
    });
    new MutationObserver((records) => {
      for (const record of records) {
        const el = record.target as Element;
        if (el.tagName === 'IFRAME' && el.closest('[data-chart]')) w.heights.push(el.getAttribute('height') ?? '');
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] });
  });
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto(url);
}

const heightsSeen = (page: Page) => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
const sentCount = (page: Page) => page.evaluate(() => (window as unknown as { sent: number }).sent);

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
      // Every ad has sent its forgeries; give pym time to act on them if it were going to.
      await expect.poll(() => sentCount(page)).toBe(3);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(url);
      expect(await heightsSeen(page)).not.toContain(`${FORGED_HEIGHT}px`);
      expect((await heightsSeen(page)).length, 'pym.js did set our height').toBeGreaterThan(0);
      await expectFits(page, iframe, frame, 'after the forgeries');
    });

    test('without xdomain the same frames hijack the page (the forgeries are well-formed)', async ({
      page,
      host,
      served,
    }) => {
      const { url, hijack } = hostWith(host, served, false);
      await openHost(page, url);
      await expect.poll(() => heightsSeen(page).catch(() => [`${FORGED_HEIGHT}px`])).toContain(`${FORGED_HEIGHT}px`);
      // Each ad sends its navigateTo, so one navigation can abort another on the way (waitForURL then fails with
      // ERR_ABORTED): poll for where the page ends up, and that it is the ad's page.
      await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(hijack);
      await expect(page.getByText('The ad sent the reader here.')).toBeVisible();
    });
  });
}
