import { afterAll, expect, it } from 'vitest';
import { astroBuild, removeBuild, type BuildResult } from '../support/astro-build';

const builds: BuildResult[] = [];
afterAll(() => builds.forEach(removeBuild));

it('npm run build fails on a malformed data file, naming the file and the field', async () => {
  const result = await astroBuild('broken-data', { FIGURES_FILE: 'tests/fixtures/figures/percent-over-100.json' });
  builds.push(result);
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain('tests/fixtures/figures/percent-over-100.json');
  expect(result.output).toContain('field "value": a percent share must be between 0 and 100');
});
