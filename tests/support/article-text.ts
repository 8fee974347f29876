import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The translation of record, as shipped in the repository. */
export const ARTICLE_PATH = fileURLToPath(new URL('../../content/source/article.txt', import.meta.url));

const SECTION_HEADING = /^0[1-9] /;

export interface ArticleText {
  headline: string;
  deck: string;
  /** "01 Token is a good indicator, but not the only one", ... */
  sectionHeadings: string[];
  /** Every body paragraph in order, headings excluded. */
  paragraphs: string[];
  credit: string;
}

/**
 * Splits the source file. Its first line ("HomeArticle") is site chrome, the third is the
 * publication/date line, the last is the republication credit.
 */
export function readArticle(path = ARTICLE_PATH): ArticleText {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [, headline, , deck, ...rest] = lines;
  const credit = rest.pop();
  if (!headline || !deck || !credit) throw new Error(`${path} does not look like the article`);
  return {
    headline,
    deck,
    credit,
    sectionHeadings: rest.filter((line) => SECTION_HEADING.test(line)),
    paragraphs: rest.filter((line) => !SECTION_HEADING.test(line)),
  };
}

/** Typographic quotes, ellipses and spacing don't change the wording. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
