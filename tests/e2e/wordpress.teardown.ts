/** Stops what wordpress.setup.ts started (by the process ids it recorded) and removes its files. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { test as teardown } from '@playwright/test';
import { STATE_FILE, removeConfig, stopPids, type WordPressState } from '../support/wordpress';

teardown('stop WordPress, MariaDB, Apache and nginx', async () => {
  if (!existsSync(STATE_FILE)) return;
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as WordPressState;
  stopPids(state.pids);
  removeConfig(state.configName);
  // Give the daemons a moment to close their files before their folder goes.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  rmSync(state.dir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
});
