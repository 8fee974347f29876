/** The editors' glossary: its quotations are the article's words, verbatim (copy read 1, finding 27). */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/data/glossary';
import { normalizeText, readArticle } from '../support/article-text';

const source = readArticle();
const article = normalizeText([source.headline, ...source.paragraphs].join('\n'));

describe('the glossary', () => {
  it('quotes the article verbatim', () => {
    const quotes = GLOSSARY.flatMap((entry) => [...entry.definition.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(article, quote).toContain(normalizeText(quote));
  });

  it('defines each term in a sentence that opens with a capital and ends with a full stop', () => {
    for (const entry of GLOSSARY) expect(entry.definition, entry.term).toMatch(/^[A-Z].*\.$/);
  });
});
