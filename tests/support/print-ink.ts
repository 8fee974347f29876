/**
 * How much of a printed page is blank, measured on the page as poppler renders it (pdftoppm -gray, a PGM
 * image): the vertical runs of rows with no ink that are at least `minRunMm` tall, inside the page's
 * content box, as a share of it. The gaps between lines and paragraphs are shorter than that and do not
 * count; a half-empty page (a figure pushed to the next page, a blank card) does.
 */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5, 8 bit), as `pdftoppm -gray` writes it. */
export function readPgm(data: Uint8Array): GrayImage {
  const header: string[] = [];
  let at = 0;
  // Magic, width, height, maximum: four tokens separated by white space (comments start with #).
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]!))) at++;
    if (data[at] === 0x23) {
      while (data[at] !== 0x0a) at++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[at]!))) token += String.fromCharCode(data[at++]!);
    header.push(token);
  }
  at++;
  const [magic, width, height, max] = [header[0], Number(header[1]), Number(header[2]), Number(header[3])];
  if (magic !== 'P5' || max !== 255) throw new Error(`not an 8-bit binary PGM (${magic}, max ${max})`);
  const pixels = data.subarray(at, at + width * height);
  if (pixels.length !== width * height) throw new Error('the PGM is shorter than its header says');
  return { width, height, pixels };
}

export interface PageInk {
  /** Blank runs of at least the minimum height, as a share of the content box's height. */
  blank: number;
  /** Whether anything is printed in the content box at all. */
  inked: boolean;
}

/** `marginMm`: the page's top and bottom margins (print.css's @page); A4 is 297 mm tall. */
export function pageInk(
  image: GrayImage,
  { marginMm = 16, minRunMm = 10, pageMm = 297, threshold = 200 } = {},
): PageInk {
  const perMm = image.height / pageMm;
  const top = Math.floor(marginMm * perMm);
  const bottom = image.height - Math.floor(marginMm * perMm);
  const minRun = minRunMm * perMm;
  let blank = 0;
  let run = 0;
  let inked = false;
  for (let y = top; y < bottom; y++) {
    let ink = false;
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) {
      if (image.pixels[row + x]! < threshold) {
        ink = true;
        break;
      }
    }
    if (ink) {
      inked = true;
      if (run >= minRun) blank += run;
      run = 0;
    } else run++;
  }
  if (run >= minRun) blank += run;
  return { blank: blank / (bottom - top), inked };
}
