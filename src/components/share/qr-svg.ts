/**
 * A QR code of a page's address, drawn at build time, for WeChat readers who share from a phone: WeChat
 * has no share address a link could open. Dark on white in both colour schemes, because scanners need
 * that contrast; the quiet zone is the standard four modules.
 */
import { escapeMarkup } from '../../lib/escape';
import QRCode from 'qrcode';

const QUIET = 4;

/** The code as one SVG path over a square of `size` modules (quiet zone included), for markup to draw. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) runs.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET, d: runs.join('') };
}

/** The same code as a standalone SVG document (tests decode it; the page draws qrPath with markup). */
export function qrSvg(text: string, label: string): string {
  const { size, d } = qrPath(text);
  const escaped = escapeMarkup(label);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" role="img" aria-label="${escaped}" ` +
    `viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#ffffff"/>` +
    `<path d="${d}" fill="#000000"/></svg>`
  );
}
