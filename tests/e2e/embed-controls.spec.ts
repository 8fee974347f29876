/**
 * Where journalists find the snippet: the gallery at /embed/ and the "Embed" control under each widget in
 * the story. Both show the one snippet the oEmbed files carry, with a Copy button only where it can work.
 */
import { WIDGETS } from '../support/widgets';
import { watchPage } from '../support/page-watch';
import { expect, test } from '../support/embed-fixtures';

test.describe('the embed gallery', () => {
  test('shows every widget live with its snippet, data and image links', async ({ page, request, served }) => {
    const problems = watchPage(page);
    await page.goto('embed/');
    await expect(page.locator('h1')).toHaveText('Embed the charts');
    await expect(page.locator('figure[data-widget]')).toHaveCount(WIDGETS.length);
    // Under the gallery's h1, each chart's title is an h2 (on its own embed page it is the h1).
    await expect(page.locator('figure[data-widget] h2.widget-title')).toHaveCount(WIDGETS.length);
    for (const entry of WIDGETS) {
      const widget = served.widgets.find((w) => w.id === entry.id)!;
      const root = page.locator(`[data-widget="${entry.id}"]`);
      await expect(root.locator('.widget-title')).toHaveText(entry.title);
      await expect(root.locator('svg[role="img"]').filter({ visible: true }).first()).toBeVisible();
      // The preview is the widget itself, not a frame.
      await expect(root.locator('iframe')).toHaveCount(0);
      // Named for its chart: the gallery holds every chart's snippet.
      const snippet = root.getByRole('textbox', { name: `Paste this HTML into your page to embed “${entry.title}”` });
      await expect(snippet).toHaveAttribute('aria-readonly', 'true');
      expect(served.toServed((await snippet.textContent())!)).toBe(widget.snippet);
      // A widget without numbers has no data.csv (widgets.json says null), so no Data link either.
      if (widget.data === null) await expect(root.getByRole('link', { name: 'Data (CSV)' })).toHaveCount(0);
      const names = ['Embed page', ...(widget.data === null ? [] : ['Data (CSV)']), 'Image (PNG)', 'Image (SVG)'];
      for (const name of names) {
        const href = (await root.getByRole('link', { name }).getAttribute('href'))!;
        const response = await request.get(new URL(href, page.url()).href);
        expect(response.status(), `${entry.id} ${name}`).toBe(200);
      }
    }
    await expect(page.locator('a[href$="embed/widgets.json"]')).toHaveCount(1);
    expect(problems.consoleErrors).toEqual([]);
  });
});

// One story load per test and a step per widget: loading the long story once per widget made this file slow.
test.describe('story: the Embed control of every widget', () => {
  test('reveals the snippet and copies it to the clipboard', async ({ page, context, served, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const problems = watchPage(page);
    await page.goto('./');
    for (const entry of WIDGETS) {
      await test.step(entry.id, async () => {
        const widget = served.widgets.find((w) => w.id === entry.id)!;
        const root = page.locator(`.story-section [data-widget="${entry.id}"]`);
        const control = root.locator('details.widget-embed');
        const field = control.getByRole('textbox', { name: /^Paste this HTML into your page/ });
        await expect(field).toBeHidden();
        await control.locator('summary').click();
        await expect(field).toBeVisible();
        await expect(field).toHaveAttribute('aria-readonly', 'true');
        expect(served.toServed((await field.textContent())!)).toBe(widget.snippet);
        // Tabbing from the summary lands on the snippet, which selects itself whole for Ctrl+C.
        await page.keyboard.press('Tab');
        await expect(field).toBeFocused();
        expect(served.toServed(await page.evaluate(() => String(window.getSelection())))).toBe(widget.snippet);
        const copy = control.getByRole('button', { name: 'Copy snippet' });
        await copy.click();
        await expect(control.getByRole('status')).toHaveText('Copied.');
        expect(served.toServed(await page.evaluate(() => navigator.clipboard.readText()))).toBe(widget.snippet);
        // A diagram without numbers (full-stack) has no data file, and no link to one.
        if (widget.data) {
          await expect(control.getByRole('link', { name: 'Data (CSV)' })).toHaveAttribute(
            'href',
            new URL(widget.data).pathname,
          );
        } else await expect(control.getByRole('link', { name: 'Data (CSV)' })).toHaveCount(0);
        await expect(control.getByRole('link', { name: 'Image (PNG)' })).toHaveAttribute(
          'href',
          new URL(widget.image).pathname,
        );
      });
    }
    expect(problems.consoleErrors).toEqual([]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('offers the snippet to select in one click, with no dead Copy button', async ({ page, served }) => {
      await page.goto('./');
      for (const entry of WIDGETS) {
        await test.step(entry.id, async () => {
          const widget = served.widgets.find((w) => w.id === entry.id)!;
          const control = page.locator(`[data-widget="${entry.id}"] details.widget-embed`);
          // Charts are laid out as they come near (content-visibility), which can move the summary while the
          // page scrolls to it on a busy machine: click again, only while the panel is still closed.
          const isOpen = () => control.evaluate((details) => (details as HTMLDetailsElement).open);
          await expect(async () => {
            if (!(await isOpen())) await control.locator('summary').click();
            expect(await isOpen()).toBe(true);
          }).toPass({ timeout: 10_000 });
          const field = control.getByRole('textbox', { name: /^Paste this HTML into your page/ });
          await expect(field).toBeVisible();
          expect(served.toServed((await field.textContent())!)).toBe(widget.snippet);
          await expect(control.getByRole('button', { name: 'Copy snippet' })).toBeHidden();
          await field.click();
          expect(served.toServed(await page.evaluate(() => String(window.getSelection())))).toBe(widget.snippet);
        });
      }
    });
  });
});

test.describe('the newsletter snippet beside the iframe snippet', () => {
  // Email clients run no scripts: the snippet is read, and its page used, with JavaScript off.
  test.use({ javaScriptEnabled: false });

  test('renders in a page with scripts off: its image loads, headline and source read, its link leads to the graphic', async ({
    page,
    host,
    served,
  }) => {
    await page.goto('embed/');
    const snippets = new Map<string, string>();
    for (const entry of WIDGETS) {
      const field = page
        .locator(`[data-widget="${entry.id}"]`)
        .getByRole('textbox', { name: 'For newsletters, which show no frames' });
      await expect(field).toHaveAttribute('aria-readonly', 'true');
      snippets.set(entry.id, served.toServed((await field.textContent())!));
    }
    for (const entry of WIDGETS) {
      await test.step(entry.id, async () => {
        const widget = served.widgets.find((w) => w.id === entry.id)!;
        const snippet = snippets.get(entry.id)!;
        expect(snippet).not.toMatch(/<(script|iframe|style)\b/i);
        const url = host.page(
          `/newsletter/${entry.id}.html`,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsletter</title></head><body>${snippet}</body></html>`,
        );
        await page.goto(url);
        const image = page.locator('img');
        // The image's own description where the registry gives one (it shows one view), as widgets.json lists it.
        await expect(image).toHaveAttribute('alt', widget.imageDescription);
        await expect(image).toHaveAttribute('src', served.toServed(widget.image));
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
        await expect(page.locator('body')).toContainText(entry.title);
        await expect(page.locator('body')).toContainText(`Source: ${entry.source}.`);
        const link = page.getByRole('link', { name: /See it in the story/ });
        await expect(link).toHaveAttribute('href', served.toServed(widget.story));
        await link.click();
        await page.waitForURL(served.toServed(widget.story));
        await expect(page.locator(`#graphic-${entry.id}`)).toHaveCount(1);
      });
    }
  });
});
