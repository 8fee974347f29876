import type { Page } from '@playwright/test';

/**
 * Reading a page zoomed in (200% and 400% of a 1280 × 900 screen are 640 × 450 and 320 × 225 CSS px): is
 * each line of a block ever on screen and uncovered while the reader scrolls through it, and is each
 * control the keyboard reaches on screen and uncovered when it takes the focus.
 */
export interface LinesReport {
  lines: number;
  /** Lines never seen whole: off screen or under something (a pinned chart) at every scroll position. */
  unseen: string[];
}

/** Scrolls through the element found by `selector` in small steps, and checks every line box of its text. */
export async function linesEverSeen(page: Page, selector: string): Promise<LinesReport> {
  return page.locator(selector).evaluate(async (block) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    interface Line {
      node: Text;
      top: number;
      left: number;
      width: number;
      height: number;
    }
    const lines: Line[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.textContent?.trim() || !node.parentElement?.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 1) lines.push({ node, top: r.top + scrollY, left: r.left, width: r.width, height: r.height });
      }
    }
    const seen = new Array<boolean>(lines.length).fill(false);
    const owns = (line: Line, x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      const parent = line.node.parentElement!;
      return !!hit && (hit === parent || parent.contains(hit) || hit.contains(parent));
    };
    const box = block.getBoundingClientRect();
    const from = Math.max(0, box.top + scrollY - innerHeight);
    const to = box.bottom + scrollY;
    for (let y = from; y <= to; y += Math.max(10, Math.floor(innerHeight / 8))) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await frame();
      lines.forEach((line, i) => {
        if (seen[i]) return;
        const top = line.top - scrollY;
        if (top < 0 || top + line.height > innerHeight) return;
        const mid = top + line.height / 2;
        seen[i] = owns(line, line.left + 2, mid) && owns(line, line.left + line.width - 2, mid);
      });
    }
    return {
      lines: lines.length,
      unseen: lines.filter((_, i) => !seen[i]).map((l) => (l.node.textContent ?? '').trim().slice(0, 50)),
    };
  });
}

export interface FocusReport {
  /** Controls that took the focus, walking the page with Tab. */
  stops: number;
  /** Those that were off screen or under something else when focused. */
  hidden: string[];
}

/** Walks the whole page with Tab from the top, checking each focused control where the reader sees it. */
export async function focusWalk(page: Page, maxStops = 400): Promise<FocusReport> {
  await page.evaluate(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const report: FocusReport = { stops: 0, hidden: [] };
  const seen = new Set<string>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const all = [...document.querySelectorAll('*')];
      const id = `${all.indexOf(el)}`;
      const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      // Where the reader looks: the control's first box (a link may wrap), or its label for a hidden radio.
      const target = el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0] : el;
      const r = target.getClientRects()[0] ?? target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return { id, problem: null };
      const x = Math.min(Math.max(r.left + Math.min(r.width, 24) / 2, 0), innerWidth - 1);
      const y = r.top + r.height / 2;
      if (y < 0 || y > innerHeight) return { id, problem: `${label} off screen (at ${Math.round(y)} px)` };
      const hit = document.elementFromPoint(x, y);
      const under =
        !hit || !(hit === target || target.contains(hit) || hit.contains(target) || hit === el || el.contains(hit));
      const what = hit
        ? `${hit.tagName.toLowerCase()}.${String(hit.getAttribute('class') ?? '').split(' ')[0]}`
        : 'nothing';
      return { id, problem: under ? `${label} under ${what}` : null };
    });
    if (!stop) break;
    if (seen.has(stop.id)) break;
    seen.add(stop.id);
    report.stops++;
    if (stop.problem) report.hidden.push(stop.problem);
  }
  return report;
}
