import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('a build with a malformed corrections file', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'corrections-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('fails, naming the file, the entry and the field', () => {
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CORRECTIONS_FILE: 'tests/fixtures/corrections/impossible-date.json',
        OUT_DIR: join(outDir, 'dist'),
        ASTRO_CACHE_DIR: join(outDir, 'cache'),
      },
      timeout: 280_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/corrections/impossible-date.json: entry #1, field "date": date must be a real calendar day',
    );
  });
});
