// Which of a page's first-screen elements, and the CSS before them, arrive in the first 14 KB of its gzip
// response. The browser (JavaScript off, so the DOM is exactly what the parser built from the file) says
// which elements paint inside the viewport; jsdom, parsing the same file, says where each ends in the
// source; html-bytes.ts turns that byte into a position in the gzip stream.
import type { Browser } from 'playwright';
import { FIRST_FLIGHT_BYTES, gzipBody, gzipOffsetOf, locatedDom } from './html-bytes.ts';

/** Where an element ends: its last byte in the HTML, and how far into the gzip stream that byte arrives. */
export interface Located {
  endByte: number;
  gzipEnd: number;
}

export interface FirstScreen {
  viewport: { width: number; height: number };
  budget: number;
  htmlBytes: number;
  gzipBytes: number;
  elements: ({ label: string; text: string } & Located)[];
  last: ({ label: string; text: string } & Located) | null;
  masthead: Located | null;
  firstParagraph: ({ text: string } & Located) | null;
  /** `external`: the stylesheet files' hrefs (null for a link without one). */
  css: Located & { inlineBlocks: number; external: (string | null)[] };
  gzipEnd: number;
  withinBudget: boolean;
}

/** An element the browser painted: its index among the document's elements, tag, label and first text. */
interface Painted {
  index: number;
  tag: string;
  label: string;
  text: string;
}

export const FIRST_SCREEN_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/**
 * Elements that paint something inside the viewport: text of their own, or an image, SVG or form control.
 * Runs in the page.
 */
function paintedInViewport(): Painted[] {
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const inside = (rect: DOMRect) =>
    rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < height && rect.left < width;
  const all = [...document.querySelectorAll('*')];
  const painted: Painted[] = [];
  all.forEach((element, index) => {
    if (element.closest('head, svg *')) return;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
    const replaced = /^(svg|img|input|button|select|textarea|video|canvas|iframe)$/i.test(element.localName);
    let paints = replaced && inside(element.getBoundingClientRect());
    if (!paints) {
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some(inside)) {
          paints = true;
          break;
        }
      }
    }
    if (!paints) return;
    const label = `${element.localName}${element.id ? `#${element.id}` : ''}${
      typeof element.className === 'string' && element.className.trim()
        ? `.${element.className.trim().split(/\s+/)[0]}`
        : ''
    }`;
    painted.push({ index, tag: element.localName, label, text: (element.textContent ?? '').trim().slice(0, 40) });
  });
  return painted;
}

/** `url` is the page, served; `html` the same page's file. */
export async function firstScreen(
  browser: Browser,
  url: string,
  html: string,
  viewport: { width: number; height: number },
): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  let painted: Painted[];
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    painted = await page.evaluate(paintedInViewport);
  } finally {
    await context.close();
  }
  const { document, dom, byteAt } = locatedDom(html);
  const elements = [...document.querySelectorAll('*')];
  const compressed = gzipBody(html);
  const at = (element: Element): Located => {
    const location = dom.nodeLocation(element);
    if (!location) throw new Error(`no source location for <${element.localName}>`);
    const endByte = byteAt(location.endOffset);
    return { endByte, gzipEnd: gzipOffsetOf(compressed, endByte) };
  };
  const screen = painted.map((item) => {
    const element = elements[item.index];
    if (element?.localName !== item.tag) {
      throw new Error(`the browser's element #${item.index} is <${item.tag}>, jsdom's is <${element?.localName}>`);
    }
    return { ...item, ...at(element) };
  });
  const last = screen.reduce<(typeof screen)[number] | null>(
    (latest, item) => (item.endByte > (latest?.endByte ?? -1) ? item : latest),
    null,
  );
  const firstParagraph = screen.find((item) => item.tag === 'p' && elements[item.index]!.closest('main'));
  const masthead = document.querySelector('header.masthead');
  // The CSS the first screen can use: every <style> and stylesheet before its last element.
  const styles = [...document.querySelectorAll('style, link[rel~="stylesheet"]')].filter(
    (element) => !last || byteAt(dom.nodeLocation(element)!.startOffset) < last.endByte,
  );
  const external = styles.filter((element) => element.localName === 'link').map((link) => link.getAttribute('href'));
  const inline = styles.filter((element) => element.localName === 'style');
  const css = inline.length ? at(inline[inline.length - 1]!) : { endByte: 0, gzipEnd: 0 };
  const gzipEnd = Math.max(last?.gzipEnd ?? 0, css.gzipEnd);
  return {
    viewport,
    budget: FIRST_FLIGHT_BYTES,
    htmlBytes: Buffer.byteLength(html),
    gzipBytes: compressed.length,
    elements: screen.map(({ label, text, endByte, gzipEnd: end }) => ({ label, text, endByte, gzipEnd: end })),
    last: last && { label: last.label, text: last.text, endByte: last.endByte, gzipEnd: last.gzipEnd },
    masthead: masthead ? at(masthead) : null,
    firstParagraph: firstParagraph
      ? { text: firstParagraph.text, endByte: firstParagraph.endByte, gzipEnd: firstParagraph.gzipEnd }
      : null,
    css: { ...css, inlineBlocks: inline.length, external },
    gzipEnd,
    withinBudget: external.length === 0 && gzipEnd <= FIRST_FLIGHT_BYTES,
  };
}
