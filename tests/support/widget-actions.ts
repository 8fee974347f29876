import type { Page } from '@playwright/test';

/**
 * Uses every control inside the widgets of a page the way a reader would: clicks each button,
 * summary, radio, checkbox and label (twice for toggles, so both states are seen). Links are left
 * alone: following them leaves the page. Returns how many controls were used.
 */
export async function useEveryWidgetControl(page: Page): Promise<number> {
  const controls = page.locator(
    '[data-widget] :is(button, summary, input[type="radio"], input[type="checkbox"], label):visible',
  );
  const count = await controls.count();
  let used = 0;
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible()) || (await control.isDisabled().catch(() => false))) continue;
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    // A label that wraps a link would follow it; its input is clicked on its own anyway.
    if (tag === 'label' && (await control.locator('a').count()) > 0) continue;
    await control.scrollIntoViewIfNeeded();
    // Some widgets stretch a transparent input over its visible label; the reader's pointer lands on that
    // input, so a control covered by its own widget's hit area is clicked through it (waiting for it to
    // become uncovered would only time out).
    const coveredByOwnWidget = await control.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return !!hit && !el.contains(hit) && hit.closest('[data-widget]') === el.closest('[data-widget]');
    });
    await control.click({ force: coveredByOwnWidget, timeout: 5_000 });
    used++;
    if (tag === 'summary' || tag === 'button') {
      // Second click restores toggles (details, disclosure buttons) so later controls stay where they were.
      if (await control.isVisible()) await control.click({ timeout: 5_000 });
    }
  }
  return used;
}

/** Records every securitypolicyviolation event in window.__cspViolations, from the first byte of the page. */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`.trim(),
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}
