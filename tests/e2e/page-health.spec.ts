/**
 * One walk per page a reader or a host can open (the story, the embed gallery, every widget's embed page,
 * as far as they are built): load it, check it is the real page, scroll until every island hydrates,
 * measure its JavaScript, run axe in light and dark, use every widget control, and over the whole walk
 * see no console error, no failed request, no request to another host and no CSP violation.
 *
 * These checks used to load each page once per check (csp.spec, a11y.spec, budgets.spec, story.spec);
 * `--grep @health` runs just them. The checks on built files stay in csp.spec and budgets.spec.
 *
 * The same walk takes the page to the tools readers use that axe does not see (issue 26): Firefox's
 * Reader View (Mozilla's Readability, on the story), the accessibility tree a screen reader reads,
 * forced colours in a light and a dark theme, and WCAG's text spacing at 320 px.
 */
import { expect, test } from '@playwright/test';
import { measureJavaScript } from '../../bench/lib/js-bytes';
import { pagesUnderTest } from '../support/built-site';
import { kb } from '../../bench/lib/report';
import { axeCheck, expectRealPage, jsBudget, watchHealth } from '../support/page-health';
import { useEveryWidgetControl } from '../support/widget-actions';
import { accessibilityTree, liveAnnouncements, recordLiveRegions } from '../support/ax-tree';
import { forcedColoursReport } from '../support/forced-colours';
import { occurrences, paragraphsLost, readerView } from '../support/reader-view';
import { applyTextSpacing, chartLabels, removeTextSpacing } from '../support/text-spacing';
import { normalizeText } from '../support/article-text';

for (const target of pagesUnderTest()) {
  const budget = jsBudget(target);
  test(`${target.name}: console, requests, CSP, islands, JavaScript, axe light and dark @health`, async ({
    page,
    baseURL,
  }) => {
    // Three former walks in one; axe walks the whole hydrated page twice and the story is long.
    test.setTimeout(180_000);
    const watch = await watchHealth(page);
    await recordLiveRegions(page);
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
        // The run must have looked at something: rules that passed, on a page with content (a retired graphic
        // without numbers is a headline, two lines and two links: 9 rules apply to it).
        expect(passes).toBeGreaterThan(target.kind === 'retired' ? 6 : 10);
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    if (target.kind === 'story') {
      await test.step('Reader View keeps every paragraph word for word, numbers in place, no note or snippet', async () => {
        const view = readerView(await page.content(), page.url());
        expect(paragraphsLost(view), 'paragraphs of article.txt not kept word for word').toEqual([]);
        // Every number of the prose in its sentence: with the words before it, as the page sets them.
        const numbers = await page.locator('main .story-section p .figure-value').evaluateAll((links) =>
          links.map((link) => {
            // The paragraph as read, without the notes inside it.
            const copy = link.closest('p')!.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.figure-note').forEach((note) => note.remove());
            const paragraph = copy.textContent!.replace(/\s+/g, ' ');
            const before = paragraph.slice(0, paragraph.indexOf(link.textContent!)).slice(-24);
            return `${before}${link.textContent}`;
          }),
        );
        expect(numbers.length, 'numbers in the prose').toBeGreaterThan(20);
        for (const number of numbers) expect(view.text, number).toContain(normalizeText(number));
        // No note body: the popovers' words are not in the text (only "Notes and sources" says them, once).
        const notes = await page
          .locator('.figure-note')
          .evaluateAll((all) => all.map((note) => [...note.children].map((part) => part.textContent ?? '')));
        expect(notes.length, 'number notes').toBeGreaterThan(20);
        expect(view.text).not.toContain('More in Notes and sources');
        for (const [, sentence] of notes) {
          for (const paragraph of view.paragraphs) expect(paragraph).not.toContain(normalizeText(sentence!));
          expect(occurrences(view.text, normalizeText(sentence!)), sentence).toBeLessThanOrEqual(1);
        }
        // No snippet, no tool.
        expect(view.text).not.toContain('<iframe');
        expect(view.text).not.toContain('Paste this HTML');
        // Each chart: its title, and its text alternative once, not once per width band.
        const charts = await page.locator('figure[data-widget]').evaluateAll((figures) =>
          figures.map((figure) => ({
            title: figure.querySelector('.widget-title')!.textContent!,
            alternatives: [...figure.querySelectorAll('p.chart-alt, svg.chart-svg > desc')].map((a) => a.textContent!),
          })),
        );
        for (const chart of charts) {
          expect(view.headings, chart.title).toContain(normalizeText(chart.title));
          for (const alternative of new Set(chart.alternatives)) {
            expect(occurrences(view.text, normalizeText(alternative)), `${chart.title}: "${alternative}"`).toBe(1);
          }
        }
      });
    }

    await test.step('the accessibility tree names every chart once and every control apart; nothing spoke at load', async () => {
      // At the top, as a screen reader starts: whatever is off screen must be in the tree all the same.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const tree = await accessibilityTree(page);
      expect(tree.missing, 'charts drawn but absent from the tree').toEqual([]);
      // A retired graphic's page shows a table and links, no chart.
      const widgets = await page.locator('[data-widget]:not([data-retired])').count();
      expect(tree.charts.length, 'charts in the tree').toBeGreaterThanOrEqual(widgets);
      for (const chart of tree.charts) {
        const which = `${chart.widget}: "${chart.title}"`;
        expect(chart.name, which).toBe(chart.title);
        expect(chart.description, which).toBe(chart.alternative);
        expect(chart.alternative.length, which).toBeGreaterThan(20);
        expect(chart.repeats, `${which}: its alternative read again elsewhere`).toBe(0);
      }
      expect(tree.controls, 'controls').toBeGreaterThan(0);
      expect(tree.sameName, 'controls a screen reader cannot tell apart').toEqual([]);
      // Loading, scrolling and hydrating: no live region may have spoken (the calculator waits for the reader).
      expect(await liveAnnouncements(page), 'live regions that spoke at load').toEqual([]);
    });

    await test.step('every widget control can be used', async () => {
      const used = await useEveryWidgetControl(page);
      // A widget has controls when it has a data table or hydrates; a diagram without numbers (full-stack) has
      // none, and a retired graphic's page shows a table and links, no control.
      const withControls = await page
        .locator(
          '[data-widget]:not([data-retired]) .widget-data, [data-widget][data-interactive="true"]:not([data-retired])',
        )
        .count();
      if (withControls > 0) expect(used, 'controls used').toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(`forced colours, ${colorScheme} theme: chart text 4.5:1 on the Canvas, selections drawn apart`, async () => {
        await page.emulateMedia({ forcedColors: 'active', colorScheme });
        // A pressed layer to compare, as a reader would have pressed one.
        const layer = page.locator('[aria-pressed]:visible').first();
        if ((await layer.count()) > 0 && (await page.locator('[aria-pressed="true"]:visible').count()) === 0) {
          await layer.click();
        }
        const forced = await forcedColoursReport(page);
        expect(forced.canvas, 'the forced Canvas').toBe(
          colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)',
        );
        if ((await page.locator('[data-widget]:not([data-retired])').count()) > 0) {
          expect(forced.texts, 'chart texts').toBeGreaterThan(0);
        }
        expect(forced.faint, 'chart texts under 4.5:1 against the Canvas').toEqual([]);
        if (target.kind === 'story') {
          expect(forced.states).toEqual(
            // The story's selections since the graphics recut: no chart has a view switch any more.
            expect.arrayContaining(['active scrollytelling step', 'selected layer of a chart']),
          );
        }
        expect(forced.alike, 'selected states drawn like the others').toEqual([]);
      });
    }
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });

    await test.step('text spacing (WCAG 1.4.12) at 320 px: no chart label clipped or overlapping', async () => {
      await page.setViewportSize({ width: 320, height: 720 });
      await applyTextSpacing(page);
      // A chart that lays itself out in the browser (the comparator) does so again for the new width.
      await page.waitForTimeout(300);
      const labels = await chartLabels(page);
      if ((await page.locator('[data-widget]:not([data-retired])').count()) > 0) {
        expect(labels.labels, 'chart labels').toBeGreaterThan(0);
      }
      expect(labels.clipped, 'labels past their chart').toEqual([]);
      expect(labels.overlapping, 'labels over each other').toEqual([]);
      await removeTextSpacing(page);
      await page.setViewportSize({ width: 1280, height: 720 });
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
