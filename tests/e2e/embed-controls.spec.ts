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
        await expect(control.getByRole('link', { name: 'Data (CSV)' })).toHaveAttribute(
          'href',
          new URL(widget.data!).pathname,
        );
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
