/**
 * Set-up of the WordPress lane (project "wordpress-setup"; torn down by wordpress.teardown.ts): builds the
 * site for its own loopback origin under /news/tokens/, serves it with nginx and deploy/nginx.conf, starts
 * MariaDB and Apache + mod_php with Debian's WordPress on another origin, installs WordPress, makes an
 * Admin and an Author with Application Passwords, and has each publish one post per way of embedding
 * (tests/support/wordpress.ts). `.ci/run` installs the Debian packages when they are missing.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as setup, expect } from '@playwright/test';
import { NGINX, buildSite, localServerBlock } from '../support/nginx';
import { pastedSnippet } from '../support/embed-fixtures';
import {
  STATE_FILE,
  createUsers,
  installWordPress,
  missingPackages,
  postContent,
  rest,
  startApache,
  startMariaDb,
  writeMuPlugin,
  writeWordPressConfig,
  type WordPressPost,
  type WordPressState,
  type WpPath,
  type WpRole,
} from '../support/wordpress';

const ROOT = resolve('.');
const WP_PORT = Number(process.env['WP_PORT'] ?? 4612);
const WIDGET_PORT = Number(process.env['WP_WIDGET_PORT'] ?? WP_PORT - 1);
const BASE = '/news/tokens/';

setup.setTimeout(240_000);

setup('WordPress with posts that embed every widget', async () => {
  const missing = missingPackages();
  expect(missing, `install with apt-get (bash .ci/run does): ${missing.join(' ')}`).toEqual([]);

  const dir = mkdtempSync(join(tmpdir(), 'tokens-wp-'));
  // Apache's workers (www-data) read the mu-plugin and reach MariaDB's socket in here.
  chmodSync(dir, 0o755);
  const configName = `tokens-e2e-${WP_PORT}`;
  const wpOrigin = `http://127.0.0.1:${WP_PORT}`;
  const widgetOrigin = `http://localhost:${WIDGET_PORT}`;
  const state: WordPressState = { dir, configName, wpOrigin, widgetOrigin, pids: [], posts: [] };
  const save = () => writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  save();

  // The widgets: a sub-path build for their own origin (the URLs WordPress discovers are absolute), served
  // by nginx with the documented server block, EDIT lines adapted as in nginx-subpath.spec.ts.
  const www = join(dir, 'www');
  const database = startMariaDb(dir);
  await buildSite({
    root: ROOT,
    base: BASE,
    site: widgetOrigin,
    outDir: join(www, 'news', 'tokens'),
    cacheDir: join(ROOT, '.astro', 'cache-wordpress'),
  });
  const nginxDir = join(dir, 'nginx');
  for (const sub of ['logs', 'temp']) mkdirSync(join(nginxDir, sub), { recursive: true });
  writeFileSync(
    join(nginxDir, 'site.conf'),
    localServerBlock(readFileSync('deploy/nginx.conf', 'utf8'), { port: WIDGET_PORT, root: www }),
  );
  writeFileSync(
    join(nginxDir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      process.getuid?.() === 0 ? 'user root root;' : '',
      `pid ${join(nginxDir, 'nginx.pid')};`,
      `error_log ${join(nginxDir, 'logs', 'error.log')} warn;`,
      'events { worker_connections 128; }',
      'http {',
      `  access_log ${join(nginxDir, 'logs', 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (k) => `  ${k}_temp_path ${join(nginxDir, 'temp', k)};`,
      ),
      `  include ${join(nginxDir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-p', nginxDir, '-c', join(nginxDir, 'nginx.conf')], {
    detached: true,
    stdio: 'ignore',
  });
  nginx.unref();
  state.pids.push(nginx.pid!);
  save();

  const { pid: dbPid, socket } = await database;
  state.pids.push(dbPid);
  save();
  writeWordPressConfig({ dir, configName, socket, wpOrigin, widgetHost: 'localhost' });
  writeMuPlugin(dir, 'localhost', WIDGET_PORT);
  state.pids.push(await startApache({ dir, port: WP_PORT, configName }));
  save();

  await expect
    .poll(() =>
      fetch(`${widgetOrigin}${BASE}embed/`).then(
        (r) => r.status,
        () => 0,
      ),
    )
    .toBe(200);
  await installWordPress(wpOrigin);
  const users = await createUsers(wpOrigin);

  const listing = (await (await fetch(`${widgetOrigin}${BASE}embed/widgets.json`)).json()) as {
    widgets: { id: string; embed: string; oembed: string }[];
  };
  const embeds = await Promise.all(
    listing.widgets.map(async (widget) => {
      const oembed = (await (await fetch(widget.oembed)).json()) as { html: string };
      // The snippet as the gallery shows it: the oEmbed html without its WordPress fallback quote.
      return { url: widget.embed, snippet: pastedSnippet(oembed.html) };
    }),
  );
  // The six posts at once (WordPress answers REST calls in parallel), one per role and path, each holding
  // every widget.
  const kinds = (['admin', 'author'] as WpRole[]).flatMap((role) =>
    (['url', 'embed-block', 'custom-html'] as WpPath[]).map((path) => ({ role, path })),
  );
  const posts: WordPressPost[] = await Promise.all(
    kinds.map(async ({ role, path }) => {
      const created = await rest<{ id: number; link: string }>(wpOrigin, users[role], '/wp/v2/posts', {
        title: `${role}: ${path}`,
        status: 'publish',
        content: postContent(path, embeds),
      });
      const saved = await rest<{ content: { raw: string } }>(
        wpOrigin,
        users[role],
        `/wp/v2/posts/${created.id}&context=edit`,
      );
      return { role, path, link: created.link, raw: saved.content.raw };
    }),
  );
  // WordPress fetches a post's oEmbed files on its first view and keeps them with the post: view each once
  // here, together, so no test waits for that. By URL and with the Embed block, every widget must come back
  // as WordPress's own embed (its sandboxed frame), or discovery failed.
  await Promise.all(
    posts.map(async (post) => {
      const html = await (await fetch(post.link)).text();
      const embedded = html.match(/<iframe[^>]*class="wp-embedded-content"/g)?.length ?? 0;
      if (post.path !== 'custom-html')
        expect(embedded, `${post.role} ${post.path}: oEmbed discovery`).toBe(listing.widgets.length);
    }),
  );
  state.posts = posts;
  save();
});
