// Where a page's HTML bytes go, and how far into its gzip stream a given byte of the HTML arrives.
//
// "The first 14 KB": a new TCP connection may send about ten segments (14,600 bytes) before it waits for
// an acknowledgement, so on a 150 ms round trip whatever the first 14 KB of the compressed response hold
// can be parsed and painted one round trip before the rest. `gzipOffsetOf` answers "how many compressed
// bytes must have arrived before the browser can have decoded the HTML up to here", by decompressing
// ever longer prefixes of the stream the bench's server sends (gzip at zlib's default level, as
// bench/lib/static-server.mjs and most static hosts send it).
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { JSDOM } from 'jsdom';

/** The first flight of a new connection: 14 KB, as the issue and most write-ups count it. */
export const FIRST_FLIGHT_BYTES = 14 * 1024;

/** What the bench's server sends for `html`. */
export function gzipBody(html) {
  return gzipSync(typeof html === 'string' ? Buffer.from(html, 'utf8') : html);
}

/**
 * The number of compressed bytes needed to decode the first `byteOffset` bytes of the HTML
 * (the smallest prefix of the gzip stream that inflates to at least that many bytes).
 * @param {Buffer} compressed the whole gzip stream
 * @param {number} byteOffset
 */
export function gzipOffsetOf(compressed, byteOffset) {
  const inflated = (length) =>
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
export function locatedDom(html) {
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
    prefixBytes[i + 1] = prefixBytes[i] + size;
  }
  return { dom, document: dom.window.document, byteAt: (offset) => prefixBytes[offset] };
}

/**
 * Parts of the story's HTML, outermost first: an element counted in one part is not counted again in a
 * later one. Selectors name the markup as the site's components write it.
 */
export const PARTS = [
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
export const ATTRIBUTES = [
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

function rangesToBytes(ranges) {
  return ranges.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Removes [start, end) byte ranges (sorted, non-overlapping) from a buffer. */
function without(buffer, ranges) {
  const pieces = [];
  let at = 0;
  for (const [start, end] of ranges) {
    pieces.push(buffer.subarray(at, start));
    at = end;
  }
  pieces.push(buffer.subarray(at));
  return Buffer.concat(pieces);
}

/**
 * Bytes of each part, raw and as gzip: what the gzip response would shrink by without that part.
 * @param {string} html
 */
export function byteBreakdown(html) {
  const bytes = Buffer.from(html, 'utf8');
  const total = { raw: bytes.length, gzip: gzipBody(bytes).length };
  const { document, dom, byteAt } = locatedDom(html);
  const counted = new Set();
  const within = (element) => {
    for (let node = element; node; node = node.parentElement) if (counted.has(node)) return true;
    return false;
  };
  const measure = (ranges) => {
    const sorted = ranges.sort((a, b) => a[0] - b[0]);
    return {
      raw: rangesToBytes(sorted),
      gzip: total.gzip - gzipBody(without(bytes, sorted)).length,
      count: sorted.length,
    };
  };
  const parts = [];
  for (const part of PARTS) {
    const ranges = [];
    for (const element of document.querySelectorAll(part.selector)) {
      if (within(element)) continue;
      const location = dom.nodeLocation(element);
      if (!location) continue;
      counted.add(element);
      ranges.push([byteAt(location.startOffset), byteAt(location.endOffset)]);
    }
    parts.push({ id: part.id, label: part.label, ...measure(ranges) });
  }
  const attributes = [];
  for (const attribute of ATTRIBUTES) {
    const ranges = [];
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
 * that leaves them out of the screen.
 * @param {string} html
 */
export function renderBlockingStylesheets(html) {
  const { document } = locatedDom(html);
  return [...document.head.querySelectorAll('link[rel~="stylesheet"]')]
    .filter((link) => !link.media || /^(all|screen)$/i.test(link.media.trim()))
    .map((link) => link.getAttribute('href'));
}

/** Fonts the page preloads: `<link rel="preload" as="font">` hrefs. */
export function fontPreloads(html) {
  const { document } = locatedDom(html);
  return [...document.querySelectorAll('link[rel~="preload"][as="font"]')].map((link) => link.getAttribute('href'));
}
