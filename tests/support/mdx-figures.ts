import type { FigureSet } from '../../src/data/figures';
import { bindFigure, type ProseFigureProps } from '../../src/data/prose-figure';

const FIGURE_TAG = /<Figure\s([^>]*?)\/>/g;

/** The props of one <Figure ... /> as written in MDX: strings, numbers and booleans. */
export function figureProps(attributes: string): ProseFigureProps {
  const props: Record<string, unknown> = {};
  for (const [, key, quoted, expression] of attributes.matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
    if (quoted !== undefined) props[key!] = quoted;
    else if (expression === 'true' || expression === 'false') props[key!] = expression === 'true';
    else if (Number.isFinite(Number(expression))) props[key!] = Number(expression);
    else throw new Error(`cannot read ${key}={${expression}} in <Figure ${attributes}/>`);
  }
  return props as unknown as ProseFigureProps;
}

/** Every <Figure /> in an MDX source, in order. */
export function figuresIn(source: string): ProseFigureProps[] {
  return [...source.matchAll(FIGURE_TAG)].map((match) => figureProps(match[1]!));
}

/** The MDX source with each <Figure /> replaced by the words it renders (hedge included). */
export function expandFigures(source: string, set: FigureSet): string {
  return source.replace(FIGURE_TAG, (_, attributes: string) => {
    const bound = bindFigure(set, figureProps(attributes));
    return bound.hedge ? `${bound.hedge} ${bound.text}` : bound.text;
  });
}
