/**
 * A production build of this checkout with an environment of its own (a broken figures file, a revised one, a
 * bad corrections file in the build lane; the sub-path and its origin for the served build), into a folder of
 * its own.
 *
 * The folder is under `.astro/test-builds/`, inside the checkout, on purpose: Astro writes a static build's
 * server half to `<outDir>/.prerender` only when `outDir` is under the working directory, and to the one
 * shared `.astro/.prerender` otherwise, where two builds running side by side delete each other's chunks.
 *
 * Builds start their content sync one at a time (a lock across processes: the build lane's files run in
 * several): each writes the shared `.astro/content-assets.mjs` through one fixed `.tmp` name when the file is
 * missing, as in a fresh clone, and two at once failed one build with ENOENT on that name.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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

const PARENT = join(ROOT, '.astro', 'test-builds');
const SYNC_LOCK = join(PARENT, 'content-sync.lock');
/** Longer than any content sync, even on a busy machine: a lock this old was left by a run that was killed. */
const STALE_MS = 60_000;

/** Waits for the content-sync lock (a folder: mkdir either makes it or fails) and returns its release. */
async function syncLock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(SYNC_LOCK);
      let held = true;
      // Once: after that the lock may be another build's.
      return () => {
        if (held) rmSync(SYNC_LOCK, { recursive: true, force: true });
        held = false;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(SYNC_LOCK).mtimeMs > STALE_MS) rmSync(SYNC_LOCK, { recursive: true, force: true });
    } catch {
      // Released meanwhile.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `astro build` with `env` added; `name` names its folder. Resolves when the build has ended, either way. */
export async function astroBuild(name: string, env: Record<string, string>): Promise<BuildResult> {
  mkdirSync(PARENT, { recursive: true });
  const work = mkdtempSync(join(PARENT, `${name}-`));
  const release = await syncLock();
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: buildEnv(env, work),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk;
    // Its content is synced (or the build failed while syncing): the next build may start its own.
    if (output.includes('Synced content')) release();
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  release();
  return { status, output, outDir: join(work, 'dist') };
}

/** Removes what `astroBuild` made for a result (its output and cache). */
export function removeBuild(result: BuildResult) {
  rmSync(join(result.outDir, '..'), { recursive: true, force: true });
}
