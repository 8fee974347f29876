/**
 * The embed pages themselves: the widget alone, noindex, discoverable oEmbed, a way back to the story,
 * ?theme handled strictly (hostile values run nothing and change nothing), and how much JavaScript ships.
 */
import { gzipSync } from 'node:zlib';
import { WIDGETS } from '../support/widgets';
import { watchPage } from '../support/page-watch';
import { embedFrame, expect, test } from '../support/embed-fixtures';
import { hostPage } from '../support/host-server';

/** Hostile ?theme values; which widgets meet how many of them is decided in the theme test. */
const HOSTILE_QUERIES = [
  '?theme=<img src=x onerror=alert(1)>',
  '?theme=dark%22%3E',
  '?theme=dark%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E',
  '?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  "?theme=light'%20onload='alert(3)",
  '?theme=dark&theme=light',
  '?theme=DARKER',
  '?theme[]=dark',
  '?childId=%22%3E%3Cscript%3Ealert(4)%3C/script%3E',
  '?theme=javascript:alert(5)#<svg/onload=alert(6)>',
];

test('the link back from every embed page lands on its widget in the story', async ({ page, served }) => {
  const links = served.widgets.map((widget) => ({ id: widget.id, url: new URL(served.toServed(widget.story)) }));
  const story = new Set(links.map(({ url }) => url.origin + url.pathname));
  expect(story.size, 'every link leads to the one story page').toBe(1);
  await page.goto([...story][0]!);
  for (const { id, url } of links) {
    await expect(page.locator(`.story-section ${url.hash}[data-widget="${id}"]`), id).toHaveCount(1);
  }
});

const DARK_BG = 'rgb(20, 23, 28)';
const LIGHT_BG = 'rgb(253, 252, 249)';

for (const entry of WIDGETS) {
  test.describe(`embed page ${entry.id}`, () => {
    test('is the widget alone: noindex, oEmbed link, no margins, a link back to its place in the story', async ({
      page,
      served,
      host,
    }) => {
      const widget = served.widgets.find((w) => w.id === entry.id)!;
      const problems = watchPage(page);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(widget.servedEmbed);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
        'href',
        widget.oembed,
      );
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', widget.card);
      const root = page.locator(`[data-widget="${entry.id}"]`);
      await expect(root.locator('.widget-title')).toHaveText(entry.title);
      // The widget is the page: its title is the page's one h1 (screen readers jump to it first).
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
      await expect(root.locator('.widget-source')).toHaveText(`Source: ${entry.source}`);
      // No page chrome. The chart's own tools are its figure's <footer> (reader modes leave them out): no landmark.
      await expect(page.locator('header, nav, footer:not(.widget-tools), .masthead, .toc')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(page.locator('[data-widget]')).toHaveCount(1);
      const back = root.getByRole('link', { name: /From the story/ });
      await expect(back).toHaveAttribute('href', widget.story);
      await expect(back).toHaveAttribute('target', '_blank');
      // Opened on its own (a link card's link), it leads with a link to the same place, above the widget.
      const lead = page.locator('.embed-lead a');
      await expect(lead).toBeVisible();
      await expect(lead).toHaveAttribute('href', widget.story);
      const leadBox = (await lead.boundingBox())!;
      expect(leadBox.y).toBeLessThan((await root.boundingBox())!.y);
      expect(problems.consoleErrors).toEqual([]);

      // In a frame the widget is the page: no margins, and no lead (the host's article is around it).
      const url = host.page(
        `/alone/${entry.id}.html`,
        hostPage(
          `Alone: ${entry.id}`,
          `<iframe title="chart" src="${widget.servedEmbed}" width="360" height="900"></iframe>`,
        ),
      );
      await page.goto(url);
      const frame = await embedFrame(page, widget.servedEmbed);
      await expect(frame.locator('.embed-lead')).toBeHidden();
      const box = await frame
        .locator(`[data-widget="${entry.id}"]`)
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const width = await frame.evaluate(() => document.documentElement.clientWidth);
      expect(box.y).toBe(0);
      expect(box.x).toBeLessThanOrEqual(6);
      expect(width - (box.x + box.width)).toBeLessThanOrEqual(6);
    });

    test('is light by default, takes ?theme=light|dark|auto in any case, ignores every other value', async ({
      page,
      served,
    }) => {
      const widget = served.widgets.find((w) => w.id === entry.id)!;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const problems = watchPage(page);
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const theme = () => page.evaluate(() => document.documentElement.dataset['theme'] ?? null);

      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${widget.servedEmbed}?theme=dark`);
      await expect.poll(theme).toBe('dark');
      await expect.poll(background).toBe(DARK_BG);

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${widget.servedEmbed}?theme=light`);
      // Light is the default: the page needs no data-theme for it.
      await expect(page.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
      await expect.poll(theme).toBeNull();
      await expect.poll(background).toBe(LIGHT_BG);
      await page.goto(`${widget.servedEmbed}?theme=%20Auto`);
      await expect(page.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
      await expect.poll(theme).toBe('auto');
      expect(await background()).toBe(DARK_BG);
      // No choice: light, even for a reader whose system is dark (host pages are nearly all light).
      await page.goto(widget.servedEmbed);
      await expect(page.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
      expect(await theme()).toBeNull();
      expect(await background()).toBe(LIGHT_BG);
      await page.goto(`${widget.servedEmbed}?theme=DARK`);
      await expect.poll(theme).toBe('dark');

      await page.emulateMedia({ colorScheme: 'dark' });
      const clean = await page.goto(widget.servedEmbed);
      const cleanHtml = await clean!.text();
      // Every page parses ?theme with the same inline script: the first widget meets the whole list, the
      // hydrated ones (whose islands must still start) the first three, the rest one.
      const queries = entry === WIDGETS[0] ? HOSTILE_QUERIES : HOSTILE_QUERIES.slice(0, entry.interactive ? 3 : 1);
      for (const query of queries) {
        const response = await page.goto(widget.servedEmbed + query);
        expect(await response!.text(), 'a static page is the same whatever the query').toBe(cleanHtml);
        const root = page.locator(`[data-widget="${entry.id}"]`);
        await expect(root.locator('svg[role="img"]').filter({ visible: true }).first()).toBeVisible();
        if (entry.interactive) await expect(root.locator('[data-hydrated="true"]').first()).toBeAttached();
        expect(await theme(), query).toBeNull();
        expect(await background(), query).toBe(LIGHT_BG);
        const injected = await page.evaluate(() => ({
          images: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          echoed: document.documentElement.outerHTML.includes('alert('),
        }));
        expect(injected, query).toEqual({ images: 0, handlers: 0, echoed: false });
      }
      expect(dialogs).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });

    test('ships a small script of its own (gzip bytes reported)', async ({ page, served }, testInfo) => {
      const widget = served.widgets.find((w) => w.id === entry.id)!;
      const external = new Map<string, number>();
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        external.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
      });
      await page.goto(widget.servedEmbed);
      await page.locator(`[data-widget="${entry.id}"]`).scrollIntoViewIfNeeded();
      if (entry.interactive) await expect(page.locator('[data-hydrated="true"]').first()).toBeAttached();
      await page.waitForLoadState('networkidle');
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
      );
      const inlineGzip = inline.map((code) => gzipSync(code, { level: 9 }).length);
      const own = inline.filter((code) => code.includes('tokens-embed:height'));
      expect(own).toHaveLength(1);
      const ownGzip = gzipSync(own[0]!, { level: 9 }).length;
      expect(ownGzip, 'the embed page script (theme + height messages)').toBeLessThan(1500);
      const total = inlineGzip.reduce((a, b) => a + b, 0) + [...external.values()].reduce((a, b) => a + b, 0);
      testInfo.annotations.push({
        type: 'embed-js',
        description: `${entry.id}: ${total} B gzip in all (embed script ${ownGzip} B, ${external.size} external files)`,
      });
      console.log(`embed-js ${entry.id}: total ${total} B gzip, embed script ${ownGzip} B, external ${external.size}`);
    });
  });
}

test('the loader stays under 2 KB gzip', async ({ request, served }) => {
  const loader = await request.get(`${served.servedBase}embed.js`);
  expect(loader.ok()).toBe(true);
  const size = gzipSync(await loader.body(), { level: 9 }).length;
  console.log(`embed.js: ${size} B gzip`);
  expect(size).toBeLessThan(2048);
});
