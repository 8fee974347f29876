/**
 * The WordPress lane: a real WordPress 6.1 (Debian's package, default theme Twenty Twenty-Three) on another
 * loopback origin than the widgets, with posts made through the REST API by an Admin and by an Author
 * (wordpress.setup.ts). WordPress refuses loopback hosts and unusual ports for oEmbed discovery, so a
 * small mu-plugin lets the widget host (and only it) through: see writeMuPlugin in tests/support/wordpress.ts.
 *
 * For each way of embedding, at 375 and 1280 px, every widget must be the real embed page (its URL and its
 * root element), whole (frame height = content height within 2 px, no inner scroll), interactive if it
 * hydrates (a control changes the chart), credited (its source line visible inside the frame), and its link back to the
 * story must lead to the story. Each test records its rows (fit in px, interactive, credited) as it measures
 * them, also when a check fails; the teardown joins them into test-results/wordpress-matrix.md and prints it.
 *
 * Time: one post per role and path holds every widget, so each test loads one page and checks every widget
 * in it; WordPress renders each post (and fetches its oEmbed files) once in the set-up, not in the tests;
 * the tests are independent and run in parallel when there are workers for them (CI: 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type ElementHandle, type Frame, type Page } from '@playwright/test';
import { widgetPaths } from '../../src/lib/widget-paths';
import { WP_MAX_HEIGHT, WP_MIN_HEIGHT } from '../../src/embed/protocol';
import { WIDGETS } from '../support/widgets';
import { changeTheChart } from '../support/widget-interaction';
import { SUBPATH_BASE as BASE } from '../support/served-build';
import { STATE_FILE, wordPressSkipReason, type WordPressPost, type WordPressState } from '../support/wordpress';
import { writeRows, type MatrixRow } from '../support/wordpress-matrix';

const WIDTHS = [375, 1280] as const;

const skipped = wordPressSkipReason();
test.skip(skipped !== undefined, skipped);

function state(): WordPressState {
  if (!existsSync(STATE_FILE)) throw new Error(`${STATE_FILE} is missing: the wordpress-setup project did not run`);
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as WordPressState;
}

const embedUrl = (s: WordPressState, id: string) => `${s.widgetOrigin}${BASE}embed/${id}/`;
const startsWith = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Frame height minus content height: 0 when the frame fits, negative when it cuts the content. */
async function frameMinusContent(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<number> {
  const outer = await iframe.evaluate((el) => el.clientHeight);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return Math.round(outer - content);
}

/** |frame height − content height|, or how much of the content scrolls inside, whichever is larger. */
async function misfit(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<number> {
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    viewport: document.documentElement.clientHeight,
  }));
  return Math.max(Math.abs(await frameMinusContent(iframe, frame)), inner.scroll - inner.viewport);
}

/** wp-embed.js clamps a frame's height to 200-1000 px (src/embed/protocol.ts). */
const WP_CAP = WP_MAX_HEIGHT;

const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/**
 * Whole: frame height = content height within 2 px. Above WordPress's cap the frame stays at 1,000 px and
 * the embed page gives readers its scrollbar back (docs/embedding.md): that is checked instead, and the
 * table shows what the cap cuts.
 */
async function expectWhole(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, when: string, sandboxed: boolean) {
  if (sandboxed && (await contentHeight(frame)) > WP_CAP + 2) {
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight), { message: when }).toBe(WP_CAP);
    await expect
      .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).overflowY), {
        message: `${when}: above the cap the frame scrolls`,
      })
      .not.toBe('hidden');
    return;
  }
  await expect.poll(() => misfit(iframe, frame), { message: when, timeout: 10_000 }).toBeLessThanOrEqual(2);
}

/** The post's iframes in document order, each asserted to be the real embed page of the expected widget. */
async function embeddedWidgets(page: Page, s: WordPressState) {
  const iframes = page.locator('main iframe, .wp-site-blocks iframe');
  await expect(iframes).toHaveCount(WIDGETS.length);
  // Lazy frames load once near the viewport: bring each near first, so they load together, not in turn.
  for (let i = 0; i < WIDGETS.length; i++) await iframes.nth(i).scrollIntoViewIfNeeded();
  const found: { id: string; iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }[] = [];
  for (const [i, entry] of WIDGETS.entries()) {
    const locator = iframes.nth(i);
    const iframe = (await locator.elementHandle()) as ElementHandle<HTMLIFrameElement>;
    expect(await iframe.getAttribute('src')).toMatch(startsWith(embedUrl(s, entry.id)));
    let frame: Frame | null = null;
    await expect
      .poll(async () => (frame = await iframe.contentFrame())?.url() ?? '', { message: `${entry.id} frame loads` })
      .toMatch(startsWith(embedUrl(s, entry.id)));
    await expect(frame!.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
    await expect(frame!.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    found.push({ id: entry.id, iframe, frame: frame! });
  }
  return found;
}

const posts = (): WordPressPost[] => state().posts;
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

for (const role of ['admin', 'author'] as const) {
  for (const path of ['url', 'embed-block', 'custom-html'] as const) {
    test.describe(`${role} · ${path}`, () => {
      if (role === 'author' && path === 'custom-html') {
        // An Author has no unfiltered_html: WordPress's kses removes the pasted iframe and script when the
        // post is saved. The docs tell Authors to paste the URL or use the Embed block; this holds that claim.
        test('WordPress removes an Author’s pasted snippet (so the docs send Authors to the URL)', () => {
          const post = posts().find((p) => p.role === role && p.path === path)!;
          expect(post.raw).toContain('<!-- wp:html -->');
          expect(post.raw).not.toMatch(/<iframe|<script/);
          writeRows(
            `${role}-${path}`,
            WIDTHS.flatMap((width) =>
              WIDGETS.map((entry) => ({
                path,
                role,
                widget: entry.id,
                width,
                fitOnLoad: null,
                fitAfter: null,
                interactive: false,
                credited: false,
                note: 'snippet removed by WordPress on save: no frame',
              })),
            ),
          );
        });
        return;
      }
      for (const width of WIDTHS) {
        test(`every widget whole, interactive, credited, linked at ${width} px`, async ({ page, context }) => {
          test.setTimeout(90_000);
          const s = state();
          const post = posts().find((p) => p.role === role && p.path === path)!;
          await page.setViewportSize({ width, height: 900 });
          await page.addInitScript(() => {
            const seen: string[] = [];
            (window as unknown as { linkMessages: string[] }).linkMessages = seen;
            window.addEventListener('message', (event) => {
              const data = event.data as { message?: unknown; value?: unknown } | null;
              if (data?.message !== 'link') return;
              const active = document.activeElement;
              seen.push(
                `${String(data.value)} (active: ${active?.tagName ?? 'none'} ${active?.getAttribute('src') ?? ''})`,
              );
            });
          });
          await page.goto(post.link);
          const rows: MatrixRow[] = [];
          // Checks after the frame is found are soft, so the table records a "no" where one fails; the
          // test still fails, listing them, once every widget has been measured.
          const failures: string[] = [];
          const soft = async (id: string, what: string, check: () => Promise<unknown>) => {
            try {
              await check();
              return true;
            } catch (error) {
              failures.push(`${id}: ${what}: ${firstLine(error)}`);
              return false;
            }
          };
          try {
            const widgets = await embeddedWidgets(page, s);
            for (const { id, iframe, frame } of widgets) {
              const sandboxed = (await iframe.getAttribute('sandbox')) !== null;
              if (path !== 'custom-html') expect(sandboxed, `${id}: WordPress sandboxes an oEmbed frame`).toBe(true);
              const entry = WIDGETS.find((w) => w.id === id)!;
              const row: MatrixRow = {
                path,
                role,
                widget: id,
                width,
                fitOnLoad: null,
                fitAfter: null,
                interactive: false,
                credited: false,
                note: sandboxed ? 'sandboxed, sized by wp-embed.js' : 'snippet, sized by embed.js',
              };
              rows.push(row);
              // In view first: an island hydrates when the reader reaches it (a 375 px page holds the frame far
              // below the fold), and a loaded machine may take more than the default 5 s.
              await iframe.scrollIntoViewIfNeeded();
              if (entry.interactive) {
                await expect(frame.locator('[data-hydrated="true"]').first()).toBeAttached({ timeout: 15_000 });
              }
              // The frame sits in the article column: full width, never wider than the page.
              const frameWidth = await iframe.evaluate((el) => el.getBoundingClientRect().width);
              expect(frameWidth, `${id}: frame width at ${width} px`).toBeLessThanOrEqual(width);
              expect(frameWidth, `${id}: frame takes the column`).toBeGreaterThan(Math.min(width, 620) - 60);
              await soft(id, 'whole on load', () => expectWhole(iframe, frame, `${id} whole on load`, sandboxed));
              row.fitOnLoad = await frameMinusContent(iframe, frame);
              if ((await iframe.evaluate((el) => el.clientHeight)) >= WP_CAP && sandboxed)
                row.note += `; WordPress's ${WP_CAP} px cap: scrolls inside`;

              row.credited = await soft(id, 'credited', async () => {
                const source = frame.locator('.widget-source');
                await expect(source).toHaveText(`Source: ${entry.source}`);
                const bottom = await source.evaluate((el) => el.getBoundingClientRect().bottom);
                const frameHeight = await iframe.evaluate((el) => el.clientHeight);
                // Inside the frame's box; above WordPress's cap, once the reader scrolls the frame to it.
                if (frameHeight < WP_CAP)
                  expect(bottom, `${id}: the source line is inside the frame`).toBeLessThanOrEqual(frameHeight);
                else {
                  await source.scrollIntoViewIfNeeded();
                  await expect(source).toBeInViewport();
                  await frame.evaluate(() => window.scrollTo(0, 0));
                }
              });

              // Static widgets have no control that changes their chart (issue 25 took out the view switches).
              if (entry.interactive) row.interactive = await soft(id, 'interactive', () => changeTheChart(frame, id));
              await soft(id, 'whole after the interaction', () =>
                expectWhole(iframe, frame, `${id} whole after the interaction`, sandboxed),
              );
              row.fitAfter = await frameMinusContent(iframe, frame);
            }

            // The link back to the story: a sandboxed frame asks wp-embed.js to follow it in the top page; a
            // plain frame (Custom HTML) opens it in a new tab. The story's own load is not what is tested.
            const { id, frame, iframe } = widgets[width === 1280 ? 0 : widgets.length - 1]!;
            await iframe.scrollIntoViewIfNeeded();
            const link = frame.getByRole('link', { name: /From the story/ });
            const anchor = widgetPaths(id).anchor;
            const story = `${s.widgetOrigin}${BASE}#${anchor}`;
            if ((await iframe.getAttribute('sandbox')) !== null) {
              // Where clicks land inside the frame, for the message below.
              await frame.evaluate(() => {
                const clicks: string[] = [];
                (window as unknown as { laneClicks: string[] }).laneClicks = clicks;
                const describe = (el: Element | null) =>
                  el
                    ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`
                    : 'none';
                document.addEventListener(
                  'click',
                  (e) => clicks.push(`${describe(e.target as Element)} at ${e.clientX},${e.clientY}`),
                  true,
                );
              });
              await link.click();
              // wp-embed.js follows a link message only while the frame is the page's active element; if
              // the page stays, say what it and the frame saw.
              await page.waitForURL(story, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(async (error) => {
                const seen = await page.evaluate(() => (window as unknown as { linkMessages?: string[] }).linkMessages);
                const clicks = await frame
                  .evaluate(() => (window as unknown as { laneClicks?: string[] }).laneClicks)
                  .catch(() => ['(the frame has gone)']);
                throw new Error(
                  `${id}: the story link was not followed (the page is at ${page.url()}); link messages seen: ${JSON.stringify(seen)}; clicks in the frame: ${JSON.stringify(clicks)}`,
                  { cause: error },
                );
              });
              await expect(page.locator(`.story-section figure#${anchor}[data-widget="${id}"]`)).toHaveCount(1);
            } else {
              const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
              await popup.waitForURL(story, { waitUntil: 'domcontentloaded' });
              await expect(popup.locator(`.story-section figure#${anchor}[data-widget="${id}"]`)).toHaveCount(1);
            }
          } finally {
            writeRows(`${role}-${path}-${width}`, rows);
          }
          expect(failures).toEqual([]);
        });
      }
    });
  }
}

test.describe('retired graphics by URL (an Admin’s post)', () => {
  for (const width of WIDTHS) {
    test(`every retired graphic is its page, whole, at ${width} px`, async ({ page }) => {
      const s = state();
      const post = s.retiredPost;
      expect(post, 'the set-up made the post of retired graphics').toBeDefined();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(post!.link);
      const iframes = page.locator('main iframe, .wp-site-blocks iframe');
      await expect(iframes).toHaveCount(post!.ids.length);
      for (let i = 0; i < post!.ids.length; i++) await iframes.nth(i).scrollIntoViewIfNeeded();
      for (const [i, id] of post!.ids.entries()) {
        const iframe = (await iframes.nth(i).elementHandle()) as ElementHandle<HTMLIFrameElement>;
        let frame: Frame | null = null;
        await expect
          .poll(async () => (frame = await iframe.contentFrame())?.url() ?? '', { message: `${id} frame loads` })
          .toMatch(startsWith(embedUrl(s, id)));
        await expect(frame!.locator(`[data-widget="${id}"][data-retired]`)).toBeVisible();
        await expect(frame!.locator('.embed-origin a').first()).toHaveAttribute(
          'href',
          new RegExp(`^${s.widgetOrigin}${BASE}#`),
        );
        // WordPress raises a frame to 200 px at least: a retired page with one row can be shorter at 1280 px,
        // and then shows whole with room below it, which is all a host can do. Above 200 px, as every widget.
        if ((await contentHeight(frame!)) >= WP_MIN_HEIGHT) {
          await expectWhole(iframe, frame!, `${id} at ${width} px`, true);
        } else {
          await expect
            .poll(() => iframe.evaluate((el) => el.clientHeight), {
              message: `${id} at ${width} px (WordPress's floor)`,
            })
            .toBe(WP_MIN_HEIGHT);
        }
      }
    });
  }
});
