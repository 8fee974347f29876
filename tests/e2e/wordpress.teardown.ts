/**
 * After the WordPress lane: the results table (tests/support/wordpress-matrix.ts), written to
 * test-results/wordpress-matrix.md and printed, whatever the tests' outcome; then stops what
 * wordpress.setup.ts started (by the process ids it recorded) and removes its files. The served build's
 * nginx, which the lane shares with nginx-subpath.spec.ts, is stopped by served-build.teardown.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { test as teardown } from '@playwright/test';
import { WIDGETS } from '../../src/widgets/registry';
import { STATE_FILE, removeConfig, stopPids, type WordPressState } from '../support/wordpress';
import { MATRIX_FILE, writeMatrix } from '../support/wordpress-matrix';

teardown('write the results table, stop WordPress, MariaDB and Apache', async () => {
  try {
    const table = writeMatrix(WIDGETS.map((w) => w.id));
    if (table) console.log(`\nWordPress lane, frame height − content height (${MATRIX_FILE}):\n\n${table}`);
  } finally {
    if (existsSync(STATE_FILE)) {
      const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as WordPressState;
      stopPids(state.pids);
      removeConfig(state.configName);
      // Give the daemons a moment to close their files before their folder goes.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      rmSync(state.dir, { recursive: true, force: true });
      rmSync(STATE_FILE, { force: true });
    }
  }
});
