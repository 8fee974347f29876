import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { BUDGETS } from '../../bench/budgets';
import type { PageUnderTest } from './built-site';
import { watchPage, type PageProblems } from './page-watch';
import { recordCspViolations } from './widget-actions';
import { WIDGETS } from './widgets';
import { SHOWN_RETIRED } from './shown-widgets';
import { displayType } from '../../src/lib/display-type';
import { readArticle } from './article-text';

/** The axe-core rule tags every page is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The gzip budget for the JavaScript of a page with every island hydrated; the gallery has none. */
export function jsBudget(target: PageUnderTest): number | undefined {
  if (target.kind === 'gallery') return undefined;
  return target.kind === 'story' ? BUDGETS.storyJsGzip : BUDGETS.embedJsGzip;
}

export interface HealthWatch {
  problems: PageProblems;
  /** The securitypolicyviolation events of the page so far. */
  cspViolations: () => Promise<string[]>;
}

/**
 * Starts recording, before the first byte of the page, everything a healthy page never does: console
 * errors, failed requests, requests to another host and CSP violations. Listens only: it adds no route,
 * so the JavaScript measured afterwards is what a reader downloads.
 */
export async function watchHealth(page: Page): Promise<HealthWatch> {
  const problems = watchPage(page);
  const cspViolations = await recordCspViolations(page);
  return { problems, cspViolations };
}

/**
 * Asserts the page is the one meant, not an error page or an empty response that would pass every other
 * check: one h1 with the expected text, and the widgets the page exists to show.
 */
export async function expectRealPage(page: Page, target: PageUnderTest) {
  const h1 = page.locator('h1');
  await expect(h1, 'one h1').toHaveCount(1);
  // The article's headline as display type sets it (issue 24): typographic apostrophe, no full stop.
  if (target.kind === 'story') await expect(h1).toHaveText(displayType(readArticle().headline));
  if (target.kind === 'gallery') await expect(h1).toHaveText(/\S/);
  if (target.kind === 'retired') {
    const entry = SHOWN_RETIRED.find(({ id }) => target.path === `embed/${id}/`);
    expect(entry, `${target.path} is a retired graphic`).toBeDefined();
    await expect(h1).toHaveText(entry!.title);
    await expect(page.locator(`[data-widget="${entry!.id}"][data-retired]`)).toHaveCount(1);
    return;
  }
  const widgets =
    target.kind === 'embed' ? WIDGETS.filter(({ id }) => target.path === `embed/${id}/`) : WIDGETS.slice();
  expect(widgets.length, 'widgets the page shows').toBeGreaterThan(0);
  for (const entry of widgets) {
    await expect(page.locator(`[data-widget="${entry.id}"]`), entry.id).toHaveCount(1);
    if (target.kind === 'embed') await expect(h1).toHaveText(entry.title);
  }
}

/** axe-core's WCAG A/AA violations of the page as it is now, in a short readable form. */
export async function axeCheck(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  return { violations, passes: results.passes.length };
}
