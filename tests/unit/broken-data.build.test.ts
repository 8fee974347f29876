import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'broken-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('npm run build fails on a malformed data file, naming the file and the field', () => {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      FIGURES_FILE: 'tests/fixtures/figures/percent-over-100.json',
      OUT_DIR: join(outDir, 'dist'),
      ASTRO_CACHE_DIR: join(outDir, 'cache'),
    },
    timeout: 280_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('tests/fixtures/figures/percent-over-100.json');
  expect(output).toContain('field "value": a percent share must be between 0 and 100');
});
