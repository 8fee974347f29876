/**
 * The print edition (issue 25): the story printed by Chromium on A4, as a reader's "Print" makes it, read back
 * with poppler. At most 12 pages; no page but the last more than a third blank; every chart with its data
 * table; the scrollytelling's steps as plain paragraphs; no form fields, buttons or share tools; chart text
 * no larger than the body's.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageInk, readPgm } from '../support/print-ink';
import { skipReason } from '../support/system-packages';
import { WIDGETS } from '../support/widgets';

test.describe('the story in print', () => {
  // Without poppler (.ci/packages.txt's print lane) the test is skipped outside CI, and says why.
  const skipped = skipReason('print');
  test.skip(skipped !== undefined, skipped);

  test('A4: at most 12 pages, none but the last a third blank, every table, no controls, chart text at most body size', async ({
    page,
  }, testInfo) => {
    await page.goto('./');
    await expect(page.locator('h1')).toContainText('Tokens');
    await expect(page.locator('[data-widget]')).toHaveCount(WIDGETS.length);

    await test.step('on paper, no form field, button, share tool or disclosure control shows, and chart text is at most body size', async () => {
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
        const body = parseFloat(getComputedStyle(document.querySelector('.story p')!).fontSize);
        const chartText = [...document.querySelectorAll('svg.chart-svg text, svg.chart-svg tspan')]
          .filter(visible)
          .map((t) => parseFloat(getComputedStyle(t).fontSize));
        return {
          body,
          largestChartText: Math.max(...chartText),
          chartTexts: chartText.length,
          fields: [...document.querySelectorAll('input, select, textarea')].filter(visible).length,
          // A number in the prose is a button on screen and plain text on paper.
          buttons: [...document.querySelectorAll('button:not(.figure-value)')].filter(visible).length,
          summaries: [...document.querySelectorAll('summary')].filter(visible).map((s) => s.textContent?.trim()),
          share: [...document.querySelectorAll('.share, .widget-embed, .widget-tool')].filter(visible).length,
          tables: [...document.querySelectorAll('.widget-data table')].filter(visible).length,
        };
      });
      expect(shown.fields).toBe(0);
      expect(shown.buttons).toBe(0);
      expect(shown.summaries).toEqual([]);
      expect(shown.share).toBe(0);
      expect(shown.tables).toBe(WIDGETS.filter((w) => w.figures.length + w.derived.length > 0).length);
      expect(shown.chartTexts).toBeGreaterThan(60);
      expect(shown.largestChartText).toBeLessThanOrEqual(shown.body + 0.01);
    });

    const pdf = testInfo.outputPath('story.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const prefix = testInfo.outputPath('page');
    execFileSync('pdftoppm', ['-r', '40', '-gray', pdf, prefix]);
    const pages = readdirSync(testInfo.outputDir)
      .filter((file) => /^page-\d+\.pgm$/.test(file))
      .sort()
      .map((file) => pageInk(readPgm(readFileSync(join(testInfo.outputDir, file)))));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');

    await test.step('at most 12 pages, each but the last at most a third blank', async () => {
      test.info().annotations.push({
        type: 'pages',
        description: pages.map((p, i) => `${i + 1}: ${Math.round(p.blank * 100)}% blank`).join(', '),
      });
      expect(pages.length).toBeGreaterThan(4);
      expect(pages.length).toBeLessThanOrEqual(12);
      pages.slice(0, -1).forEach((p, i) => {
        expect(p.inked, `page ${i + 1} has ink`).toBe(true);
        expect(p.blank, `page ${i + 1} is ${Math.round(p.blank * 100)}% blank`).toBeLessThanOrEqual(1 / 3);
      });
    });

    await test.step('every chart prints with its data table', async () => {
      const withData = WIDGETS.filter((w) => w.figures.length + w.derived.length > 0);
      expect(withData.length).toBeGreaterThanOrEqual(5);
      for (const entry of withData) {
        expect(text, entry.id).toContain(`The figures behind “${entry.title}”`.replace(/\s+/g, ' '));
      }
      for (const row of [
        '120.669 billion yuan',
        'over 100 million users',
        'as high as 70%',
        'over 800 million downloads',
        '10,000 tokens',
      ]) {
        expect(text).toContain(row);
      }
      // The section 03 graphic has no numbers and no table, but prints.
      expect(text).toContain('What stands behind one large-model API call');
    });

    await test.step('the scrollytelling prints as plain paragraphs, then its graphic; no form fields, no tools', async () => {
      const steps = text.indexOf('directly calling APIs, with the model on the cloud');
      const payoff = text.indexOf('has never been included in the statistical caliber of any public report');
      const iceberg = text.indexOf('Token statistics see only the tip of the iceberg');
      expect(steps).toBeGreaterThan(0);
      expect(payoff).toBeGreaterThan(steps);
      expect(iceberg).toBeGreaterThan(payoff);
      expect(text).not.toMatch(/Model A, tokens per task|Copy link|Embed ▾|Data ▾/);
    });
  });
});
