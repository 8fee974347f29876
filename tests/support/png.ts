import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decodes a PNG far enough to trust it: signature, IHDR first, every chunk's CRC, IEND last, and the
 * IDAT stream inflating to exactly one filtered scanline per row. Returns the size from IHDR.
 */
export function decodePng(data: Buffer): { width: number; height: number } {
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null = null;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    const crc = data.readUInt32BE(offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (!header && type !== 'IHDR') throw new Error('IHDR is not the first chunk');
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8]!,
        colour: body[9]!,
        interlace: body[12]!,
      };
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset += 12 + length;
  }
  if (!header || !ended) throw new Error('missing IHDR or IEND');
  if (header.interlace !== 0) throw new Error('interlaced PNGs are not expected');
  const channels = CHANNELS[header.colour];
  if (!channels) throw new Error(`unknown colour type ${header.colour}`);
  const rowBytes = Math.ceil((header.width * channels * header.depth) / 8);
  const pixels = inflateSync(Buffer.concat(idat));
  if (pixels.length !== header.height * (rowBytes + 1)) {
    throw new Error(`IDAT holds ${pixels.length} bytes, ${header.height} rows need ${header.height * (rowBytes + 1)}`);
  }
  return { width: header.width, height: header.height };
}
