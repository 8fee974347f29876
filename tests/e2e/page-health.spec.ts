/**
 * One walk per page a reader or a host can open (the story, the embed gallery, every widget's embed page,
 * as far as they are built): load it, check it is the real page, scroll until every island hydrates,
 * measure its JavaScript, run axe in light and dark, use every widget control, and over the whole walk
 * see no console error, no failed request, no request to another host and no CSP violation.
 *
 * These checks used to load each page once per check (csp.spec, a11y.spec, budgets.spec, story.spec);
 * `--grep @health` runs just them. The checks on built files stay in csp.spec and budgets.spec.
 */
import { expect, test } from '@playwright/test';
import { measureJavaScript } from '../../bench/lib/js-bytes';
import { pagesUnderTest } from '../support/built-site';
import { kb } from '../../bench/lib/report';
import { axeCheck, expectRealPage, jsBudget, watchHealth } from '../support/page-health';
import { useEveryWidgetControl } from '../support/widget-actions';

for (const target of pagesUnderTest()) {
  const budget = jsBudget(target);
  test(`${target.name}: console, requests, CSP, islands, JavaScript, axe light and dark @health`, async ({
    page,
    baseURL,
  }) => {
    // Three former walks in one; axe walks the whole hydrated page twice and the story is long.
    test.setTimeout(180_000);
    const watch = await watchHealth(page);
    // No web font: any face the first screen set would be fetched before the first paint (docs/first-screen.md).
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    // Reduced motion: axe must not see a colour mid-transition when the scheme switches (CSS only; no
    // script reads it).
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

    // Loads the page, scrolls through it until every island has hydrated and counts the script bytes:
    // the benchmark's measure, unchanged. Nothing is asserted until the page is known to be the real one.
    const measure = await test.step('load, scroll through, measure the JavaScript', () =>
      measureJavaScript(page, `${baseURL}/${target.path}`));

    await test.step('it is the real page', () => expectRealPage(page, target));

    await test.step('every island hydrated', () => {
      expect(measure.notHydrated, 'islands that never hydrated').toBe(0);
    });

    if (budget !== undefined) {
      await test.step(`JavaScript with every island hydrated stays within ${kb(budget)} gzip`, () => {
        const breakdown = measure.files.map((file) => `${new URL(file.url).pathname} ${kb(file.gzip)}`).join(', ');
        test.info().annotations.push({ type: 'JS gzip', description: `${kb(measure.totalGzip)}: ${breakdown}` });
        expect(
          measure.totalGzip,
          `${kb(measure.totalGzip)} (${breakdown}; inline ${kb(measure.inlineGzip)})`,
        ).toBeLessThanOrEqual(budget);
        // Every script came from this site.
        for (const file of measure.files) expect(new URL(file.url).origin).toBe(new URL(baseURL!).origin);
      });
    }

    // Before the controls: axe sees the page as a reader finds it once everything has hydrated. The palette
    // is light-dark() pairs: switching the scheme recolours the same hydrated page.
    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(`axe finds nothing, ${colorScheme}`, async () => {
        await page.emulateMedia({ colorScheme });
        const { violations, passes } = await axeCheck(page);
        expect(violations, `${target.name} (${colorScheme})`).toEqual([]);
        // The run must have looked at something: rules that passed, on a page with content.
        expect(passes).toBeGreaterThan(10);
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await test.step('every widget control can be used', async () => {
      const used = await useEveryWidgetControl(page);
      // A widget has controls when it has a data table or hydrates; a diagram without numbers (full-stack) has
      // none, and a retired graphic's page shows a table and links, no control.
      const withControls = await page
        .locator('[data-widget]:not([data-retired]) .widget-data, [data-widget][data-interactive="true"]:not([data-retired])')
        .count();
      if (withControls > 0) expect(used, 'controls used').toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
    });

    await test.step('no CSP violation, request to another host, failed request or console error', async () => {
      expect(await watch.cspViolations(), 'CSP violations').toEqual([]);
      expect(watch.problems.foreignRequests, 'requests to another host').toEqual([]);
      expect(watch.problems.failedRequests, 'failed requests').toEqual([]);
      expect(watch.problems.consoleErrors, 'console errors').toEqual([]);
    });

    await test.step('no web font fetched, light or dark, before or after using the widgets', async () => {
      await page.evaluate(() => document.fonts.ready);
      expect(fonts, 'font requests').toEqual([]);
    });
  });
}
