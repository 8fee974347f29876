/**
 * Where each bound number and each chart first stands in the story, read from the MDX sources at build
 * time: the notes link back to those places, and the first <Figure /> of each figure carries the id they
 * link to. Read from the files rather than collected while rendering, so the answer does not depend on
 * the order Astro renders components in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProseFigureProps } from './prose-figure';

const STORY_DIR = 'content/story';

export interface Occurrence {
  /** "content/story/00-introduction.mdx:21", as integrations/mdx-figure-plugin.ts writes it into `file`. */
  file: string;
  props: ProseFigureProps;
}

export interface StoryOccurrences {
  /** Every <Figure /> in reading order. */
  figures: Occurrence[];
  /** The ids of every <Widget /> in reading order. */
  widgets: string[];
}

/** `key="text"`, `key={12}`, `key={false}`: the only attribute forms the story's <Figure /> uses. */
function readProps(attributes: string, where: string): ProseFigureProps {
  const props: Record<string, string | number | boolean> = {};
  for (const [, key, quoted, expression] of attributes.matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
    if (!key) continue;
    if (quoted !== undefined) props[key] = quoted;
    else if (expression === 'true' || expression === 'false') props[key] = expression === 'true';
    else if (expression !== undefined && Number.isFinite(Number(expression))) props[key] = Number(expression);
    else throw new Error(`${where}: cannot read ${key}={${expression}} in a <Figure />`);
  }
  if (typeof props['id'] !== 'string') throw new Error(`${where}: a <Figure /> without an id`);
  return props as unknown as ProseFigureProps;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Scans MDX sources given as [path, text], ordered by their frontmatter `order`. */
export function scanStory(files: readonly (readonly [string, string])[]): StoryOccurrences {
  const order = (text: string) => Number(/^order:\s*(\d+)/m.exec(text)?.[1] ?? Infinity);
  const sorted = [...files].sort((a, b) => order(a[1]) - order(b[1]));
  const figures: Occurrence[] = [];
  const widgets: string[] = [];
  for (const [path, text] of sorted) {
    for (const match of text.matchAll(/<Figure\s([^>]*?)\/>/g)) {
      const file = `${path}:${lineAt(text, match.index)}`;
      figures.push({ file, props: { ...readProps(match[1] ?? '', file), file } });
    }
    for (const match of text.matchAll(/<Widget\s[^>]*?\bid="([^"]+)"/g)) if (match[1]) widgets.push(match[1]);
  }
  return { figures, widgets };
}

/** The story as built from content/story/*.mdx (read afresh each time, so the dev server follows edits). */
export function storyOccurrences(): StoryOccurrences {
  return scanStory(
    readdirSync(join(process.cwd(), STORY_DIR))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => [`${STORY_DIR}/${name}`, readFileSync(join(process.cwd(), STORY_DIR, name), 'utf8')] as const),
  );
}

/** The id the first <Figure /> of a figure carries, for the notes to link back to. */
export const firstUseAnchor = (figureId: string) => `first-${figureId}`;
