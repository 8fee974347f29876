/**
 * The 1200 × 630 share cards that link previews show (og:image). The story's: words on the left, its lead
 * chart's static image on the right; a graphic's: its image alone, centred (chartCardSvg). Link cards crop everything to about 1.91:1, so the chart's own image (as tall as
 * its chart) cannot serve; here it is scaled to fit beside the words instead.
 *
 * The chart comes from widget-image.ts through its exported functions only (the image SVG, the
 * rasteriser with the shipped font, the text wrapper), so the way charts become images has one home.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareCardText } from '../data/share';
import { lightPalette, paletteColour, xml } from './image-styles';
import { widgetPng, wrapText, type WidgetImage } from './widget-image';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const MARGIN = 56;
const TEXT_WIDTH = 500;
const IMAGE_BOX = { x: 600, y: 40, width: 560, height: CARD_HEIGHT - 80 };

const KICKER = { size: 19, weight: 700, lineHeight: 26 };
const TITLE = { size: 46, weight: 700, lineHeight: 54 };
const SMALL_TITLE = { size: 38, weight: 700, lineHeight: 45 };
const FOOTER = { size: 22, weight: 400, lineHeight: 28 };

const palette = lightPalette(readFileSync(join(process.cwd(), 'src/styles/palette.css'), 'utf8'));
const colour = (name: string) => paletteColour(palette, name);

/** The chart's SVG as a nested <svg> placed in a box (the right half unless said), keeping its aspect. */
function placeImage(
  image: WidgetImage,
  box: { x: number; y: number; width: number; height: number } = IMAGE_BOX,
): string {
  const open = /^\s*(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>/.exec(image.svg);
  if (!open) throw new Error('The chart image is not an <svg> document');
  const viewBox = /\bviewBox="([^"]*)"/.exec(open[1] ?? '')?.[1] ?? `0 0 ${image.width} ${image.height}`;
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const x = box.x + (box.width - width) / 2;
  const y = box.y + (box.height - height) / 2;
  const body = image.svg.slice(open[0].length).replace(/<\/svg>\s*$/, '');
  return (
    `<rect x="${(x - 1).toFixed(1)}" y="${(y - 1).toFixed(1)}" width="${(width + 2).toFixed(1)}" ` +
    `height="${(height + 2).toFixed(1)}" class="card-frame"/>` +
    `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" ` +
    `viewBox="${xml(viewBox)}">${body}</svg>`
  );
}

function lines(texts: string[], style: typeof TITLE, top: number, className: string): string {
  return texts
    .map(
      (line, i) =>
        `<text x="${MARGIN}" y="${top + style.size + i * style.lineHeight}" class="${className}" ` +
        `font-size="${style.size}" font-weight="${style.weight}">${xml(line)}</text>`,
    )
    .join('');
}

/** The card as SVG, 1200 × 630 user units (one per PNG pixel). */
export function shareCardSvg(text: ShareCardText, chart: WidgetImage): string {
  let titleStyle = TITLE;
  let titleLines = wrapText(text.title, TITLE, TEXT_WIDTH);
  // A long title steps down one size rather than running into the footer.
  if (titleLines.length > 5) {
    titleStyle = SMALL_TITLE;
    titleLines = wrapText(text.title, SMALL_TITLE, TEXT_WIDTH);
  }
  if (titleLines.length > 7) throw new Error(`The share card title is too long for the card: "${text.title}"`);
  const footerLines = wrapText(text.footer, FOOTER, TEXT_WIDTH).slice(0, 2);
  const footerTop = CARD_HEIGHT - MARGIN - footerLines.length * FOOTER.lineHeight;
  const style = [
    `.card-kicker{fill:${colour('--c-accent')};letter-spacing:1.5px}`,
    `.card-title{fill:${colour('--c-fg')}}`,
    `.card-footer{fill:${colour('--c-muted')}}`,
    `.card-frame{fill:${colour('--c-bg')};stroke:${colour('--c-rule')};stroke-width:1}`,
  ].join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
      `viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-label="${xml(text.title)}">`,
    `<title>${xml(text.title)}</title>`,
    `<style>${style}</style>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colour('--c-bg')}"/>`,
    `<rect width="${CARD_WIDTH}" height="10" fill="${colour('--c-accent')}"/>`,
    lines([text.kicker.toUpperCase()], KICKER, MARGIN, 'card-kicker'),
    lines(titleLines, titleStyle, MARGIN + KICKER.lineHeight + 18, 'card-title'),
    lines(footerLines, FOOTER, footerTop, 'card-footer'),
    placeImage(chart),
    '</svg>',
    '',
  ].join('\n');
}

/** The card as a 1200 × 630 PNG, rasterised with the same font as the chart images. */
export function shareCardPng(text: ShareCardText, chart: WidgetImage): Buffer {
  return widgetPng({ svg: shareCardSvg(text, chart), width: CARD_WIDTH, height: CARD_HEIGHT });
}

/**
 * Where a graphic's card puts its picture: the middle 480 px. A link card shows an og:image whole (about
 * 1.91:1), but Ghost's bookmark card crops it to its thumbnail box with `object-fit: cover`, centred: about
 * 1.6:1 in a wide column (the middle 1,000 px survive) and about 0.56:1 on a phone (the middle 350 px, so
 * about three quarters of a picture this wide). Words beside the picture were cut there, so the card is the
 * picture alone, which carries its own title and source; the link card shows the page's title in words.
 */
export const CHART_CARD_BOX = { x: 360, y: 40, width: 480, height: CARD_HEIGHT - 70 } as const;

/** A graphic's card (its embed page's og:image): its static image, centred, on the page's background. */
export function chartCardSvg(title: string, chart: WidgetImage): string {
  const style = [`.card-frame{fill:${colour('--c-bg')};stroke:${colour('--c-rule')};stroke-width:1}`].join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
      `viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<style>${style}</style>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colour('--c-bg')}"/>`,
    `<rect width="${CARD_WIDTH}" height="10" fill="${colour('--c-accent')}"/>`,
    placeImage(chart, CHART_CARD_BOX),
    '</svg>',
    '',
  ].join('\n');
}

export function chartCardPng(title: string, chart: WidgetImage): Buffer {
  return widgetPng({ svg: chartCardSvg(title, chart), width: CARD_WIDTH, height: CARD_HEIGHT });
}
