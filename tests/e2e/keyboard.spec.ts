/**
 * A keyboard-only reader walks the story from top to bottom with Tab: every control is reached, in
 * reading order, shows a visible focus indicator and has an accessible name, and focus leaves the
 * page at the end instead of being trapped.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrateEverything } from '../../bench/lib/js-bytes';

interface Stop {
  /** A stable description of the focused element for messages. */
  label: string;
  /** Index of the element in document order among all elements, -1 when focus left the document. */
  order: number;
  name: string;
  ringChanged: boolean;
  visible: boolean;
}

/** What the browser considers tabbable, in document order, as descriptions. */
async function tabbablesInDocumentOrder(page: Page) {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      'iframe',
      '[tabindex]:not([tabindex="-1"])',
      '[contenteditable="true"]',
    ].join(',');
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        if (el.closest('[inert]')) return false;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        // Elements inside a closed <details> (other than its summary) cannot take focus.
        const details = el.closest('details');
        if (details && !details.open && el.tagName !== 'SUMMARY') return false;
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          // A radio group is one Tab stop: the checked radio, or the first one when none is checked.
          const group = [
            ...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`),
          ];
          const stop = group.find((radio) => radio.checked) ?? group[0];
          if (stop !== el) return false;
        }
        return el.getClientRects().length > 0 || el.classList.contains('skip-link');
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
}

async function describeFocus(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const all = [...document.querySelectorAll('*')];
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

    // Accessible name, simplified: aria-labelledby, aria-label, <label>, alt/title, then text.
    const byIds = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const labels =
      'labels' in el && el.labels
        ? [...(el.labels as NodeListOf<HTMLLabelElement>)].map((l) => l.textContent ?? '').join(' ')
        : '';
    const name = (
      byIds ||
      el.getAttribute('aria-label') ||
      labels ||
      el.getAttribute('alt') ||
      el.getAttribute('title') ||
      el.textContent ||
      (el as HTMLInputElement).value ||
      ''
    ).trim();

    // Where the ring may be drawn: the element itself, or, for a control that is invisible on purpose
    // (an opacity-0 radio over its label, a visually hidden input), its label or a near ancestor.
    const seen = (node: Element) => {
      const rect = node.getBoundingClientRect();
      return (
        node.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 2 && rect.height > 2
      );
    };
    const candidates = [
      el,
      ...('labels' in el && el.labels ? [...(el.labels as NodeListOf<HTMLLabelElement>)] : []),
      el.parentElement,
      el.parentElement?.parentElement,
    ].filter((node): node is HTMLElement => !!node && seen(node));
    const ring = (node: Element) => {
      const style = getComputedStyle(node);
      const drawn =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
      return { drawn, key: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join('|') };
    };
    const focusedRings = candidates.map(ring);
    // Compare with the same elements unfocused: blur, read, focus again without scrolling.
    el.blur();
    const restingRings = candidates.map(ring);
    el.focus({ preventScroll: true });
    const ringChanged = focusedRings.some((r, i) => r.drawn && r.key !== restingRings[i]!.key);
    const rect = el.getBoundingClientRect();
    return {
      label,
      order: all.indexOf(el),
      name,
      ringChanged,
      visible: rect.width > 0 && rect.height > 0,
    };
  });
}

test('Tab reaches every control of the story in reading order, each named and visibly focused, and leaves the page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await hydrateEverything(page);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const expected = await tabbablesInDocumentOrder(page);
  expect(expected.length).toBeGreaterThan(5);

  // Start from the top of the document, as a reader arriving on the page.
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  const problems: string[] = [];
  for (let presses = 0; presses < expected.length * 2 + 20; presses++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (!stop) break; // Focus went to the browser chrome: the page let it go.
    if (stops.length && stop.order <= stops[stops.length - 1]!.order) {
      problems.push(`focus went backwards or stayed: ${stops[stops.length - 1]!.label} -> ${stop.label}`);
      break;
    }
    stops.push(stop);
    if (!stop.name) problems.push(`no accessible name: ${stop.label}`);
    if (!stop.ringChanged) problems.push(`no visible focus indicator: ${stop.label}`);
    if (!stop.visible) problems.push(`focused but not visible: ${stop.label}`);
  }
  expect(problems).toEqual([]);
  const reached = stops.map((stop) => stop.label);
  expect(reached, 'every tabbable control, once each, in document order').toEqual(expected);
  // After the last control, one more Tab leaves the document (no trap).
  expect(await describeFocus(page)).toBeNull();
});
