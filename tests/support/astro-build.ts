/**
 * A production build of this checkout with an environment of its own (a broken figures file, a revised one, a
 * bad corrections file in the build lane; the sub-path and its origin for the served build), into a folder of
 * its own.
 *
 * The folder is under `.astro/test-builds/`, inside the checkout, on purpose: Astro writes a static build's
 * server half to `<outDir>/.prerender` only when `outDir` is under the working directory, and to the one
 * shared `.astro/.prerender` otherwise, where two builds running side by side delete each other's chunks.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as a person running the build reads them. */
  output: string;
  outDir: string;
}

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, PROD, …) into process.env, and Astro would read them back
 * as import.meta.env, so they are left out of the build's environment.
 */
function buildEnv(extra: Record<string, string>, work: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, ...extra, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') };
}

/** Runs `astro build` with `env` added; `name` names its folder. Resolves when the build has ended, either way. */
export async function astroBuild(name: string, env: Record<string, string>): Promise<BuildResult> {
  const parent = join(ROOT, '.astro', 'test-builds');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, `${name}-`));
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: buildEnv(env, work),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, output, outDir: join(work, 'dist') };
}

/** Removes what `astroBuild` made for a result (its output and cache). */
export function removeBuild(result: BuildResult) {
  rmSync(join(result.outDir, '..'), { recursive: true, force: true });
}
