import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { normalizeText, readArticle } from '../support/article-text';
import { DIST, pageFile, pagesUnderTest } from '../support/built-site';
import { occurrences } from '../support/reader-view';
import { skipReason } from '../support/system-packages';

/*
 * Readers without a graphical browser (lynx and w3m, in a terminal or behind a braille display) get the
 * markup without CSS or scripts: every per-band copy of a chart the server sends is there for them. They
 * should read the article whole and each chart's text alternative once, not once per width band (issue 26:
 * three times before). The pages are read from the build as files, as `lynx -dump` reads a saved page.
 */
const BROWSERS: Record<'lynx' | 'w3m', (file: string) => [string, string[]]> = {
  lynx: (file: string) => [
    'lynx',
    ['-dump', '-nolist', '-width=200', '-assume_charset=utf-8', '-display_charset=utf-8', file],
  ],
  w3m: (file: string) => ['w3m', ['-dump', '-cols', '200', '-I', 'UTF-8', '-O', 'UTF-8', '-T', 'text/html', file]],
};

function dump(browser: keyof typeof BROWSERS, file: string): string {
  const [command, args] = BROWSERS[browser](file);
  return normalizeText(execFileSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));
}

/** Each chart's text alternative on the page, as the markup holds it (the paragraph or the <desc>). */
function alternatives(html: string): { title: string; text: string }[] {
  const doc = new JSDOM(html).window.document;
  return [...doc.querySelectorAll('figure[data-widget]')].flatMap((figure) =>
    [...new Set([...figure.querySelectorAll('p.chart-alt, svg.chart-svg > desc')].map((el) => el.textContent ?? ''))]
      .filter(Boolean)
      .map((text) => ({ title: figure.querySelector('.widget-title')?.textContent ?? '', text: normalizeText(text) })),
  );
}

const skipped = skipReason('text');

for (const browser of Object.keys(BROWSERS) as (keyof typeof BROWSERS)[]) {
  test.describe(`${browser} reads`, () => {
    test.skip(skipped !== undefined, skipped);

    test('the story: its dek, its sections, all of the article word for word, each chart’s alternative once', () => {
      const file = join(DIST, 'index.html');
      const html = readFileSync(file, 'utf8');
      const text = dump(browser, file);
      const article = readArticle();
      // The real story, not an error page: its dek, the article's section headings, and every paragraph
      // word for word (a number's note, made by the script, is not in the HTML to break into it).
      expect(text).toContain(normalizeText(article.deck));
      const lost = article.paragraphs.map(normalizeText).filter((paragraph) => !text.includes(paragraph));
      expect(lost, 'paragraphs of article.txt not read word for word').toEqual([]);
      for (const heading of article.sectionHeadings)
        expect(text).toContain(normalizeText(heading).replace(/^0\d /, ''));
      const alts = alternatives(html);
      expect(alts.length, 'charts with a text alternative').toBeGreaterThanOrEqual(5);
      for (const alt of alts) expect(occurrences(text, alt.text), `${alt.title}: ${alt.text}`).toBe(1);
    });

    test('every embed page: its headline once and each chart’s alternative once', () => {
      const pages = pagesUnderTest().filter((page) => page.kind === 'embed');
      expect(pages.length).toBeGreaterThanOrEqual(5);
      for (const page of pages) {
        const file = join(DIST, pageFile(page.path));
        const html = readFileSync(file, 'utf8');
        const text = dump(browser, file);
        const title = normalizeText(new JSDOM(html).window.document.querySelector('.widget-title')!.textContent!);
        expect(occurrences(text, title), `${page.name}: its headline`).toBeGreaterThanOrEqual(1);
        for (const alt of alternatives(html)) expect(occurrences(text, alt.text), `${page.name}: ${alt.text}`).toBe(1);
      }
    });
  });
}
