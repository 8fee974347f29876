/**
 * The size budgets and the Lighthouse accessibility and best-practices scores, on the built files.
 * Timings (performance, LCP, TBT) vary with the machine: they live in `npm run bench`, not here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUDGETS, LIGHTHOUSE_TARGETS, SCORE_MARGIN } from '../../bench/budgets.mjs';
import { gzipSize, measureJavaScript } from '../../bench/lib/js-bytes.mjs';
import { runLighthouse } from '../../bench/lib/lighthouse-run.mjs';
import { serveStatic } from '../../bench/lib/static-server.mjs';
import { DIST, embedPages, htmlPages, pageFile, pagesUnderTest, readDist } from '../support/built-site';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const target of pagesUnderTest().filter((page) => page.kind !== 'gallery')) {
  const budget = target.kind === 'story' ? BUDGETS.storyJsGzip : BUDGETS.embedJsGzip;
  test(`${target.name}: JavaScript with every island hydrated stays within ${kb(budget)} gzip`, async ({
    page,
    baseURL,
  }) => {
    const measure = await measureJavaScript(page, `${baseURL}/${target.path}`);
    expect(measure.notHydrated, 'islands that never hydrated').toBe(0);
    const breakdown = measure.files.map((file) => `${new URL(file.url).pathname} ${kb(file.gzip)}`).join(', ');
    test.info().annotations.push({ type: 'JS gzip', description: `${kb(measure.totalGzip)}: ${breakdown}` });
    expect(
      measure.totalGzip,
      `${kb(measure.totalGzip)} (${breakdown}; inline ${kb(measure.inlineGzip)})`,
    ).toBeLessThanOrEqual(budget);
    // Every script came from this site.
    for (const file of measure.files) expect(new URL(file.url).origin).toBe(new URL(baseURL!).origin);
  });
}

test('every built page links each stylesheet once', () => {
  for (const path of htmlPages()) {
    const html = readDist(pageFile(path));
    const hrefs = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*)"/g)].map((match) => match[1]);
    const repeated = hrefs.filter((href, i) => hrefs.indexOf(href) !== i);
    expect(repeated, `/${path}`).toEqual([]);
  }
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
