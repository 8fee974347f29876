/** After every project that uses the served sub-path build (served-build.setup.ts): stops its nginx, removes its files. */
import { test as teardown } from '@playwright/test';
import { removeServedBuild } from '../support/served-build';

teardown('stop the served build’s nginx and remove the build', async () => {
  await removeServedBuild();
});
