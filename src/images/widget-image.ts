/**
 * The static image of a widget (image.svg and image.png), made at build time from the widget's own view:
 * its View.svelte is rendered on the server, the chart <svg> taken out, framed with the title and the
 * source line, and styled with the light palette. The PNG is that SVG rasterised by resvg with a font
 * shipped in node_modules, so the build never depends on the machine's fonts or on a browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { FigureSet } from '../data/figures';
import type { ShownWidget } from '../widgets/types';
import { viewOf } from '../widgets/views';
import { imageCssFromComponent, imageCssFromStylesheet, lightPalette, paletteColour, xml } from './image-styles';

/** The image is laid out in these units and rasterised at PNG_SCALE: 600 × 2 = 1200 px wide. */
const WIDTH = 600;
const PADDING = 28;
export const PNG_SCALE = 2;
export const PNG_WIDTH = WIDTH * PNG_SCALE;

const FONT_FAMILY = 'Source Serif 4';
const FONT_STACK = `'${FONT_FAMILY}', Georgia, serif`;

// Files are read from the project root: the built endpoint runs from a chunk in the output folder, which
// may be anywhere (OUT_DIR), so its own location says nothing about where the sources are. (Builds and
// tests run from the root; Vite's ?raw imports would do too, but Vitest empties CSS imports.)
const ROOT = process.cwd();
const fromProject = createRequire(join(ROOT, 'package.json'));
const readSource = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const FONT_FILES = ['400Regular', '400Regular_Italic', '700Bold'].map((style) =>
  fromProject.resolve(`@expo-google-fonts/source-serif-4/${style}/SourceSerif4_${style}.ttf`),
);
const FONT_OPTIONS: NonNullable<ResvgRenderOptions['font']> = {
  fontFiles: FONT_FILES,
  loadSystemFonts: false,
  defaultFontFamily: FONT_FAMILY,
  serifFamily: FONT_FAMILY,
  sansSerifFamily: FONT_FAMILY,
};

const palette = lightPalette(readSource('src/styles/palette.css'));
const chartCss = readSource('src/styles/chart.css');
// The widget kit's shared styles: images lose the kit's look silently without them (a unit test holds this).
const kitCss = readSource('src/widgets/kit/kit.css');

/** The styles of every Svelte component the widget is drawn with: the kit's, then its own folder's. */
function componentSources(id: string): string[] {
  return ['src/widgets/kit', `src/widgets/${id}`].flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((file) => file.endsWith('.svelte'))
      .sort()
      .map((file) => readSource(`${folder}/${file}`)),
  );
}
const colour = (name: string) => paletteColour(palette, name);

interface TextStyle {
  size: number;
  weight: number;
  lineHeight: number;
}

const TITLE: TextStyle = { size: 24, weight: 700, lineHeight: 30 };
const NOTE: TextStyle = { size: 15, weight: 400, lineHeight: 20 };
const SOURCE: TextStyle = { size: 14, weight: 400, lineHeight: 19 };

/** Width of a line of text as resvg lays it out with the shipped font. */
function textWidth(text: string, style: TextStyle): number {
  const probe =
    `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="100"><text x="0" y="50" ` +
    `font-family="${FONT_FAMILY}" font-size="${style.size}" font-weight="${style.weight}">${xml(text)}</text></svg>`;
  return new Resvg(probe, { font: FONT_OPTIONS }).getBBox()?.width ?? 0;
}

/** Greedy word wrap to `width`, measured with the real font. */
export function wrapText(text: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The first <svg class="… chart-svg …"> in server-rendered markup, nested <svg>s included. */
export function extractChartSvg(html: string): { attributes: string; inner: string } {
  const open = /<svg\b([^>]*)>/g;
  let match: RegExpExecArray | null;
  while ((match = open.exec(html))) {
    const attributes = match[1] ?? '';
    if (!/\bclass="[^"]*\bchart-svg\b/.test(attributes)) continue;
    const tags = /<svg\b[^>]*>|<\/svg>/g;
    tags.lastIndex = open.lastIndex;
    let depth = 1;
    let tag: RegExpExecArray | null;
    while ((tag = tags.exec(html))) {
      depth += tag[0] === '</svg>' ? -1 : 1;
      if (depth === 0) return { attributes, inner: html.slice(open.lastIndex, tag.index) };
    }
    throw new Error('The chart <svg> is not closed');
  }
  throw new Error('No <svg class="chart-svg"> in the rendered view');
}

function attributeValue(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

function textLines(lines: string[], style: TextStyle, top: number, className: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${PADDING}" y="${top + style.size + i * style.lineHeight}" class="${className}" ` +
        `font-size="${style.size}" font-weight="${style.weight}">${xml(line)}</text>`,
    )
    .join('\n');
}

export interface WidgetImage {
  svg: string;
  /** PNG size in pixels. */
  width: number;
  height: number;
}

const cache = new Map<string, WidgetImage>();

/** What the image shows, for its alt text: the chart's first view, drawn once (registry `imageDescription`). */
export function imageDescription(entry: ShownWidget): string {
  return entry.imageDescription ?? entry.description;
}

export function widgetImage(entry: ShownWidget, figures: FigureSet): WidgetImage {
  // Keyed by everything the image is made from: the same widget drawn from other data is another image.
  const key = JSON.stringify([
    entry.id,
    entry.title,
    imageDescription(entry),
    entry.source,
    entry.illustrative,
    figures,
  ]);
  const cached = cache.get(key);
  if (cached) return cached;

  const chartWidth = WIDTH - 2 * PADDING;
  // The view lays its chart out for the image's own column, as it would for a reader's.
  const { body } = render(viewOf(entry.id), { props: { figures, width: chartWidth } });
  const chart = extractChartSvg(body.replace(/<!--[\s\S]*?-->/g, ''));
  const chartHeight = Number(attributeValue(chart.attributes, 'height'));
  const layoutWidth = Number(attributeValue(chart.attributes, 'data-layout-width'));
  if (!(chartHeight > 0) || layoutWidth !== chartWidth) {
    throw new Error(
      `Widget "${entry.id}": its chart <svg> was not laid out for ${chartWidth} px (height ${chartHeight})`,
    );
  }
  const chartClass = attributeValue(chart.attributes, 'class') ?? 'chart-svg';

  const textWidthAvailable = chartWidth;
  const titleLines = wrapText(entry.title, TITLE, textWidthAvailable);
  const noteLines = entry.illustrative ? wrapText(`Illustrative: ${entry.illustrative}`, NOTE, textWidthAvailable) : [];
  const sourceLines = wrapText(`Source: ${entry.source}`, SOURCE, textWidthAvailable);

  let y = PADDING;
  const parts: string[] = [];
  parts.push(textLines(titleLines, TITLE, y, 'image-title'));
  y += titleLines.length * TITLE.lineHeight + 10;
  if (noteLines.length) {
    parts.push(textLines(noteLines, NOTE, y, 'image-note'));
    y += noteLines.length * NOTE.lineHeight + 10;
  }
  y += 8;
  parts.push(
    `<svg x="${PADDING}" y="${y.toFixed(2)}" width="${chartWidth}" height="${chartHeight}" ` +
      `class="${xml(chartClass)}" overflow="visible">${chart.inner}</svg>`,
  );
  y += chartHeight + 22;
  parts.push(textLines(sourceLines, SOURCE, y, 'image-source'));
  y += sourceLines.length * SOURCE.lineHeight + PADDING - 4;
  const height = Math.ceil(y);

  const styleOptions = { palette, fontFamily: FONT_STACK };
  const componentCss = componentSources(entry.id).map((source) => imageCssFromComponent(source, styleOptions));
  const style = [
    `svg{font-family:${FONT_STACK}}`,
    `.image-title{fill:${colour('--c-fg')}}`,
    `.image-note,.image-source{fill:${colour('--c-muted')}}`,
    imageCssFromStylesheet(chartCss, styleOptions),
    imageCssFromStylesheet(kitCss, styleOptions),
    ...componentCss,
  ].join('\n');

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * PNG_SCALE}" height="${height * PNG_SCALE}" ` +
      `viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${xml(entry.title)}">`,
    `<title>${xml(entry.title)}</title>`,
    `<desc>${xml(imageDescription(entry))} Source: ${xml(entry.source)}</desc>`,
    `<style>${style}</style>`,
    `<rect width="${WIDTH}" height="${height}" fill="${colour('--c-bg')}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');

  const image = { svg, width: WIDTH * PNG_SCALE, height: height * PNG_SCALE };
  cache.set(key, image);
  return image;
}

export function widgetPng(image: WidgetImage): Buffer {
  const rendered = new Resvg(image.svg, {
    font: FONT_OPTIONS,
    fitTo: { mode: 'width', value: image.width },
  }).render();
  if (rendered.width !== image.width) throw new Error(`PNG is ${rendered.width} px wide, expected ${image.width}`);
  return rendered.asPng();
}
