// Where a page's HTML bytes go, and how far into its gzip stream a given byte of the HTML arrives.
//
// "The first 14 KB": a new TCP connection may send about ten segments (14,600 bytes) before it waits for
// an acknowledgement, so on a 150 ms round trip whatever the first 14 KB of the compressed response hold
// can be parsed and painted one round trip before the rest. `gzipOffsetOf` answers "how many compressed
// bytes must have arrived before the browser can have decoded the HTML up to here", by decompressing
// ever longer prefixes of the stream the bench's server sends (gzip at zlib's default level, as
// bench/lib/static-server.ts and most static hosts send it).
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync, constants } from 'node:zlib';

/** Where parse5 found a node in the source, in UTF-16 code units. */
interface SourceLocation {
  startOffset: number;
  endOffset: number;
}

/** A jsdom document parsed with `includeNodeLocations`. */
export interface LocatedJSDOM {
  window: { document: Document };
  nodeLocation(node: Node): (SourceLocation & { attrs?: Record<string, SourceLocation> }) | null | undefined;
}

// jsdom ships no type declarations; this is the one constructor used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { includeNodeLocations: true }) => LocatedJSDOM;
};

/** The first flight of a new connection: 14 KB, as the issue and most write-ups count it. */
export const FIRST_FLIGHT_BYTES = 14 * 1024;

/** What the bench's server sends for `html`. */
export function gzipBody(html: string | Buffer): Buffer {
  return gzipSync(typeof html === 'string' ? Buffer.from(html, 'utf8') : html);
}

/**
 * The number of compressed bytes needed to decode the first `byteOffset` bytes of the HTML
 * (the smallest prefix of the gzip stream that inflates to at least that many bytes).
 * `compressed` is the whole gzip stream.
 */
export function gzipOffsetOf(compressed: Buffer, byteOffset: number): number {
  const inflated = (length: number) =>
    length === 0 ? 0 : gunzipSync(compressed.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH }).length;
  if (byteOffset <= 0) return 0;
  let low = 1;
  let high = compressed.length;
  if (inflated(high) < byteOffset) throw new Error(`byte ${byteOffset} is past the end of the HTML`);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (inflated(middle) >= byteOffset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A DOM with source locations, and a converter from its (UTF-16) offsets to byte offsets. */
export function locatedDom(html: string): {
  dom: LocatedJSDOM;
  document: Document;
  byteAt: (offset: number) => number;
} {
  const dom = new JSDOM(html, { includeNodeLocations: true });
  // Offsets from parse5 count UTF-16 code units; responses are counted in bytes.
  const prefixBytes = new Int32Array(html.length + 1);
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    const size =
      code < 0x80
        ? 1
        : code < 0x800
          ? 2
          : code >= 0xd800 && code <= 0xdbff
            ? 4
            : code >= 0xdc00 && code <= 0xdfff
              ? 0
              : 3;
    prefixBytes[i + 1] = prefixBytes[i]! + size;
  }
  return { dom, document: dom.window.document, byteAt: (offset) => prefixBytes[offset]! };
}

/**
 * Parts of the story's HTML, outermost first: an element counted in one part is not counted again in a
 * later one. Selectors name the markup as the site's components write it.
 */
export const PARTS: { id: string; label: string; selector: string }[] = [
  { id: 'css', label: 'inline CSS (<style>)', selector: 'style' },
  { id: 'json-ld', label: 'JSON-LD', selector: 'script[type="application/ld+json"]' },
  { id: 'scripts', label: 'inline scripts', selector: 'script' },
  { id: 'notes-section', label: 'Notes and sources section', selector: 'section.notes' },
  { id: 'number-notes', label: 'number notes (popovers at each number)', selector: '.figure-note' },
  { id: 'tables', label: 'data tables', selector: 'details.widget-data' },
  { id: 'snippets', label: 'embed snippets', selector: 'details.widget-embed' },
  { id: 'share', label: 'share links', selector: '.share' },
  { id: 'svg', label: 'SVG (charts, icons, QR code)', selector: 'svg' },
  { id: 'head-meta', label: 'head: meta, links, title', selector: 'head > meta, head > link, head > title' },
];

/** Attributes counted across the whole page (they overlap the parts above). */
export const ATTRIBUTES: { id: string; label: string; test: (name: string, element: Element) => boolean }[] = [
  { id: 'class-names', label: 'class names (class attributes)', test: (name) => name === 'class' },
  {
    id: 'scope-attributes',
    label: 'Astro scope attributes (data-astro-cid-*)',
    test: (name) => name.startsWith('data-astro-cid-'),
  },
  {
    id: 'island-props',
    label: 'island props (astro-island props/opts)',
    test: (name, element) => element.localName === 'astro-island' && (name === 'props' || name === 'opts'),
  },
];

/** A [start, end) range of bytes. */
type ByteRange = [number, number];

export interface ByteMeasure {
  id: string;
  label: string;
  raw: number;
  /** How much smaller the gzip response would be without it. */
  gzip: number;
  count: number;
}

export interface ByteBreakdown {
  total: { raw: number; gzip: number };
  parts: ByteMeasure[];
  rest: { raw: number };
  attributes: ByteMeasure[];
}

function rangesToBytes(ranges: ByteRange[]): number {
  return ranges.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Removes [start, end) byte ranges (sorted, non-overlapping) from a buffer. */
function without(buffer: Buffer, ranges: ByteRange[]): Buffer {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    pieces.push(buffer.subarray(at, start));
    at = end;
  }
  pieces.push(buffer.subarray(at));
  return Buffer.concat(pieces);
}

/** Bytes of each part, raw and as gzip: what the gzip response would shrink by without that part. */
export function byteBreakdown(html: string): ByteBreakdown {
  const bytes = Buffer.from(html, 'utf8');
  const total = { raw: bytes.length, gzip: gzipBody(bytes).length };
  const { document, dom, byteAt } = locatedDom(html);
  const counted = new Set<Element>();
  const within = (element: Element) => {
    for (let node: Element | null = element; node; node = node.parentElement) if (counted.has(node)) return true;
    return false;
  };
  const measure = (ranges: ByteRange[]) => {
    const sorted = ranges.sort((a, b) => a[0] - b[0]);
    return {
      raw: rangesToBytes(sorted),
      gzip: total.gzip - gzipBody(without(bytes, sorted)).length,
      count: sorted.length,
    };
  };
  const parts: ByteMeasure[] = [];
  for (const part of PARTS) {
    const ranges: ByteRange[] = [];
    for (const element of document.querySelectorAll(part.selector)) {
      if (within(element)) continue;
      const location = dom.nodeLocation(element);
      if (!location) continue;
      counted.add(element);
      ranges.push([byteAt(location.startOffset), byteAt(location.endOffset)]);
    }
    parts.push({ id: part.id, label: part.label, ...measure(ranges) });
  }
  const attributes: ByteMeasure[] = [];
  for (const attribute of ATTRIBUTES) {
    const ranges: ByteRange[] = [];
    for (const element of document.querySelectorAll('*')) {
      const location = dom.nodeLocation(element);
      for (const name of element.getAttributeNames()) {
        const at = location?.attrs?.[name];
        if (at && attribute.test(name, element)) ranges.push([byteAt(at.startOffset), byteAt(at.endOffset)]);
      }
    }
    attributes.push({ id: attribute.id, label: attribute.label, ...measure(ranges) });
  }
  const partsRaw = parts.reduce((sum, part) => sum + part.raw, 0);
  return { total, parts, rest: { raw: total.raw - partsRaw }, attributes };
}

/**
 * Render-blocking stylesheets of a page: `<link rel="stylesheet">` in its head without a media query
 * that leaves them out of the screen. Their hrefs, null for a link without one.
 */
export function renderBlockingStylesheets(html: string): (string | null)[] {
  const { document } = locatedDom(html);
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')]
    .filter((link) => !link.media || /^(all|screen)$/i.test(link.media.trim()))
    .map((link) => link.getAttribute('href'));
}

/** Fonts the page preloads: `<link rel="preload" as="font">` hrefs (null for a link without one). */
export function fontPreloads(html: string): (string | null)[] {
  const { document } = locatedDom(html);
  return [...document.querySelectorAll('link[rel~="preload"][as="font"]')].map((link) => link.getAttribute('href'));
}
