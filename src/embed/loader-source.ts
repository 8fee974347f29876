import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * /embed.js as served: loader.ts bundled with the protocol constants it uses, minified, as one classic
 * script (it reads document.currentScript, which a module script does not have). Read from the project's
 * source at build time, like the image pipeline's view sources.
 */
export async function loaderSource(root = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/embed/loader.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('src/embed/loader.ts: esbuild wrote no output');
  return file.text;
}
