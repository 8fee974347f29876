/**
 * What the test lanes need from Debian, read from .ci/packages.txt (the list `bash .ci/install-packages`
 * installs from), and what a lane whose packages are missing says when it is skipped.
 *
 * Outside CI a machine without a lane's packages skips that lane, with one line naming the packages and the
 * command that installs them; `npm test` (tests/run.ts) prints every such line last. In CI nothing is
 * skipped: a missing package fails (`.ci/run` installs them first).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Lane = 'chromium' | 'nginx' | 'wordpress' | 'firefox' | 'webkit' | 'print' | 'text';

interface Need {
  lane: Lane;
  pkg: string;
  /** A path, or a command looked up on PATH. */
  probe: string;
}

export const PACKAGES_FILE = '.ci/packages.txt';
const LIST = new URL(`../../${PACKAGES_FILE}`, import.meta.url);
const LANES: readonly string[] = ['chromium', 'nginx', 'wordpress', 'firefox', 'webkit', 'print', 'text'];

function needs(): Need[] {
  return readFileSync(LIST, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, i) => {
      const [lane, pkg, probe, extra] = line.split(/\s+/);
      if (!lane || !LANES.includes(lane) || !pkg || !probe || extra !== undefined)
        throw new Error(`${PACKAGES_FILE}: entry ${i + 1} ("${line}"): expected "<lane> <package> <path or command>"`);
      return { lane: lane as Lane, pkg, probe };
    });
}

/** Whether `probe` is there: a file, or a command on PATH. */
export function present(probe: string): boolean {
  if (probe.startsWith('/')) return existsSync(probe);
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, probe)));
}

/** The Debian packages of `lanes` this machine lacks (empty when the lanes can run). */
export function missingPackages(...lanes: Lane[]): string[] {
  const missing = needs().filter((need) => lanes.includes(need.lane) && !present(need.probe));
  return [...new Set(missing.map((need) => need.pkg))];
}

export const isRoot = () => process.getuid?.() === 0;

/** The command that installs `packages` on Debian. */
export function installCommand(packages: string[]): string {
  return `${isRoot() ? '' : 'sudo '}apt-get install --no-install-recommends ${packages.join(' ')}`;
}

/** "not installed: a b (Debian: apt-get install ...)", for a lane's skip line. */
export function notInstalled(packages: string[], elsewhere?: string): string {
  return `not installed: ${packages.join(' ')} (Debian: ${installCommand(packages)}${elsewhere ? `; ${elsewhere}` : ''})`;
}

/**
 * Why this machine skips a lane that needs `lanes`' packages, or undefined when it runs it. In CI always
 * undefined: the lane then fails on what is missing.
 */
export function skipReason(...lanes: Lane[]): string | undefined {
  if (process.env['CI']) return undefined;
  const missing = missingPackages(...lanes);
  return missing.length ? notInstalled(missing) : undefined;
}

/**
 * Where a test run collects the lines of the lanes it skipped, for `npm test`'s last lines (tests/run.ts sets
 * it for the steps it runs; unset, nothing is recorded).
 */
export const SKIPS_FILE_ENV = 'TEST_SKIPS_FILE';

/** Adds a skipped lane's line to the run's list: one short append, so lines from several processes stay whole. */
export function recordSkip(line: string): void {
  const file = process.env[SKIPS_FILE_ENV];
  if (file) appendFileSync(file, `${line.replaceAll('\n', ' ')}\n`);
}
