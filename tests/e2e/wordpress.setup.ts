/**
 * Set-up of the WordPress lane (project "wordpress-setup"; torn down by wordpress.teardown.ts): on the
 * sub-path build that the served-build-setup project made and serves with nginx and deploy/nginx.conf
 * (tests/support/served-build.ts; this project depends on it), starts MariaDB and Apache + mod_php with
 * Debian's WordPress on another origin, installs WordPress, makes an Admin and an Author with Application
 * Passwords, and has each publish one post per way of embedding (tests/support/wordpress.ts). `.ci/run`
 * installs the Debian packages when they are missing.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as setup, expect } from '@playwright/test';
import { pastedSnippet } from '../support/embed-fixtures';
import { readServedBuild, SUBPATH_BASE as BASE } from '../support/served-build';
import {
  STATE_FILE,
  createUsers,
  installWordPress,
  missingPackages,
  wordPressSkipReason,
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

const WP_PORT = Number(process.env['WP_PORT'] ?? 4612);

setup.setTimeout(240_000);

setup('WordPress with posts that embed every widget', async () => {
  const skipped = wordPressSkipReason();
  setup.skip(skipped !== undefined, skipped);
  const missing = missingPackages();
  expect(missing, `install with apt-get (bash .ci/run does): ${missing.join(' ')}`).toEqual([]);

  // The widgets: the served sub-path build, made for its own origin (the URLs WordPress discovers are
  // absolute), on another host and port than WordPress.
  const served = readServedBuild();
  const widgetOrigin = served.origin;
  const widgetHost = new URL(widgetOrigin).hostname;

  const dir = mkdtempSync(join(tmpdir(), 'tokens-wp-'));
  // Apache's workers (www-data) read the mu-plugin and reach MariaDB's socket in here.
  chmodSync(dir, 0o755);
  const configName = `tokens-e2e-${WP_PORT}`;
  const wpOrigin = `http://127.0.0.1:${WP_PORT}`;
  const state: WordPressState = { dir, configName, wpOrigin, widgetOrigin, pids: [], posts: [] };
  const save = () => writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  save();

  const { pid: dbPid, socket } = await startMariaDb(dir);
  state.pids.push(dbPid);
  save();
  writeWordPressConfig({ dir, configName, socket, wpOrigin, widgetHost });
  writeMuPlugin(dir, widgetHost, served.port);
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
    retired: { id: string; embed: string }[];
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
  // The retired graphics, by URL, in one more post: their pages speak the same protocol.
  const retiredPost = rest<{ id: number; link: string }>(wpOrigin, users.admin, '/wp/v2/posts', {
    title: 'admin: url (retired graphics)',
    status: 'publish',
    content: postContent(
      'url',
      listing.retired.map((graphic) => ({ url: graphic.embed, snippet: '' })),
    ),
  });
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
  const retired = await retiredPost;
  const retiredHtml = await (await fetch(retired.link)).text();
  expect(
    retiredHtml.match(/<iframe[^>]*class="wp-embedded-content"/g)?.length ?? 0,
    'retired graphics: oEmbed discovery',
  ).toBe(listing.retired.length);
  state.posts = posts;
  state.retiredPost = { link: retired.link, ids: listing.retired.map((graphic) => graphic.id) };
  save();
});
