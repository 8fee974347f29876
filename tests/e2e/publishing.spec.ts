/**
 * What a published story carries (issue 16): provenance, key points, Notes and sources linked both
 * ways with the numbers, share links that load nothing until followed, a WeChat QR code of the page's
 * address, share cards as absolute og:image, the NewsArticle JSON-LD, the sitemap and the 404 page.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { DERIVED_IDS } from '../../src/data/figures';
import { WIDGETS } from '../support/widgets';
import { articleProblems } from '../support/article-json-ld';
import { embedPages, readDist } from '../support/built-site';
import { watchPage } from '../support/page-watch';
import { decodePng } from '../support/png';

const records = JSON.parse(readFileSync('content/figures.json', 'utf8')) as { id: string; caveat?: string }[];

/**
 * The address the build was made for (SITE_URL and BASE_PATH), without its last slash: what the pages share
 * and name, whatever port the preview serves them on (PREVIEW_PORT).
 */
const builtSite = () => (JSON.parse(readDist('embed/widgets.json')) as { site: string }).site.replace(/\/$/, '');

/** The page under test is the real story: its headline and its first section are there. */
async function openStory(page: Page) {
  await page.goto('./');
  // Display type (issue 24): a typographic apostrophe, no full stop.
  await expect(page.locator('h1')).toHaveText(
    'Tokens aren’t everything: The competition in the AI cloud is just beginning',
  );
  await expect(page.locator('#introduction')).toBeAttached();
}

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });

// What the story carries, checked on one load of it at the default window, each former test a step
// named "<group> › <its title>". The JSON-LD goes first (no console error while the page loads); the
// share links last: they follow one link to its network.
test('the story and its share links, on one load', async ({ page, context, baseURL }) => {
  const problems = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await openStory(page);

  await test.step('the story › carries a parseable NewsArticle JSON-LD with every field Google reads, and no CSP complaint', async () => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
    expect(articleProblems(data)).toEqual([]);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tokens aren’t everything: The competition in the AI cloud is just beginning',
      author: [{ '@type': 'Person', name: 'Yoky' }],
      // The source's dateline names no time zone: the day only (copy read 1, finding 3).
      datePublished: '2026-01-07',
      inLanguage: 'en',
      url: `${builtSite()}/`,
      image: [`${builtSite()}/card.png`],
    });
    expect(data['translationOfWork']).toMatchObject({ '@type': 'NewsArticle', author: { name: 'Yoky' } });
    expect(JSON.stringify(data['isBasedOn'])).not.toMatch(/https?:/);
    expect(problems.consoleErrors).toEqual([]);
    // The <title> is short for search results; the <h1> keeps the whole headline.
    expect((await page.title()).length).toBeLessThanOrEqual(70);
  });

  await test.step('the story › says under the byline what it is: a translated commentary, from the source text only', async () => {
    const provenance = page.locator('.masthead .provenance');
    await expect(provenance).toContainText('Commentary');
    await expect(provenance).toContainText('An English translation of an article by Yoky for Silicon Star People Pro');
    await expect(provenance).toContainText('硅星人Pro');
    // The source's dateline, quoted as the source's: no "first published", no time zone it does not give.
    await expect(provenance).toContainText(
      'republished by 36Kr with authorization; its dateline there reads “2026-01-07 17:32”',
    );
    await expect(provenance).not.toContainText(/first published|Beijing/);
    await expect(page.locator('.masthead .byline time')).toHaveText('7 January 2026');
    await expect(page.locator('.masthead .byline time')).toHaveAttribute('datetime', '2026-01-07');
    await expect(provenance.locator('a')).toHaveCount(0);
    await expect(page.locator('.masthead .kicker')).not.toContainText('Analysis');
    // Issue 24: the genre is said once in the masthead, as the provenance line's label.
    expect((await page.locator('.masthead').innerText()).match(/commentary/gi)).toHaveLength(1);
  });

  await test.step('the story › opens with three key points, labelled as the editors’ summary, every number bound to the data', async () => {
    const box = page.locator('aside.key-points');
    await expect(box.getByRole('heading', { name: 'Key points' })).toBeVisible();
    await expect(box).toContainText('The editors’ summary');
    await expect(box.locator('li')).toHaveCount(3);
    // At the top: right after the article's one-line opening, before the rest of the story, so the
    // opening still starts on the first screen (story-layout.spec.ts).
    const [boxTop, lede, second] = await Promise.all([
      box.evaluate((el) => el.getBoundingClientRect().top),
      page
        .locator('#introduction > p')
        .nth(0)
        .evaluate((el) => el.getBoundingClientRect().bottom),
      page
        .locator('#introduction > p')
        .nth(1)
        .evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(boxTop).toBeGreaterThan(lede);
    expect(boxTop).toBeLessThan(second);
    const bound = box.locator('.prose-figure');
    expect(await bound.count()).toBeGreaterThanOrEqual(3);
    for (const li of await box.locator('li').all()) {
      // No number in a point is typed in: every digit is inside a bound figure.
      const loose = await li.evaluate((el) => {
        const clone = el.cloneNode(true) as HTMLElement;
        // Scripts are not text: Astro may inline a component's module script where it is first used.
        clone.querySelectorAll('.prose-figure, script').forEach((f) => f.remove());
        return clone.textContent!.replace(/\b(19|20)\d\d\b/g, '').match(/\d/g) ?? [];
      });
      expect(loose).toEqual([]);
    }
    const share = box.getByRole('link', { name: '1.07%', exact: true });
    await share.click();
    await expect(share.locator('xpath=following-sibling::*[@popover][1]')).toContainText('≈ 1.07%');
  });

  await test.step('the story › ends with Notes and sources: one entry per record and derived figure, with caveats', async () => {
    const notes = page.locator('#notes');
    await expect(notes.getByRole('heading', { name: 'Notes and sources', level: 2 })).toBeVisible();
    const entries = notes.locator('li[data-note]');
    await expect(entries).toHaveCount(records.length + DERIVED_IDS.length);
    const ids = await entries.evaluateAll((els) => els.map((el) => el.id));
    expect([...ids].sort()).toEqual([...records.map((r) => r.id), ...DERIVED_IDS].map((id) => `note-${id}`).sort());
    // Records in the order a reader meets them in the text.
    const firstPlaces = await page.evaluate(
      (noteIds) => {
        const all = [...document.querySelectorAll('.story-section .prose-figure')];
        return noteIds
          .map((id) => document.getElementById(id.replace(/^note-/, 'first-')))
          .filter((el) => el !== null)
          .map((el) => all.indexOf(el));
      },
      ids.slice(0, records.length),
    );
    expect(firstPlaces).toEqual([...firstPlaces].sort((a, b) => a - b));
    // Issue 24: each entry in plain sentences (the article's words, who it cites, the caveat), the long
    // version behind one disclosure per list.
    for (const record of records.filter((r) => r.caveat)) {
      await expect(notes.locator(`#note-${record.id}`)).toContainText(record.caveat!);
    }
    await expect(notes.locator('#note-api-gpu-overlap')).toContainText('“is as high as 70%”');
    await expect(notes.locator('#note-maas-share-of-cloud')).toContainText(
      'Calculation: 1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%',
    );
    await expect(notes.locator('#note-mobile-forecast-miss')).toContainText(
      'Calculation: over 100 million users ÷ about 1 million users = about 100×',
    );
    const more = notes.locator('[data-notes-more="notes-records"]');
    await expect(more.locator('[data-note-details="api-gpu-overlap"]')).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('[data-note-details="api-gpu-overlap"]')).toContainText('Hedge: “as high as”');
    await expect(more.locator('[data-note-details="api-gpu-overlap"]')).toContainText('Period: not stated');
    // Copy read 1 (finding 19): a figure the article gives without a hedge is not called "exact".
    await expect(more.locator('[data-note-details="enterprises-not-in"]')).toContainText(
      'Hedge: none in the article’s words',
    );
    await expect(more).not.toContainText(/exact/i);
    await more.locator('summary').click();
    // The desk's fact check, and the editors' glossary of the translation's terms.
    await expect(notes.locator('#note-china-mobile-users-2000 [data-desk-note]')).toContainText(
      'the Ministry of Information Industry counted 65 million mobile phone users in China as of 20 September 2000',
    );
    await expect(notes.getByRole('heading', { name: 'The translation’s terms: the editors’ glossary' })).toBeVisible();
    await expect(notes.locator('.glossary dt')).toHaveText([
      'Token',
      'MaaS',
      'API call',
      'Caliber (口径)',
      'Domain (域)',
      'Track (赛道)',
    ]);
    const illustrative = notes.locator('[data-illustrative]');
    const placed = WIDGETS.filter((w) => w.illustrative);
    for (const chart of placed) {
      if ((await page.locator(`#${chart.id}-title`).count()) === 0) continue;
      await expect(illustrative.filter({ hasText: chart.title })).toContainText(chart.illustrative!);
    }
    await expect(page.locator('.story-footer .corrections')).toHaveText('Corrections and updates: none so far.');
    // Copy read 1 (finding 23): checked against the article's words, not verified.
    await expect(page.locator('.story-footer')).toContainText('kept as records checked against the article’s words');
  });

  await test.step('the story › a number’s note links to its entry, and the entry links back to where the number first appears', async () => {
    // Every entry's back link lands on an element that exists, and every prose figure has one first place.
    for (const href of await page
      .locator('#notes a.notes-back')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href), href).toHaveCount(1);
    }
    const ids = await page
      .locator('.story-section .prose-figure')
      .evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset['figure']!))]);
    for (const id of ids) await expect(page.locator(`.story-section #first-${id}`), id).toHaveCount(1);

    // The anchor is an empty element just before the number (Figure.astro says why).
    const control = page.locator('#first-api-gpu-overlap + .figure-value');
    await control.scrollIntoViewIfNeeded();
    await control.click();
    const more = control.locator('xpath=following-sibling::*[@popover][1]').locator('a');
    await expect(more).toHaveText('More in Notes and sources');
    await more.click();
    await expect(page).toHaveURL(/#note-api-gpu-overlap$/);
    await expect.poll(() => inViewport(page, '#note-api-gpu-overlap')).toBe(true);

    const back = page.locator('#note-api-gpu-overlap a.notes-back');
    await expect(back).toHaveText(/^In the text/);
    // Eighteen such links: each is named for its figure.
    // (Chromium sets the hidden words, absolutely positioned, apart with a space: "In the text : …".)
    await expect(back).toHaveAccessibleName(
      /^In the text ?: Overlap between Alibaba Cloud customers using API calls and those using GPU computing power$/,
    );
    await page.keyboard.press('Escape');
    await back.click();
    await expect(page).toHaveURL(/#first-api-gpu-overlap$/);
    await expect.poll(() => inViewport(page, '#first-api-gpu-overlap')).toBe(true);
    expect(await inViewport(page, '#note-api-gpu-overlap')).toBe(false);
  });

  await test.step('share links › the WeChat QR code decodes to the page’s address', async () => {
    const svg = await page.locator('.story-footer svg.qr-code').evaluate((el) => el.outerHTML);
    await expect(page.locator('.story-footer svg.qr-code')).toBeVisible();
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render();
    expect(jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data).toBe(`${builtSite()}/`);
  });

  await test.step('share links › Copy link copies the page address', async () => {
    const bar = page.locator('.story-footer [data-share-url]');
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect(bar.locator('.share-status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${builtSite()}/`);
  });

  await test.step('share links › are plain links that load nothing from the networks until one is followed', async () => {
    await page.locator('#share-story').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(problems.foreignRequests).toEqual([]);
    const bar = page.locator('.story-footer [data-share-url]');
    await expect(bar).toHaveAttribute('data-share-url', `${builtSite()}/`);
    const hrefs = await bar
      .locator('a[data-share]')
      .evaluateAll((as) =>
        Object.fromEntries(as.map((a) => [(a as HTMLElement).dataset['share'], a.getAttribute('href')!])),
      );
    expect(Object.keys(hrefs)).toEqual(['x', 'linkedin', 'facebook', 'weibo', 'email']);
    expect(new URL(hrefs['x']!).searchParams.get('url')).toBe(`${builtSite()}/`);
    expect(new URL(hrefs['facebook']!).searchParams.get('u')).toBe(`${builtSite()}/`);
    expect(hrefs['email']).toMatch(/^mailto:\?subject=/);
    // No script, frame or image from another host anywhere on the page.
    const foreign = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], iframe[src], img[src]')]
        .map((el) => new URL(el.getAttribute('src')!, location.href))
        .filter((url) => url.origin !== location.origin)
        .map(String),
    );
    expect(foreign).toEqual([]);

    // Following one opens the network's share page, and only then is it asked for anything.
    const asked: string[] = [];
    await context.route('https://x.com/**', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>share</title>' });
    });
    expect(asked).toEqual([]);
    const popup = page.waitForEvent('popup');
    await bar.locator('a[data-share="x"]').click();
    await (await popup).waitForLoadState();
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0]!).searchParams.get('url')).toBe(`${builtSite()}/`);
  });
});

test.describe('share links', () => {
  test('each chart’s embed tools share its embed page', async ({ page }) => {
    await page.goto('embed/');
    await expect(page.locator('h1')).toHaveText('Embed the charts');
    for (const entry of WIDGETS) {
      const bar = page.locator(`[data-widget="${entry.id}"] [data-share-url]`);
      await expect(bar).toHaveAttribute('data-share-url', `${builtSite()}/embed/${entry.id}/`);
      const x = await bar.locator('a[data-share="x"]').getAttribute('href');
      expect(new URL(x!).searchParams.get('text')).toBe(entry.title);
    }
  });
});

test.describe('share cards', () => {
  const pages = () => [
    { path: './', card: 'card.png' },
    ...embedPages().map((p) => ({ path: p.path, card: `${p.path}card.png` })),
  ];

  test('every page’s og:image is its own absolute 1200 × 630 card, and it is served', async ({ page, baseURL }) => {
    expect(pages().length).toBeGreaterThan(1);
    for (const target of pages()) {
      await page.goto(target.path);
      const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`);
      const image = (await meta('og:image').getAttribute('content'))!;
      expect(image, target.path).toBe(`${builtSite()}/${target.card}`);
      await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
      await expect(meta('og:image:height')).toHaveAttribute('content', '630');
      await expect(meta('og:image:alt')).toHaveAttribute('content', /\S/);
      await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
      // Fetched from this run's preview, which serves the build under another port than it names.
      const response = await page.request.get(image.replace(builtSite(), baseURL!));
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      expect(decodePng(await response.body()), image).toEqual({ width: 1200, height: 630 });
    }
  });
});

test.describe('search', () => {
  test('the sitemap lists the story and the gallery with lastmod, and no embed page', async ({ page }) => {
    const index = await (await page.request.get('sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: { loc: string; lastmod: string | undefined }[] = [];
    for (const sitemap of sitemaps) {
      const xml = await (await page.request.get(new URL(sitemap).pathname)).text();
      for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g))
        urls.push({ loc: /<loc>([^<]+)/.exec(body!)![1]!, lastmod: /<lastmod>([^<]+)/.exec(body!)?.[1] });
    }
    expect(urls.map((u) => u.loc).sort()).toEqual([`${builtSite()}/`, `${builtSite()}/embed/`]);
    for (const url of urls) {
      // The story's day (the sitemap library writes it as that day's UTC midnight).
      expect(Date.parse(url.lastmod!), url.loc).toBeGreaterThanOrEqual(Date.parse('2026-01-07'));
    }
  });

  test('the 404 page declares no canonical address', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  });
});
