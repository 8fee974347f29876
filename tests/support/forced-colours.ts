import type { Page } from '@playwright/test';

/**
 * A page under forced colours (Windows' contrast themes; Playwright's `emulateMedia({ forcedColors })`),
 * measured as drawn: the forced Canvas, every chart text's colour against it, and each selected,
 * pressed or active state against its unselected siblings, by the computed styles that paint them.
 */
export interface ForcedReport {
  canvas: string;
  /** Chart texts on screen, and those under 4.5:1 against the Canvas (with their ratio). */
  texts: number;
  faint: string[];
  /** Kinds of state found on the page, and the ones drawn exactly like their unselected siblings. */
  states: string[];
  alike: string[];
}

export async function forcedColoursReport(page: Page): Promise<ForcedReport> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    probe.style.setProperty('color', 'Canvas');
    const canvas = getComputedStyle(probe).color;
    probe.remove();

    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = channels(colour).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };

    const faint: string[] = [];
    let texts = 0;
    for (const text of document.querySelectorAll<SVGTextElement>('svg.chart-svg text')) {
      if (text.getBoundingClientRect().width === 0) continue;
      texts++;
      const r = ratio(getComputedStyle(text).fill, canvas);
      if (r < 4.5) faint.push(`"${text.textContent}" ${r.toFixed(2)}:1`);
    }

    // What paints a state: its box, its text, its outline and border, an SVG shape's stroke and fill.
    const paint = (el: Element) => {
      const s = getComputedStyle(el);
      return [
        s.backgroundColor,
        s.color,
        s.outlineStyle,
        s.outlineColor,
        s.borderLeftColor,
        s.borderLeftWidth,
        s.stroke,
        s.strokeWidth,
        s.fill,
      ].join('|');
    };
    const visible = (el: Element) => el.getBoundingClientRect().width > 0;
    const groups: [string, Element[], Element[]][] = [
      [
        'checked option of a switch',
        [...document.querySelectorAll('.choice-switch label:has(input:checked)')],
        [...document.querySelectorAll('.choice-switch label:has(input:not(:checked))')],
      ],
      [
        'pressed button',
        [...document.querySelectorAll('[aria-pressed="true"]')],
        [...document.querySelectorAll('[aria-pressed="false"]')],
      ],
      [
        'active scrollytelling step',
        [...document.querySelectorAll('.scrolly-step[data-active]')],
        [...document.querySelectorAll('.scrolly-step:not([data-active])')],
      ],
      [
        'selected layer of a chart',
        [...document.querySelectorAll('svg.chart-svg .is-selected')],
        [...document.querySelectorAll('svg.chart-svg .layer-shape:not(.is-selected)')],
      ],
      [
        'current entry of the contents',
        [...document.querySelectorAll('[aria-current]:not([aria-current="false"])')],
        [...document.querySelectorAll('.toc a:not([aria-current])')],
      ],
    ];
    const states: string[] = [];
    const alike: string[] = [];
    for (const [what, selected, others] of groups) {
      const on = selected.filter(visible);
      const off = others.filter(visible);
      if (on.length === 0 || off.length === 0) continue;
      states.push(what);
      const offPaint = new Set(off.map(paint));
      for (const el of on) if (offPaint.has(paint(el))) alike.push(`${what}: "${el.textContent?.trim().slice(0, 40)}"`);
    }
    return { canvas, texts, faint, states, alike };
  });
}
