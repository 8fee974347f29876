import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/components/share/qr-svg';

/** Rasterises the SVG as a phone camera would see it, then reads it with an independent decoder. */
function decode(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('the WeChat QR code', () => {
  it.each([
    'http://localhost:4321/',
    'https://example.org/news/tokens/',
    'https://example.org/news/tokens/embed/maas-share/',
  ])('decodes to %s', async (url) => {
    const svg = qrSvg(url, 'QR code of this page');
    expect(decode(svg)).toBe(url);
  });

  it('is named for assistive technology and carries no style attribute', async () => {
    const svg = qrSvg('https://example.org/', 'QR code of "this" <page>');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="qr-code" role="img" aria-label="QR code of &quot;this&quot; &lt;page&gt;"/,
    );
    expect(svg).not.toMatch(/\sstyle=/);
  });

  it('the decoder tells codes apart (the test can fail)', async () => {
    expect(decode(qrSvg('https://example.org/a', 'x'))).not.toBe('https://example.org/b');
  });
});
