/**
 * The e2e build (dist/, built for the host's root) served as a newsroom's static host serves it: Debian's
 * nginx with deploy/nginx.conf, so with its headers. `astro preview` sends none of them, and without
 * Access-Control-Allow-Origin a sandboxed frame (opaque origin) is refused the embed page's module
 * scripts and fonts: a test of sandboxed frames must run against the real headers.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, readDist } from './built-site';
import { loadServed, test as embedTest, type Served } from './embed-fixtures';
import { NGINX, freePort, localServerBlock, startNginx } from './nginx';

export const test = embedTest.extend<object, { nginxSite: Served }>({
  nginxSite: [
    // Playwright reads a fixture's dependencies from this destructuring pattern; these have none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      if (!existsSync(NGINX)) throw new Error(`${NGINX} is not installed (.ci/run installs nginx-light)`);
      const site = new URL((JSON.parse(readDist('embed/widgets.json')) as { site: string }).site);
      if (site.pathname !== '/') throw new Error(`dist/ was built for ${site.pathname}; build it for "/" first`);
      const prefix = mkdtempSync(join(tmpdir(), 'tokens-nginx-dist-'));
      // Beside the preview's port, one per worker, clear of the served sub-path build's (+10 to +13, tests/support/served-build.ts).
      const preview = Number(process.env['PREVIEW_PORT'] ?? 4321);
      const port = await freePort([20, 30, 40, 50].map((offset) => preview + offset + workerInfo.parallelIndex));
      const block = localServerBlock(readFileSync('deploy/nginx.conf', 'utf8'), { port, root: DIST, base: '/' });
      const nginx = await startNginx(prefix, block, port);
      try {
        await use(await loadServed(`http://127.0.0.1:${port}/`));
      } finally {
        await nginx.stop();
        rmSync(prefix, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
});

export { expect } from './embed-fixtures';
