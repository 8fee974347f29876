import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

// PREVIEW_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.PREVIEW_PORT ?? 4321);

/**
 * Chromium's own tests at once: two at least (on a 2-core machine '50%' meant one, and the browser tests took
 * twice as long). Two lanes mostly wait instead, the WordPress lane on Apache and PHP and the classic-scrollbars
 * walk on the embed page's grace periods: each takes at most one worker (see `projects`), and the run one worker
 * more than chromium's, so while both lanes run chromium has one worker and then its two.
 */
const CHROMIUM_WORKERS = process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: CHROMIUM_WORKERS + 1,
  retries: process.env.CI ? 1 : 0,
  // The skip reporter last: why tests were skipped (a lane's missing packages), as the run's last lines.
  reporter: [
    ['list'],
    ...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
    ['./tests/support/skip-reporter.ts'],
  ],
  // Generous: some tests scroll the whole story until every island has hydrated, slow on a busy 2-core machine.
  timeout: 120_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    // Tracing every test costs about a third of the suite's time; CI records the retry of a failure only.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  // Playwright runs projects in phases: a project starts once every project it depends on has ended, and a phase
  // ends when its last test does. So the servers come first and everything else shares the last phase: the
  // served build (phase 1); WordPress on it, beside the sub-path tests (phase 2); then the WordPress lane, the
  // classic-scrollbars walk and chromium's tests together (phase 3), taking the next test in this order, each
  // project up to its `workers`. With chromium in phase 1 the WordPress lane ran alone at the end, and with no
  // limits both workers took the WordPress lane first and the scrollbar walks last: the machine sat half idle
  // for 40 to 80 s of a 5-minute run. To run chromium files without building and starting the servers, add
  // --no-deps.
  projects: [
    // The site built once under the sub-path /news/tokens/ and served by one nginx with deploy/nginx.conf
    // (tests/e2e/served-build.setup.ts), for the sub-path tests and the WordPress lane; neither needs the
    // preview server's port nor its headers.
    { name: 'served-build-setup', testMatch: /served-build\.setup\.ts/, teardown: 'served-build-teardown' },
    { name: 'served-build-teardown', testMatch: /served-build\.teardown\.ts/ },
    {
      name: 'nginx-subpath',
      testMatch: /nginx-subpath\.spec\.ts/,
      dependencies: ['served-build-setup'],
    },
    // The WordPress lane (tests/e2e/wordpress.spec.ts): a real WordPress, MariaDB and Apache, started by the
    // set-up project and stopped by the teardown, embedding the widgets of the served build.
    {
      name: 'wordpress-setup',
      testMatch: /wordpress\.setup\.ts/,
      dependencies: ['served-build-setup'],
      teardown: 'wordpress-teardown',
    },
    { name: 'wordpress-teardown', testMatch: /wordpress\.teardown\.ts/ },
    {
      name: 'wordpress',
      testMatch: /wordpress\.spec\.ts/,
      dependencies: ['wordpress-setup'],
      workers: 1,
      use: {
        // Each test drives five frames and takes many screenshots; recording that for every test doubled the
        // lane's time on 2 cores. A retry (CI) is traced; locally, add `--trace on` to look at a failure.
        trace: 'on-first-retry',
      },
    },
    // Readers with classic scrollbars (Windows, "always show scrollbars"): Chromium without Playwright's
    // --hide-scrollbars, which would hide the failure tests/e2e/embed-scrollbars.spec.ts looks for.
    {
      name: 'classic-scrollbars',
      testMatch: /embed-scrollbars\.spec\.ts/,
      dependencies: ['wordpress-setup'],
      workers: 1,
      use: { launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--hide-scrollbars'] } },
    },
    {
      name: 'chromium',
      testIgnore: [/wordpress/, /nginx-subpath/, /embed-scrollbars/],
      // Not for what it needs (the preview server), for when it runs: see above.
      dependencies: ['wordpress-setup'],
      workers: CHROMIUM_WORKERS,
    },
  ],
  webServer: {
    // The built site, as a reader gets it: run `npm run build` first (npm test does).
    command: `npm run preview -- --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    // Generous: some tests scroll the whole story until every island has hydrated, slow on a busy 2-core machine.
    timeout: 120_000,
  },
});
