import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Compiles MDX as Astro does (Sätteri, with the plugin), keeping the JSX so the props can be read.
 * In a child Node process: the test runner resolves packages with the "browser" condition the Svelte
 * test setup adds, which would load Sätteri's WebAssembly build, and that is not installed.
 */
function compile(source: string, file = 'content/story/99-test.mdx'): string {
  const script = `
    import { mdxToJs } from 'satteri';
    import { pathToFileURL } from 'node:url';
    import { resolve } from 'node:path';
    import { mdxFigurePlugin } from './integrations/mdx-figure-plugin.ts';
    const [source, file] = JSON.parse(process.argv[1]);
    const options = { mdastPlugins: [mdxFigurePlugin], fileURL: pathToFileURL(resolve(file)), jsx: true };
    process.stdout.write(mdxToJs(source, options).code);
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify([source, file])], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe('the MDX plugin for <Figure />', () => {
  it('tells each <Figure /> its file and line', () => {
    const code = compile('Intro.\n\nThe market is <Figure id="a" /> large\nand <Figure id="b" unit={false} /> more\n');
    expect(code).toContain('<Figure id="a" file="content/story/99-test.mdx:3" />');
    expect(code).toContain('<Figure id="b" unit={false} file="content/story/99-test.mdx:4" />');
  });

  it('moves the punctuation right after a number into it, so no line breaks between them', () => {
    const code = compile('It is <Figure id="a" />, and <Figure id="b" />. Then <Figure id="c" />.\n');
    expect(code).toContain('<Figure id="a" file="content/story/99-test.mdx:1" after="," />{" and "}');
    expect(code).toContain('<Figure id="b" file="content/story/99-test.mdx:1" after="." />{" Then "}');
    expect(code).toMatch(/<Figure id="c" file="[^"]+" after="\." \/><\//);
  });

  it('leaves words after a number, other elements and a file given by hand alone', () => {
    const code = compile('Of <Figure id="a" file="here.mdx" /> of <Widget id="w" />, done.\n');
    expect(code).toContain('<Figure id="a" file="here.mdx" />{" of "}');
    expect(code).toContain('<Widget id="w" />{", done."}');
  });
});
