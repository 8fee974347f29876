import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, removeBuild, type BuildResult } from '../support/astro-build';

describe('a build with a malformed corrections file', () => {
  const builds: BuildResult[] = [];
  afterAll(() => builds.forEach(removeBuild));

  it('fails, naming the file, the entry and the field', async () => {
    const result = await astroBuild('corrections', {
      CORRECTIONS_FILE: 'tests/fixtures/corrections/impossible-date.json',
    });
    builds.push(result);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/corrections/impossible-date.json: entry #1, field "date": date must be a real calendar day',
    );
  });
});
