/**
 * `npm test`: the steps named on its command line in package.json, each as `npm run <step>`, stopping at the
 * first that fails, then a summary: the time of each step, and last, one line per lane that was skipped and
 * why (tests/support/system-packages.ts), so a new machine says what it lacks instead of failing on it.
 *
 * First the Debian packages the browser lanes need (.ci/packages.txt):
 * - in CI (`CI` set) a missing one fails the run at once: `.ci/run` installs them before, and a CI run must
 *   run every lane;
 * - as root on Debian they are installed with `bash .ci/install-packages`, the script `.ci/run` uses
 *   (`INSTALL_PACKAGES=0` skips those lanes instead);
 * - otherwise the lanes that need them are skipped, each with its line at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  isRoot,
  missingPackages,
  notInstalled,
  PACKAGES_FILE,
  recordSkip,
  SKIPS_FILE_ENV,
} from './support/system-packages.ts';

const steps = process.argv.slice(2);
const CI = Boolean(process.env['CI']);
const started = Date.now();

const seconds = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`);

/** Each step as it ends, with its time, for the summary. */
const done: string[] = [];

// ---------------------------------------------------------------------------------------------
// The system packages.

let missing = missingPackages('chromium', 'nginx', 'wordpress', 'firefox', 'webkit');
if (missing.length && CI) {
  console.error(
    `npm test (CI): ${notInstalled(missing)}. In CI every lane runs: \`bash .ci/install-packages\` installs them (.ci/run does).`,
  );
  process.exit(1);
}
if (missing.length && isRoot() && existsSync('/usr/bin/apt-get') && process.env['INSTALL_PACKAGES'] !== '0') {
  console.log(
    `npm test: installing what the browser lanes need from Debian, as root (INSTALL_PACKAGES=0 skips those lanes instead).`,
  );
  const t = Date.now();
  const install = spawnSync('bash', ['.ci/install-packages'], { stdio: 'inherit' });
  done.push(`install-packages ${seconds(Date.now() - t)}`);
  if (install.status !== 0)
    console.log(
      `npm test: apt-get failed (exit ${install.status ?? install.signal}); the lanes that need them are skipped.`,
    );
  missing = missingPackages('chromium', 'nginx', 'wordpress', 'firefox', 'webkit');
}
if (missing.length) {
  console.log(
    `npm test: not installed: ${missing.join(' ')}; the lanes that need them are skipped and listed at the end (${PACKAGES_FILE}).`,
  );
}

// Where the lanes write the lines of what they skipped (tests/support/system-packages.ts).
const skipsDir = mkdtempSync(join(tmpdir(), 'tokens-test-'));
const skipsFile = join(skipsDir, 'skipped.txt');
process.env[SKIPS_FILE_ENV] = skipsFile;

/**
 * Without Debian's Chromium (and its font) or Playwright's own (`npx playwright install chromium`, on a
 * laptop) no browser test runs: the line names every package test:e2e needs, its servers' too.
 */
function chromiumSkip(): string | undefined {
  if (!missingPackages('chromium').length || existsSync(chromium.executablePath())) return undefined;
  const all = missingPackages('chromium', 'nginx', 'wordpress');
  return `Playwright browser tests (test:e2e) skipped: ${notInstalled(all, 'elsewhere: npx playwright install chromium')}`;
}

// ---------------------------------------------------------------------------------------------
// The steps.

let child: ChildProcess | undefined;
let signalled: NodeJS.Signals | undefined;

function summary(outcome: string): never {
  const skipped = existsSync(skipsFile)
    ? [...new Set(readFileSync(skipsFile, 'utf8').split('\n').filter(Boolean))]
    : [];
  rmSync(skipsDir, { recursive: true, force: true });
  console.log(`\nnpm test: ${outcome} in ${seconds(Date.now() - started)} (${done.join(', ') || 'no step run'})`);
  if (skipped.length) console.log(`npm test skipped ${skipped.length === 1 ? 'a lane' : `${skipped.length} lanes`}:`);
  for (const line of skipped) console.log(`  ${line}`);
  process.exitCode = outcome === 'passed' ? 0 : 1;
  process.exit();
}

/** Signals the step's process group (it leads one: a shell between npm and a tool passes no signal on). */
function signalStep(signal: NodeJS.Signals) {
  try {
    if (child?.pid) process.kill(-child.pid, signal);
  } catch {
    // Nothing left in the group.
  }
}

// A signal (Ctrl-C, a closed terminal, a CI timeout) goes to the step's group once: each step then stops its
// own servers and browsers (a second SIGINT would make Playwright quit without its teardown), and the summary
// says where the run stopped. npm may pass on the same signal this process got from the terminal: once is enough.
const forwarded = new Set<NodeJS.Signals>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    signalled = signal;
    if (!child) summary(`stopped by ${signal}`);
    if (!forwarded.has(signal)) signalStep(signal);
    forwarded.add(signal);
  });
}

for (const [i, step] of steps.entries()) {
  if (step === 'test:e2e') {
    const skip = chromiumSkip();
    if (skip) {
      recordSkip(skip);
      done.push(`${step} skipped`);
      continue;
    }
  }
  const t = Date.now();
  const code = await new Promise<number | string>((resolve) => {
    child = spawn('npm', ['run', step], { stdio: 'inherit', detached: true });
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (status, signal) => resolve(status ?? signal ?? 1));
  });
  // Whatever the step left behind in its group.
  signalStep('SIGTERM');
  child = undefined;
  done.push(`${step} ${seconds(Date.now() - t)}`);
  if (signalled) summary(`stopped by ${signalled} during ${step}`);
  if (code !== 0) {
    const rest = steps.slice(i + 1);
    summary(`FAILED at ${step} (${code})${rest.length ? `, not run: ${rest.join(', ')},` : ''}`);
  }
}
summary('passed');
