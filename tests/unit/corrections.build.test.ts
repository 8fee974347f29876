import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, removeBuild, type BuildResult } from '../support/astro-build';
import { decodePng } from '../support/png';

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

describe('a build with a correction to a figure (tests/fixtures/corrections/maas-market-corrected.json)', () => {
  const builds: BuildResult[] = [];
  afterAll(() => builds.forEach(removeBuild));
  const LINE = 'Corrected 9 December 2026: A test correction to the MaaS market figure, for the build lane.';

  it('shows its dated line on every embed page, image, card, oEmbed title and widgets.json entry that uses it', async () => {
    const result = await astroBuild('corrections-figures', {
      CORRECTIONS_FILE: 'tests/fixtures/corrections/maas-market-corrected.json',
    });
    builds.push(result);
    expect(result.status, result.output).toBe(0);
    const read = (file: string) => readFileSync(join(result.outDir, file), 'utf8');
    const listing = JSON.parse(read('embed/widgets.json')) as {
      widgets: { id: string; title: string; corrections: { line: string }[] }[];
      retired: { id: string; title: string; corrections: { line: string }[] }[];
    };
    // maas-share draws the MaaS market; market-growth (retired) shows the MaaS share computed from it.
    for (const id of ['maas-share', 'market-growth']) {
      const listed = [...listing.widgets, ...listing.retired].find((w) => w.id === id)!;
      expect(
        listed.corrections.map((c) => c.line),
        id,
      ).toEqual([LINE]);
      expect(read(`embed/${id}/index.html`), `${id}: embed page`).toContain(LINE);
      expect(read(`embed/${id}/image.svg`), `${id}: image`).toContain(LINE.replace(/:.*/, ':'));
      const oembed = JSON.parse(read(`embed/${id}/oembed.json`)) as { title: string };
      expect(oembed.title, `${id}: oEmbed title`).toBe(`${listed.title} (corrected 9 December 2026)`);
      expect(decodePng(readFileSync(join(result.outDir, `embed/${id}/card.png`)))).toEqual({
        width: 1200,
        height: 630,
      });
      expect(decodePng(readFileSync(join(result.outDir, `embed/${id}/image.png`))).width).toBe(1200);
    }
    // A graphic drawn from other figures says nothing.
    const motorola = listing.widgets.find((w) => w.id === 'motorola-forecast')!;
    expect(motorola.corrections).toEqual([]);
    expect(read('embed/motorola-forecast/index.html')).not.toContain('Corrected 9 December 2026');
    expect(JSON.parse(read('embed/motorola-forecast/oembed.json')).title).toBe(motorola.title);
    // And the story's own note lists it, as before.
    expect(read('index.html')).toContain('A test correction to the MaaS market figure');
  });
});
