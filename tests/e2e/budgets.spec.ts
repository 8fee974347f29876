/**
 * The size budgets and the Lighthouse accessibility and best-practices scores, on the built files.
 * Timings (performance, LCP, TBT) vary with the machine: they live in `npm run bench`, not here. The
 * JavaScript budget of each page, measured with every island hydrated, is a step of its walk in
 * page-health.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUDGETS, LIGHTHOUSE_TARGETS, SCORE_MARGIN } from '../../bench/budgets';
import { gzipSize } from '../../bench/lib/js-bytes';
import { runLighthouse } from '../../bench/lib/lighthouse-run';
import { serveStatic } from '../../bench/lib/static-server';
import { FIRST_SCREEN_VIEWPORTS, firstScreen } from '../../bench/lib/first-screen';
import { fontPreloads, gzipBody, renderBlockingStylesheets } from '../../bench/lib/html-bytes';
import { kb } from '../../bench/lib/report';
import { DIST, embedPages, htmlPages, pageFile, readDist } from '../support/built-site';

/** A stylesheet's top-level statements: each rule, and each at-rule block whole. */
function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}

test('every built page carries each stylesheet once, linked or inline', () => {
  let blocks = 0;
  for (const path of htmlPages()) {
    const html = readDist(pageFile(path));
    const hrefs = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*)"/g)].map((match) => match[1]);
    expect(
      hrefs.filter((href, i) => hrefs.indexOf(href) !== i),
      `/${path}: links`,
    ).toEqual([]);
    // Inlined CSS: the same top-level rule (or whole @media block) twice would be one component's stylesheet
    // brought in twice, as when each section of the story was a rendered collection entry with its own links.
    const rules = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].flatMap((match) => topLevelRules(match[1]!));
    blocks += rules.length;
    expect(
      rules.filter((rule, i) => rule.length > 40 && rules.indexOf(rule) !== i),
      `/${path}: inline rules`,
    ).toEqual([]);
  }
  expect(blocks, 'the pages carry their CSS inline').toBeGreaterThan(100);
});

for (const viewport of FIRST_SCREEN_VIEWPORTS) {
  test(`story at ${viewport.width}×${viewport.height}: the first screen and its CSS arrive in the first ${kb(BUDGETS.firstScreenGzip)} of gzip`, async ({
    browser,
    baseURL,
  }) => {
    const html = readDist('index.html');
    const screen = await firstScreen(browser, `${baseURL}/`, html, viewport);
    test.info().annotations.push({
      type: 'first screen',
      description: `ends at ${screen.gzipEnd} B of ${screen.gzipBytes} B gzip (${screen.last?.label}); CSS ends at ${screen.css.gzipEnd} B`,
    });
    // What the check stands on: the headline and the first paragraph are among the elements it located.
    expect(
      screen.elements.some((element) => element.label.startsWith('h1')),
      'the headline paints',
    ).toBe(true);
    expect(screen.masthead, 'header.masthead').not.toBeNull();
    expect(screen.firstParagraph, 'a paragraph of the story paints in the first screen').not.toBeNull();
    expect(screen.css.external, 'stylesheet files the first screen waits for').toEqual([]);
    expect(screen.css.inlineBlocks, 'the CSS is in the page, before the first screen').toBeGreaterThan(0);
    expect(screen.firstParagraph!.gzipEnd).toBeLessThanOrEqual(BUDGETS.firstScreenGzip);
    expect(screen.css.gzipEnd).toBeLessThanOrEqual(BUDGETS.firstScreenGzip);
    expect(screen.gzipEnd, `last first-screen element: ${screen.last?.label}`).toBeLessThanOrEqual(
      BUDGETS.firstScreenGzip,
    );
  });
}

test(`no page has more than ${BUDGETS.renderBlockingStylesheets} render-blocking stylesheet`, () => {
  for (const path of htmlPages()) {
    const blocking = renderBlockingStylesheets(readDist(pageFile(path)));
    expect(blocking.length, `/${path}: ${blocking.join(', ')}`).toBeLessThanOrEqual(BUDGETS.renderBlockingStylesheets);
  }
});

test(`the story's HTML stays within ${kb(BUDGETS.storyHtmlGzip)} gzip and each embed page's within ${kb(BUDGETS.embedHtmlGzip)}`, () => {
  const story = gzipBody(readDist('index.html')).length;
  test.info().annotations.push({ type: 'story HTML gzip', description: `${story} bytes` });
  expect(story).toBeLessThanOrEqual(BUDGETS.storyHtmlGzip);
  for (const page of embedPages()) {
    const size = gzipBody(readDist(pageFile(page.path))).length;
    test.info().annotations.push({ type: `${page.path} HTML gzip`, description: `${size} bytes` });
    expect(size, page.path).toBeLessThanOrEqual(BUDGETS.embedHtmlGzip);
  }
});

/** Font files a page fetches once everything in it has rendered, with its own font preloads taken out. */
// That no page fetches a web font while it is read, light and dark, is a step of each page's walk
// (page-health.spec.ts); here the HTML itself.
test('no page preloads a web font: none can delay the first paint', () => {
  const pages = htmlPages();
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) expect(fontPreloads(readDist(pageFile(path))), `/${path} preloads`).toEqual([]);
});

test(`the embed loader stays within ${kb(BUDGETS.loaderGzip)} gzip`, () => {
  const loader = `${DIST}embed.js`;
  test.skip(!existsSync(loader) && embedPages().length === 0, 'no embed pages built yet');
  expect(existsSync(loader), 'dist/embed.js exists once there are embed pages').toBe(true);
  const size = gzipSize(readFileSync(loader));
  test.info().annotations.push({ type: 'loader gzip', description: `${size} bytes` });
  expect(size).toBeLessThanOrEqual(BUDGETS.loaderGzip);
});

test.describe('Lighthouse accessibility and best practices', () => {
  test('story and one embed page score at target, within a small margin', async () => {
    test.setTimeout(180_000);
    // Lighthouse drives its own Chromium against the built files, served with public/_headers applied.
    const server = await serveStatic({ root: DIST });
    try {
      const pages = [
        { path: '', kind: 'story' as const },
        ...embedPages()
          .slice(0, 1)
          .map((p) => ({ path: p.path, kind: 'embed' as const })),
      ];
      const results = await runLighthouse(
        pages.map((page) => server.url + page.path),
        { categories: ['accessibility', 'best-practices'] },
      );
      for (const [i, result] of results.entries()) {
        const targets = LIGHTHOUSE_TARGETS[pages[i]!.kind];
        expect(result.runtimeError, result.url).toBeNull();
        for (const category of ['accessibility', 'best-practices'] as const) {
          const scoreValue = result.scores[category] ?? 0;
          const failing = result.failing.filter((audit) => audit.category === category).map((audit) => audit.title);
          test
            .info()
            .annotations.push({ type: `${pages[i]!.path || 'story'} ${category}`, description: String(scoreValue) });
          expect(scoreValue, `${result.url} ${category}; failing: ${failing.join('; ')}`).toBeGreaterThanOrEqual(
            targets[category] - SCORE_MARGIN,
          );
        }
      }
    } finally {
      await server.close();
    }
  });
});
