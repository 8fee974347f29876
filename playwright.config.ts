import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

// PREVIEW_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.PREVIEW_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two at least: on a 2-core machine '50%' meant one worker, and the browser tests took twice as long (most of
  // a test is waiting on the browser, not the CPU).
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Generous: some tests scroll the whole story until every island has hydrated, slow on a busy 2-core machine.
  timeout: 120_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    // Tracing every test costs about a third of the suite's time; CI records the retry of a failure only.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/wordpress/, /nginx-subpath/],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    // The site built once under the sub-path /news/tokens/ and served by one nginx with deploy/nginx.conf
    // (tests/e2e/served-build.setup.ts), for the sub-path tests and the WordPress lane; neither needs the
    // preview server's port nor its headers. A project of its own, so the build does not hold up chromium's tests.
    { name: 'served-build-setup', testMatch: /served-build\.setup\.ts/, teardown: 'served-build-teardown' },
    { name: 'served-build-teardown', testMatch: /served-build\.teardown\.ts/ },
    {
      name: 'nginx-subpath',
      testMatch: /nginx-subpath\.spec\.ts/,
      dependencies: ['served-build-setup'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
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
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        // Each test drives five frames and takes many screenshots; recording that for every test doubled the
        // lane's time on 2 cores. A retry (CI) is traced; locally, add `--trace on` to look at a failure.
        trace: 'on-first-retry',
      },
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
