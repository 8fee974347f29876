import { afterAll, it } from 'vitest';
import { astroBuild, removeBuild, type BuildResult } from '../support/astro-build';

const builds: BuildResult[] = [];
afterAll(() => builds.forEach(removeBuild));

it.concurrent('npm run build fails on a malformed data file, naming the file and the field', async ({ expect }) => {
  const result = await astroBuild('broken-data', { FIGURES_FILE: 'tests/fixtures/figures/percent-over-100.json' });
  builds.push(result);
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain('tests/fixtures/figures/percent-over-100.json');
  expect(result.output).toContain('field "value": a percent share must be between 0 and 100');
});

it.concurrent(
  'npm run build fails on a period without the article’s words for it, naming the file, the record and the field',
  async ({ expect }) => {
    const result = await astroBuild('period-without-quote', {
      FIGURES_FILE: 'tests/fixtures/figures/period-without-quote.json',
    });
    builds.push(result);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/figures/period-without-quote.json: record #1 ("api-gpu-overlap"), field "period.quote": period.quote is required',
    );
  },
);
