/**
 * The sub-path build, made once per run: the "served-build" set-up project (tests/e2e/served-build.setup.ts)
 * builds the site for /news/tokens/ with the documented commands (BASE_PATH, SITE_URL), serves it with one
 * Debian nginx running deploy/nginx.conf's server block (only its EDIT lines adapted) and leaves what it
 * made in SERVED_BUILD_FILE; tests/e2e/nginx-subpath.spec.ts and the WordPress lane use that build and that
 * nginx, and tests/e2e/served-build.teardown.ts stops it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTED_BASE, freePort, stopNginxPid } from './nginx';

/** The sub-path deploy/nginx.conf is written for, and the build is made for. */
export const SUBPATH_BASE = DOCUMENTED_BASE;

const PREVIEW_PORT = Number(process.env['PREVIEW_PORT'] ?? 4321);

export const SERVED_BUILD_FILE = join(process.env['TMPDIR'] ?? '/tmp', `tokens-served-build-${PREVIEW_PORT}.json`);

export interface ServedBuild {
  /** The temp dir holding the build (<prefix>/www/news/tokens/) and nginx's config, logs and pid. */
  prefix: string;
  outDir: string;
  /** The origin the build was made for (SITE_URL) and nginx serves: its absolute URLs point here. */
  origin: string;
  port: number;
  /** nginx's pid once it answers, null before. */
  pid: number | null;
}

/**
 * The served origin's port: WP_WIDGET_PORT when set (the widgets' origin WordPress embeds), else the first
 * free one of WP_PORT + 1 to + 4, so two checkouts with their own ports run side by side. (PREVIEW_PORT + 10,
 * as it was, is the next checkout's PREVIEW_PORT where ports are handed out 10 apart: its nginx took another
 * engineer's preview port.)
 */
export async function servedPort(): Promise<number> {
  const fixed = process.env['WP_WIDGET_PORT'];
  const wpPort = Number(process.env['WP_PORT'] ?? 4612);
  const candidates = fixed ? [Number(fixed)] : [1, 2, 3, 4].map((offset) => wpPort + offset);
  return freePort(candidates);
}

export function saveServedBuild(state: ServedBuild) {
  writeFileSync(SERVED_BUILD_FILE, JSON.stringify(state, null, 2));
}

/** What the served-build set-up left; throws, saying so, when it did not run or did not finish. */
export function readServedBuild(): ServedBuild & { pid: number } {
  if (!existsSync(SERVED_BUILD_FILE)) {
    throw new Error(`${SERVED_BUILD_FILE} is missing: the served-build-setup project did not run`);
  }
  const state = JSON.parse(readFileSync(SERVED_BUILD_FILE, 'utf8')) as ServedBuild;
  if (state.pid === null) throw new Error(`the served-build-setup project did not start nginx (${SERVED_BUILD_FILE})`);
  return state as ServedBuild & { pid: number };
}

/** Stops the served build's nginx and removes its files (teardown; also a set-up's leftover of a failed try). */
export async function removeServedBuild() {
  if (!existsSync(SERVED_BUILD_FILE)) return;
  const state = JSON.parse(readFileSync(SERVED_BUILD_FILE, 'utf8')) as ServedBuild;
  if (state.pid !== null) await stopNginxPid(state.pid);
  rmSync(state.prefix, { recursive: true, force: true });
  rmSync(SERVED_BUILD_FILE, { force: true });
}
