/**
 * Set-up project "served-build-setup" (torn down by served-build.teardown.ts): the site built once under
 * the sub-path /news/tokens/ with the documented commands (BASE_PATH, SITE_URL) and served by one Debian
 * nginx with deploy/nginx.conf's server block, only its EDIT lines adapted (tests/support/nginx.ts). The
 * projects "nginx-subpath" (tests/e2e/nginx-subpath.spec.ts) and "wordpress-setup" depend on it and read
 * where it is from tests/support/served-build.ts.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { buildSite, localServerBlock, NGINX, nginxSkipReason, startNginx } from '../support/nginx';
import {
  removeServedBuild,
  saveServedBuild,
  servedPort,
  SUBPATH_BASE,
  type ServedBuild,
} from '../support/served-build';

const ROOT = resolve('.');

// Generous: astro build on a busy 2-core machine.
setup.setTimeout(300_000);

setup(`build the site for ${SUBPATH_BASE} and serve it with nginx and deploy/nginx.conf`, async () => {
  const skipped = nginxSkipReason();
  setup.skip(skipped !== undefined, skipped);
  expect(existsSync(NGINX), `${NGINX} (installed by .ci/run)`).toBe(true);
  // What an earlier try left (a retry, an interrupted run).
  await removeServedBuild();

  const prefix = mkdtempSync(join(tmpdir(), 'tokens-served-build-'));
  const port = await servedPort();
  // Host "localhost": WordPress (on 127.0.0.1) embeds the widgets from another host and port.
  const state: ServedBuild = {
    prefix,
    outDir: join(prefix, 'www', 'news', 'tokens'),
    origin: `http://localhost:${port}`,
    port,
    pid: null,
  };
  saveServedBuild(state);
  await buildSite({ base: SUBPATH_BASE, site: state.origin, outDir: state.outDir });
  const block = localServerBlock(readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8'), {
    port,
    root: join(prefix, 'www'),
  });
  const nginx = await startNginx(prefix, block, port, { detached: true });
  state.pid = nginx.pid;
  saveServedBuild(state);
});
