import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { astroBuild, removeBuild, type BuildResult } from '../support/astro-build';

const builds: BuildResult[] = [];
afterAll(() => builds.forEach(removeBuild));

/** A build against another figures file. */
async function build(figuresFile: string, name: string) {
  const result = await astroBuild(name, { FIGURES_FILE: figuresFile });
  builds.push(result);
  return result;
}

// The two builds run side by side: each has its own folder (tests/support/astro-build.ts).
// The headline of maas-share states the same claim (src/widgets/maas-share/entry.ts): whichever page the
// build renders first names its own place, the MDX file or the widget's entry.
it.concurrent(
  'fails when a sentence’s claim no longer holds, naming the MDX file, the figure, the claim and the value',
  async ({ expect }) => {
    // The MaaS market at 3 billion yuan is 2.49% of the cloud market: no longer "just over 1%".
    const { status, output } = await build('tests/fixtures/claims/maas-market-3-billion.json', 'broken');
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /ClaimError: content\/story\/00-introduction\.mdx:|RegistryError: src\/widgets\/maas-share\/entry\.ts \(entry "maas-share", field "title"\):/,
    );
    expect(output).toContain('<Figure id="maas-share-of-cloud" says="just over 1%" above={1} max={1.5} />');
    expect(output).toContain(
      'the claim "just over 1%" no longer holds: the data gives 2.49% (3 billion yuan ÷ 120.669 billion yuan × 100 ≈ 2.49%)',
    );
    expect(output).toContain('but the sentence needs more than 1% and at most 1.5%');
  },
);

it.concurrent('rewrites the text when the data changes and the claims still hold', async ({ expect }) => {
  const { status, output, outDir } = await build('tests/fixtures/claims/downloads-and-growth-revised.json', 'revised');
  expect(status, output).toBe(0);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // The story's paragraphs, without the numbers' notes: the notes quote the article as it was written
  // (issue 24), and say what the page keeps instead.
  const [story, notes] = html.split('<section id="notes"') as [string, string];
  const text = story.replace(/<span id="figure-note[^]*?<\/span><\/span>/g, '').replace(/<[^>]+>/g, '');
  expect(text).toContain('the global download volume has exceeded 900 million times.');
  expect(text).toContain('But how much of these 900 million downloads has been converted');
  expect(text).toContain('the scale of the MaaS market was 1.29 billion yuan, a year-on-year increase of 388.5%,');
  expect(text).not.toContain('exceeded 800 million');
  expect(text).not.toContain('these 800 million downloads');
  expect(text).not.toContain('increase of 421.2%');
  const notesText = notes.replace(/<[^>]+>/g, '');
  expect(notesText).toContain('“the global download volume has exceeded 800 million times”');
  expect(notesText).toContain('This page keeps over 900 million downloads.');
});
