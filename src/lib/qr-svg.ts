/**
 * A QR code of a page's address as inline SVG, drawn at build time, for WeChat readers who share from
 * a phone: WeChat has no share address a link could open. Dark on white in both colour schemes,
 * because scanners need that contrast; the quiet zone is the library's standard margin.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const escaped = label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  // The library writes a bare <svg viewBox>; the page needs it named for assistive technology and sized by CSS.
  return svg.replace(/^<svg\b/, `<svg class="qr-code" role="img" aria-label="${escaped}"`).trim();
}
