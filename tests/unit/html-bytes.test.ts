import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  byteBreakdown,
  fontPreloads,
  gzipBody,
  gzipOffsetOf,
  renderBlockingStylesheets,
} from '../../bench/lib/html-bytes';

// Text that compresses poorly, so that offsets in the gzip stream grow with offsets in the HTML.
function noise(length: number, seed = 1): string {
  let x = seed;
  let text = '';
  while (text.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(97 + (x % 26));
  }
  return text;
}

describe('gzipOffsetOf', () => {
  const html = `<p>${noise(60_000)}</p>`;
  const compressed = gzipBody(html);

  it('is the shortest prefix of the stream that decodes past the byte', () => {
    for (const offset of [1, 1000, 20_000, 59_000]) {
      const end = gzipOffsetOf(compressed, offset);
      const decoded = (length: number) =>
        gunzipSync(compressed.subarray(0, length), { finishFlush: 2 /* Z_SYNC_FLUSH */ }).length;
      expect(decoded(end)).toBeGreaterThanOrEqual(offset);
      expect(decoded(end - 1)).toBeLessThan(offset);
    }
  });

  it('grows with the offset and stays within the stream', () => {
    const early = gzipOffsetOf(compressed, 10_000);
    const late = gzipOffsetOf(compressed, 50_000);
    expect(early).toBeLessThan(late);
    expect(late).toBeLessThanOrEqual(compressed.length);
    expect(() => gzipOffsetOf(compressed, Buffer.byteLength(html) + 1)).toThrow(/past the end/);
  });
});

describe('byteBreakdown', () => {
  const page =
    '<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body>' +
    '<p class="a" data-astro-cid-x>Fünf €</p><svg class="c"><path d="M0 0"/></svg>' +
    '<section class="notes"><svg><path/></svg></section><script>var a=1</script></body></html>';

  it('counts each part in bytes, outermost first, and attributes across the page', () => {
    const { total, parts, attributes } = byteBreakdown(page);
    const part = (id: string) => parts.find((p) => p.id === id)!;
    expect(total.raw).toBe(Buffer.byteLength(page));
    expect(part('css').raw).toBe('<style>p{color:red}</style>'.length);
    expect(part('scripts').raw).toBe('<script>var a=1</script>'.length);
    // The SVG inside the notes belongs to the notes.
    expect(part('notes-section').raw).toBe('<section class="notes"><svg><path/></svg></section>'.length);
    expect(part('svg').count).toBe(1);
    expect(part('svg').raw).toBe('<svg class="c"><path d="M0 0"/></svg>'.length);
    const attribute = (id: string) => attributes.find((a) => a.id === id)!;
    expect(attribute('class-names').raw).toBe('class="a"'.length + 'class="c"'.length + 'class="notes"'.length);
    expect(attribute('scope-attributes').raw).toBe('data-astro-cid-x'.length);
  });

  it('finds render-blocking stylesheets and font preloads in the head', () => {
    const head =
      '<head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print">' +
      '<link rel="preload" href="/f.woff2" as="font" crossorigin></head>';
    expect(renderBlockingStylesheets(head)).toEqual(['/a.css']);
    expect(fontPreloads(head)).toEqual(['/f.woff2']);
  });
});
