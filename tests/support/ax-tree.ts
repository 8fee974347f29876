import type { CDPSession, Page } from '@playwright/test';

/**
 * The page as a screen reader gets it: Chromium's own accessibility tree, through the DevTools protocol
 * (what Orca and NVDA read through the platform's accessibility API), not a rule engine's guess.
 */
interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  backendDOMNodeId?: number;
}

const text = (value: AXValue | undefined) => String(value?.value ?? '').trim();

/** Roles a reader operates: each one's name must say what it does, and tell it apart from the others. */
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'radio',
  'checkbox',
  'switch',
  'combobox',
  'spinbutton',
  'slider',
  'tab',
  'menuitem',
  'DisclosureTriangle',
]);

export interface ChartInTree {
  widget: string;
  /** The chart's <title>, and what the tree names it. */
  title: string;
  name: string;
  /** The chart's text alternative, and what the tree gives as its description. */
  alternative: string;
  description: string;
  /** Other nodes of the tree that read the alternative again (its paragraph, a second copy). */
  repeats: number;
}

export interface TreeReport {
  /** Charts on screen (any width band, any view shown) and how the tree exposes each. */
  charts: ChartInTree[];
  /** Charts drawn on the page that the tree leaves out (off screen, content-visibility, …). */
  missing: string[];
  /** Controls sharing a role and a name, except links that go to the same place. */
  sameName: string[];
  controls: number;
}

async function treeNodes(cdp: CDPSession): Promise<AXNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes;
}

/** Every drawn chart of the page, every control, as the accessibility tree has them. */
export async function accessibilityTree(page: Page): Promise<TreeReport> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // The charts a reader can see, marked so the protocol can find their DOM nodes.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg, i) => {
          svg.setAttribute('data-ax-probe', String(i));
          const described = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
          return {
            widget: svg.closest('[data-widget]')?.getAttribute('data-widget') ?? '(none)',
            title: svg.querySelector('title')?.textContent?.trim() ?? '',
            alternative: described?.textContent?.trim() ?? '',
          };
        }),
    );
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'svg[data-ax-probe]',
    })) as { nodeIds: number[] };
    const backendIds = new Map<number, number>();
    for (const nodeId of nodeIds) {
      const { node } = (await cdp.send('DOM.describeNode', { nodeId })) as {
        node: { backendNodeId: number; attributes?: string[] };
      };
      const attributes = node.attributes ?? [];
      const index = Number(attributes[attributes.indexOf('data-ax-probe') + 1]);
      backendIds.set(node.backendNodeId, index);
    }
    await page.evaluate(() =>
      document.querySelectorAll('[data-ax-probe]').forEach((el) => el.removeAttribute('data-ax-probe')),
    );

    const nodes = (await treeNodes(cdp)).filter((node) => !node.ignored);
    const charts: ChartInTree[] = [];
    const missing: string[] = [];
    drawn.forEach((chart, i) => {
      const node = nodes.find((n) => n.backendDOMNodeId !== undefined && backendIds.get(n.backendDOMNodeId) === i);
      if (!node) {
        missing.push(`${chart.widget}: "${chart.title}"`);
        return;
      }
      const probe = chart.alternative.slice(0, 60);
      charts.push({
        ...chart,
        name: text(node.name),
        description: text(node.description),
        repeats: probe ? nodes.filter((n) => n !== node && text(n.name).includes(probe)).length : 0,
      });
    });

    const controls = nodes.filter((node) => CONTROL_ROLES.has(text(node.role)));
    const byName = new Map<string, Set<string>>();
    for (const node of controls) {
      const key = `${text(node.role)} "${text(node.name)}"`;
      const url = text(node.properties?.find((p) => p.name === 'url')?.value);
      // Links to one place may share a name (the same number twice in the prose); anything else may not.
      const where = text(node.role) === 'link' && url ? url : node.nodeId;
      byName.set(key, (byName.get(key) ?? new Set()).add(where));
    }
    const sameName = [...byName]
      .filter(([, places]) => places.size > 1)
      .map(([key, places]) => `${key} ×${places.size}`);
    return { charts, missing, sameName, controls: controls.length };
  } finally {
    await cdp.detach();
  }
}

/**
 * Records, from the first byte of the page, every change to the content of a live region (aria-live,
 * role status, alert or log): what a screen reader announces without the reader asking. Call before
 * navigating; read with liveAnnouncements().
 */
export async function recordLiveRegions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __liveAnnouncements: string[] }).__liveAnnouncements = heard;
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    const start = () =>
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          const region = node?.closest(LIVE);
          // A region left empty says nothing; one with words is read out, even the same words again.
          if (!region?.textContent?.trim()) continue;
          const what = region.getAttribute('aria-live') ?? region.getAttribute('role');
          heard.push(`${region.tagName.toLowerCase()}.${region.className} (${what}): "${region.textContent?.trim()}"`);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    // From the moment the parser has built the page: what the HTML says at load is read with the page.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  });
}

export async function liveAnnouncements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __liveAnnouncements?: string[] }).__liveAnnouncements ?? []);
}
