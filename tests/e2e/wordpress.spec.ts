/**
 * The WordPress lane: a real WordPress 6.1 (Debian's package, default theme Twenty Twenty-Three) on another
 * loopback origin than the widgets, with posts made through the REST API by an Admin and by an Author
 * (wordpress.setup.ts). WordPress refuses loopback hosts and unusual ports for oEmbed discovery, so a
 * small mu-plugin lets the widget host (and only it) through: see writeMuPlugin in tests/support/wordpress.ts.
 *
 * For each way of embedding, at 375 and 1280 px, every widget must be the real embed page (its URL and its
 * root element), whole (frame height = content height within 2 px, no inner scroll), interactive (a
 * control changes the chart), credited (its source line visible inside the frame), and its link back to the
 * story must lead to the story. Results go to test-results/wordpress-matrix.json for the closing note.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type ElementHandle, type Frame, type Page } from '@playwright/test';
import { WIDGETS } from '../../src/widgets/registry';
import { changeTheChart } from '../support/widget-interaction';
import { STATE_FILE, type WordPressPost, type WordPressState } from '../support/wordpress';

const WIDTHS = [375, 1280] as const;

function state(): WordPressState {
  if (!existsSync(STATE_FILE)) throw new Error(`${STATE_FILE} is missing: the wordpress-setup project did not run`);
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as WordPressState;
}

const BASE = '/news/tokens/';
const embedUrl = (s: WordPressState, id: string) => `${s.widgetOrigin}${BASE}embed/${id}/`;

interface Row {
  path: string;
  role: string;
  width: number;
  widget: string;
  fitPx: number;
  interactive: boolean;
  frame: 'sandboxed' | 'plain';
}

function record(rows: Row[]) {
  mkdirSync('test-results', { recursive: true });
  const file = 'test-results/wordpress-matrix.json';
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Row[]) : [];
  const key = (r: Row) => `${r.path} ${r.role} ${r.width} ${r.widget}`;
  const merged = new Map(all.map((r) => [key(r), r]));
  for (const row of rows) merged.set(key(row), row);
  writeFileSync(file, JSON.stringify([...merged.values()], null, 2));
}

/** |frame height − content height|, or how much of the content scrolls inside, whichever is larger. */
async function misfit(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<number> {
  const outer = await iframe.evaluate((el) => el.clientHeight);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: document.documentElement.clientHeight,
  }));
  return Math.max(Math.abs(outer - inner.content), inner.scroll - inner.viewport);
}

/** wp-embed.js clamps a frame's height to 200-1000 px (src/embed/protocol.ts). */
const WP_CAP = 1000;

/**
 * Whole: frame height = content height within 2 px. Above WordPress's cap the frame stays at 1,000 px and
 * the embed page gives readers its scrollbar back (docs/embedding.md); that is checked, and reported as
 * not whole (the returned misfit is what the cap cuts).
 */
async function expectWhole(
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  when: string,
  sandboxed: boolean,
): Promise<number> {
  const content = () => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  if (sandboxed && (await content()) > WP_CAP + 2) {
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight), { message: when }).toBe(WP_CAP);
    await expect
      .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).overflowY), {
        message: `${when}: above the cap the frame scrolls`,
      })
      .not.toBe('hidden');
    return (await content()) - WP_CAP;
  }
  await expect.poll(() => misfit(iframe, frame), { message: when, timeout: 10_000 }).toBeLessThanOrEqual(2);
  return misfit(iframe, frame);
}

/** The post's iframes in document order, each asserted to be the real embed page of the expected widget. */
async function embeddedWidgets(page: Page, s: WordPressState) {
  const iframes = page.locator('main iframe, .wp-site-blocks iframe');
  await expect(iframes).toHaveCount(WIDGETS.length);
  const found: { id: string; iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }[] = [];
  for (const [i, entry] of WIDGETS.entries()) {
    const locator = iframes.nth(i);
    await locator.scrollIntoViewIfNeeded();
    const iframe = (await locator.elementHandle()) as ElementHandle<HTMLIFrameElement>;
    expect(await iframe.getAttribute('src')).toMatch(new RegExp(`^${embedUrl(s, entry.id).replaceAll('.', '\\.')}`));
    let frame: Frame | null = null;
    await expect
      .poll(async () => (frame = await iframe.contentFrame())?.url() ?? '', { message: `${entry.id} frame loads` })
      .toMatch(new RegExp(`^${embedUrl(s, entry.id).replaceAll('.', '\\.')}`));
    await expect(frame!.locator(`[data-widget="${entry.id}"]`)).toBeVisible();
    await expect(frame!.locator('.widget-title')).toHaveText(entry.title);
    found.push({ id: entry.id, iframe, frame: frame! });
  }
  return found;
}

const posts = (): WordPressPost[] => state().posts;

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
        });
        return;
      }
      for (const width of WIDTHS) {
        test(`every widget whole, interactive, credited, linked at ${width} px`, async ({ page, context }) => {
          test.setTimeout(90_000);
          const s = state();
          const post = posts().find((p) => p.role === role && p.path === path)!;
          await page.setViewportSize({ width, height: 900 });
          await page.goto(post.link);
          const rows: Row[] = [];
          for (const { id, iframe, frame } of await embeddedWidgets(page, s)) {
            const sandboxed = (await iframe.getAttribute('sandbox')) !== null;
            if (path !== 'custom-html') expect(sandboxed, `${id}: WordPress sandboxes an oEmbed frame`).toBe(true);
            const entry = WIDGETS.find((w) => w.id === id)!;
            if (entry.interactive) await expect(frame.locator('[data-hydrated="true"]').first()).toBeAttached();
            await iframe.scrollIntoViewIfNeeded();
            // The frame sits in the article column: full width, never wider than the page.
            const frameWidth = await iframe.evaluate((el) => el.getBoundingClientRect().width);
            expect(frameWidth, `${id}: frame width at ${width} px`).toBeLessThanOrEqual(width);
            expect(frameWidth, `${id}: frame takes the column`).toBeGreaterThan(Math.min(width, 620) - 60);
            await expectWhole(iframe, frame, `${id} whole on load`, sandboxed);

            const source = frame.locator('.widget-source');
            await expect(source).toHaveText(`Source: ${entry.source}`);
            const box = await source.evaluate((el) => el.getBoundingClientRect().bottom);
            const frameHeight = await iframe.evaluate((el) => el.clientHeight);
            // Inside the frame's box; above WordPress's cap, once the reader scrolls the frame to it.
            if (frameHeight < WP_CAP)
              expect(box, `${id}: the source line is inside the frame`).toBeLessThanOrEqual(frameHeight);
            else {
              await source.scrollIntoViewIfNeeded();
              await expect(source).toBeInViewport();
              await frame.evaluate(() => window.scrollTo(0, 0));
            }

            await changeTheChart(frame, id);
            const fit = await expectWhole(iframe, frame, `${id} whole after the interaction`, sandboxed);
            rows.push({
              path,
              role,
              width,
              widget: id,
              fitPx: fit,
              interactive: true,
              frame: sandboxed ? 'sandboxed' : 'plain',
            });
          }

          // The link back to the story: a sandboxed frame asks wp-embed.js to follow it in the top page; a
          // plain frame (Custom HTML) opens it in a new tab.
          const widgets = await embeddedWidgets(page, s);
          const { id, frame, iframe } = widgets[width === 1280 ? 0 : widgets.length - 1]!;
          await iframe.scrollIntoViewIfNeeded();
          const link = frame.getByRole('link', { name: /From the story/ });
          const entry = WIDGETS.find((w) => w.id === id)!;
          const story = `${s.widgetOrigin}${BASE}#${entry.section}`;
          if ((await iframe.getAttribute('sandbox')) !== null) {
            await Promise.all([page.waitForURL(story), link.click()]);
            await expect(page.locator(`section#${entry.section} [data-widget="${id}"]`)).toHaveCount(1);
          } else {
            const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
            await popup.waitForURL(story);
            await expect(popup.locator(`section#${entry.section} [data-widget="${id}"]`)).toHaveCount(1);
          }
          record(rows);
        });
      }
    });
  }
}
