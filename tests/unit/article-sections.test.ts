import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { normalizeText, readArticle } from '../support/article-text';
import { expandFigures } from '../support/mdx-figures';

const STORY_DIR = 'content/story';

/** MDX prose with imports, components and frontmatter stripped, as plain text. */
function proseOf(file: string) {
  const source = readFileSync(join(STORY_DIR, file), 'utf8');
  const [, frontmatter = '', body = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { frontmatter, body };
}

describe('the story sections in content/story', () => {
  const files = readdirSync(STORY_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const article = readArticle();

  it('are the introduction and the three numbered sections, in order', () => {
    const titles = files.map((file) => {
      const { frontmatter } = proseOf(file);
      const number = frontmatter.match(/^number: "?(\w+)"?$/m)?.[1];
      const title = frontmatter.match(/^title: "(.*)"$/m)?.[1];
      return number === 'null' ? title : `${number} ${title}`;
    });
    expect(titles).toEqual(['Introduction', ...article.sectionHeadings]);
  });

  it('hold every paragraph of the article in order, with the numbers bound to the data', async () => {
    const figures = toFigureSet(await readFigures(resolve('content/figures.json')));
    const allProse = expandFigures(files.map((file) => proseOf(file).body).join('\n'), figures);
    let cursor = 0;
    for (const paragraph of article.paragraphs) {
      // A paragraph may have <Figure .../> components in place of its numbers: compare its words around them.
      const pieces = normalizeText(paragraph).split(/\s+/).slice(0, 8).join(' ');
      const at = normalizeText(allProse).indexOf(pieces, cursor);
      expect(at, `paragraph starting "${pieces}" missing or out of order`).toBeGreaterThanOrEqual(cursor);
      cursor = at;
    }
  });
});
