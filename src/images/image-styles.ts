/**
 * Turns the site's chart stylesheets into a plain <style> a static SVG renderer understands: light-theme
 * colours in place of CSS variables, only simple selectors (class, type, id; descendant and child), only
 * the properties that paint SVG. Runs at build time for the static images (src/images/widget-image.ts).
 */
import { escapeMarkup } from '../lib/escape';
import { parse, parseCss } from 'svelte/compiler';
import type { AST } from 'svelte/compiler';

type CssNode = AST.CSS.Rule | AST.CSS.Atrule;

/** `--c-accent: light-dark(#c2410c, #fb923c)` -> accent: #c2410c, for every colour in palette.css. */
export function lightPalette(paletteCss: string): Map<string, string> {
  const colours = new Map<string, string>();
  for (const match of paletteCss.matchAll(/(--[\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,/g)) {
    colours.set(match[1]!, match[2]!);
  }
  if (colours.size === 0) throw new Error('palette.css: no light-dark() colours found');
  return colours;
}

/** A palette colour by name, or an error naming palette.css: a renamed colour fails the build, not the picture. */
export function paletteColour(palette: Map<string, string>, name: string): string {
  const value = palette.get(name);
  if (!value) throw new Error(`palette.css has no ${name}`);
  return value;
}

/** Text for an SVG attribute or element. */
export const xml = escapeMarkup;

const PAINT_PROPERTIES = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'overflow',
  'visibility',
  'display',
]);

export interface ImageStyleOptions {
  palette: Map<string, string>;
  /** What var(--font-sans) and var(--font-serif) become: the family of the font files given to the renderer. */
  fontFamily: string;
}

function resolveValue(property: string, raw: string, options: ImageStyleOptions): string | null {
  let value = raw.replace(/var\(\s*(--[\w-]+)\s*\)/g, (whole, name: string) => {
    if (name.startsWith('--font-')) return options.fontFamily;
    return options.palette.get(name) ?? whole;
  });
  value = value.replace(/light-dark\(\s*([^,()]+)\s*,[^()]*\)/g, '$1');
  value = value.replace(/(\d*\.?\d+)rem\b/g, (_, n: string) => `${Number(n) * 16}px`);
  if (value.includes('var(') || value.includes('!important')) return null;
  // The renderer only knows display:none; other display values would be meaningless inside an SVG.
  if (property === 'display' && value.trim() !== 'none') return null;
  return value.trim();
}

function selectorText(complex: AST.CSS.ComplexSelector): string | null {
  let text = '';
  for (const relative of complex.children) {
    const combinator = relative.combinator?.name.trim() ?? '';
    if (combinator !== '' && combinator !== '>') return null;
    let compound = '';
    for (const simple of relative.selectors) {
      if (simple.type === 'ClassSelector') compound += `.${simple.name}`;
      else if (simple.type === 'IdSelector') compound += `#${simple.name}`;
      else if (simple.type === 'TypeSelector') compound += simple.name;
      else if (simple.type === 'PseudoClassSelector' && simple.name === 'global') {
        // :global(.x) is .x; a bare :global (Svelte's block form) adds nothing.
        if (!simple.args) continue;
        if (simple.args.children.length !== 1) return null;
        const inner = selectorText(simple.args.children[0]!);
        if (inner === null) return null;
        compound += inner;
      } else return null;
    }
    if (compound === '') continue;
    text += text === '' ? compound : combinator === '>' ? ` > ${compound}` : ` ${compound}`;
  }
  return text === '' ? null : text;
}

function rulesToCss(nodes: readonly CssNode[], options: ImageStyleOptions, prefix = ''): string {
  const out: string[] = [];
  for (const node of nodes) {
    // At-rules (media queries for motion, print, themes) describe states a still image does not have.
    if (node.type !== 'Rule') continue;
    const selectors = node.prelude.children
      .map(selectorText)
      .filter((s): s is string => s !== null)
      .map((s) => prefix + s);
    if (selectors.length === 0) continue;
    const declarations: string[] = [];
    for (const child of node.block.children) {
      if (child.type !== 'Declaration' || !PAINT_PROPERTIES.has(child.property)) continue;
      const value = resolveValue(child.property, child.value, options);
      if (value !== null && value !== '') declarations.push(`${child.property}:${value}`);
    }
    if (declarations.length > 0) out.push(`${selectors.join(',')}{${declarations.join(';')}}`);
  }
  return out.join('\n');
}

/** A plain stylesheet (chart.css) for the image. */
export function imageCssFromStylesheet(css: string, options: ImageStyleOptions): string {
  return rulesToCss(parseCss(css).children, options);
}

/**
 * The <style> of a Svelte component (a widget's View.svelte) for the image. On the site Svelte scopes these
 * rules with a hashed class, which also lifts them above chart.css; here the "svg " prefix does the lifting
 * (place the result after chart.css), and scoping is moot in an image that holds one widget.
 */
export function imageCssFromComponent(source: string, options: ImageStyleOptions): string {
  const ast = parse(source, { modern: true });
  return ast.css ? rulesToCss(ast.css.children, options, 'svg ') : '';
}
