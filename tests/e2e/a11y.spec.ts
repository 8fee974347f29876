/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every page a reader or a host can open, in
 * both colour schemes, once every island has hydrated (the state a reader ends up in).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hydrateEverything } from '../../bench/lib/js-bytes';
import { pagesUnderTest } from '../support/built-site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const target of pagesUnderTest()) {
  test(`axe finds nothing on ${target.name}, light and dark`, async ({ page }) => {
    // axe walks the whole hydrated page twice; the story is long.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`./${target.path}`);
    const { notHydrated } = await hydrateEverything(page);
    expect(notHydrated, 'islands that never hydrated').toBe(0);
    // The palette is light-dark() pairs: switching the scheme recolours the same hydrated page.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
      }));
      expect(violations, `${target.name} (${colorScheme})`).toEqual([]);
      // The run must have looked at something: rules that passed, on a page with content.
      expect(results.passes.length).toBeGreaterThan(10);
    }
  });
}
