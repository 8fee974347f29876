import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { normalizeText, readArticle } from './article-text';

/**
 * Firefox's Reader View, as the browser runs it: Mozilla's Readability on a copy of the live document
 * (here the page's HTML once every island has hydrated), without its CSS. What it keeps is what a reader
 * in Reader View, and the read-later and e-reader tools built on it, gets of the page.
 */
export interface ReaderView {
  title: string;
  /** Every paragraph it kept, in order, as normalised text. */
  paragraphs: string[];
  /** Everything it kept, as normalised text. */
  text: string;
  /** Its headings (h2, h3), as normalised text. */
  headings: string[];
}

export function readerView(html: string, url: string): ReaderView {
  const article = new Readability(new JSDOM(html, { url }).window.document).parse();
  if (!article?.content) throw new Error(`Readability found no article at ${url}`);
  const doc = new JSDOM(article.content).window.document;
  const text = (el: Element) => normalizeText(el.textContent ?? '');
  return {
    title: article.title ?? '',
    paragraphs: [...doc.querySelectorAll('p')].map(text),
    text: text(doc.body),
    headings: [...doc.querySelectorAll('h2, h3')].map(text),
  };
}

/** How many times `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** The article's paragraphs that the reader view does not keep word for word, each as a paragraph. */
export function paragraphsLost(view: ReaderView): string[] {
  const kept = new Set(view.paragraphs);
  return readArticle()
    .paragraphs.map(normalizeText)
    .filter((paragraph) => !kept.has(paragraph));
}
