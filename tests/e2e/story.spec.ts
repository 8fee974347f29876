import { expect, test } from '@playwright/test';
import { normalizeText, readArticle } from '../support/article-text';
import { readDist } from '../support/built-site';
import { hydrateEverything } from '../../bench/lib/js-bytes';
import { horizontalOverflow, watchPage } from '../support/page-watch';
import { WIDGETS } from '../support/widgets';
import { displayType } from '../../src/lib/display-type';

const article = readArticle();

/** The reader-visible text of the story, without hidden helper text (tooltips, data tables). */
async function storyText(page: import('@playwright/test').Page) {
  return normalizeText(await page.locator('main').innerText());
}

test.describe('the story page', () => {
  test('shows the headline, deck, byline, every section heading and every paragraph', async ({ page }) => {
    await page.goto('./');
    // Display type (issue 24): the article's headline with a typographic apostrophe and no full stop.
    await expect(page.locator('h1')).toHaveText(displayType(article.headline));
    await expect(page.getByText(article.deck)).toBeVisible();
    await expect(page.locator('.byline')).toContainText('Yoky');
    await expect(page.locator('.byline time')).toHaveAttribute('datetime', /^2026-01-07/);
    for (const heading of article.sectionHeadings) {
      const [number, ...title] = heading.split(' ');
      await expect(page.locator('h2', { hasText: title.join(' ') })).toContainText(number!);
    }
    const text = await storyText(page);
    for (const paragraph of article.paragraphs) {
      expect(text, `missing: ${paragraph.slice(0, 60)}…`).toContain(normalizeText(paragraph));
    }
    await expect(page.locator('footer.story-footer')).toContainText(normalizeText(article.credit).slice(0, 40));
    expect(await page.getByText('HomeArticle').count()).toBe(0);
  });

  test('has the metadata a shared link and a search engine need', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The address the build was made for (SITE_URL and BASE_PATH), whatever port the preview runs on.
    const { site } = JSON.parse(readDist('embed/widgets.json')) as { site: string };
    expect(site).toMatch(/^https?:\/\/[^/]+\/$/);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', site);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
    }
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /token/i);
    const robots = await page.request.get('robots.txt');
    expect(await robots.text()).toContain('Sitemap:');
    const sitemap = await page.request.get('sitemap-index.xml');
    expect(sitemap.ok()).toBe(true);
    const missing = await page.request.get('no-such-page/');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });

  test('table-of-contents links move the reader to each section', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./');
    const links = page.locator('nav.toc a');
    const count = await links.count();
    expect(count).toBe(article.sectionHeadings.length + 1);
    for (let i = count - 1; i >= 0; i--) {
      const link = links.nth(i);
      const hash = (await link.getAttribute('href'))!;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      const heading = page.locator(`${hash} > h2`);
      await expect
        .poll(async () => (await heading.boundingBox())?.y ?? -1, { message: `${hash} scrolled into view` })
        .toBeLessThan(page.viewportSize()!.height / 2);
    }
  });

  test('the current-section island hydrates and follows the reader', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./');
    const nav = page.locator('nav.toc');
    await expect(nav).toHaveAttribute('data-hydrated', 'true');
    await page.locator('#underlying-logic-of-cloud p').nth(2).scrollIntoViewIfNeeded();
    await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#underlying-logic-of-cloud');
    await expect(nav.locator('.toc-now')).toContainText('03 Return to the underlying logic');
    await page.locator('#token-is-a-good-indicator p').nth(1).scrollIntoViewIfNeeded();
    await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#token-is-a-good-indicator');
  });

  test('on a phone the top of the story loads no script file; the contents hydrate once they get a column', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    expect(scripts, 'script files fetched before scrolling').toEqual([]);
    const nav = page.locator('nav.toc');
    await expect(nav).not.toHaveAttribute('data-hydrated');
    await expect(nav.locator('.toc-status')).toBeHidden();

    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(nav).toHaveAttribute('data-hydrated', 'true');
    await expect(nav.locator('.toc-status')).toBeVisible();
    await expect(nav.locator('.toc-now')).toHaveText('Start of the story');
  });

  // One load at 320 px for the page and for each widget in it (formerly widgets-common.spec's own load): every
  // widget hydrates at that width, sits inside the window, and nothing logs an error.
  test('does not scroll sideways at 320 px; every widget hydrates and fits, with no console error', async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('./');
    await hydrateEverything(page);
    expect(await horizontalOverflow(page)).toBeNull();
    for (const entry of WIDGETS) {
      await test.step(entry.id, async () => {
        const root = page.locator(`[data-widget="${entry.id}"]`);
        await root.scrollIntoViewIfNeeded();
        if (entry.interactive) await expect(root.locator('[data-hydrated="true"]').first()).toBeAttached();
        expect(await horizontalOverflow(page)).toBeNull();
        const box = (await root.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
      });
    }
    expect(problems.consoleErrors).toEqual([]);
  });

  test('does not scroll sideways at 2560 px', async ({ page }) => {
    await page.setViewportSize({ width: 2560, height: 1200 });
    await page.goto('./');
    expect(await horizontalOverflow(page)).toBeNull();
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole text and the table of contents are there', async ({ page }) => {
    await page.goto('./');
    const text = await storyText(page);
    for (const paragraph of article.paragraphs) {
      expect(text).toContain(normalizeText(paragraph));
    }
    await expect(page.locator('nav.toc a')).toHaveCount(article.sectionHeadings.length + 1);
  });
});
