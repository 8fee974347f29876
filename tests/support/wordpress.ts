/**
 * A real WordPress for the WordPress lane (playwright.config.ts, project "wordpress"): Debian 12's
 * `wordpress` package (6.1) on Apache with mod_php and MariaDB, each run as a child of the test set-up with
 * its files in one temp dir, and our site as the served-build-setup project builds it for its own loopback
 * origin and serves it with nginx and deploy/nginx.conf (tests/support/served-build.ts). The two origins differ in host and port: widgets on http://localhost:<port>, WordPress
 * on http://127.0.0.1:<port>.
 *
 * Debian's containers keep package scripts from starting services (policy-rc.d), and a CI machine should
 * not have a system MariaDB or Apache changed under it, so nothing here uses the system services: every
 * daemon gets its own config, data dir, socket, pid and logs. The one file written outside the temp dir is
 * /etc/wordpress/config-<name>.php, which Debian's wp-config.php requires (removed at teardown).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingPackages as missingFor, skipReason } from './system-packages';

export const WORDPRESS_ROOT = '/usr/share/wordpress';
const PHP_MODULE = '/usr/lib/apache2/modules/libphp8.2.so';

/** What the set-up leaves for the specs and the teardown (written as JSON to WORDPRESS_STATE). */
export interface WordPressState {
  dir: string;
  configName: string;
  wpOrigin: string;
  widgetOrigin: string;
  pids: number[];
  posts: WordPressPost[];
}

export type WpRole = 'admin' | 'author';
export type WpPath = 'url' | 'embed-block' | 'custom-html';

export interface WordPressPost {
  role: WpRole;
  path: WpPath;
  link: string;
  /** The post's content as WordPress saved it (context=edit). */
  raw: string;
}

export const STATE_FILE = join(
  process.env['TMPDIR'] ?? '/tmp',
  `tokens-wordpress-${process.env['WP_PORT'] ?? '4612'}.json`,
);

/** What is missing on this machine for the lane, as Debian package names (empty when everything is there). */
export const missingPackages = () => missingFor('nginx', 'wordpress');

/**
 * Why this machine skips the WordPress lane, or undefined when it runs it. Outside CI a machine without the
 * lane's Debian packages (a laptop) skips it, so the chromium tests that share its phase still run; in CI a
 * missing package fails the set-up instead (`bash .ci/run` installs them).
 */
export const wordPressSkipReason = () => skipReason('nginx', 'wordpress');

function run(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function daemon(command: string, args: string[], log: string): number {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'ignore'] });
  child.unref();
  if (!child.pid) throw new Error(`could not start ${command}; see ${log}`);
  return child.pid;
}

async function waitFor(what: string, ready: () => Promise<boolean> | boolean, log: () => string, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const readLog = (file: string) => () => (existsSync(file) ? readFileSync(file, 'utf8').slice(-3000) : '');

export async function startMariaDb(dir: string): Promise<{ pid: number; socket: string }> {
  const data = join(dir, 'mysql');
  const socket = join(dir, 'mysqld.sock');
  const log = join(dir, 'mysqld.err');
  mkdirSync(data, { recursive: true });
  run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const pid = daemon(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--user=root',
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      `--log-error=${log}`,
      // Small and quick: a test database of a few posts.
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
    ],
    log,
  );
  await waitFor('MariaDB', () => existsSync(socket), readLog(log));
  // Apache's workers run as www-data and must reach the socket.
  chmodSync(socket, 0o777);
  run(
    'mariadb',
    ['--no-defaults', `--socket=${socket}`, '-uroot'],
    [
      'CREATE DATABASE wordpress;',
      "CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';",
      "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
    ].join('\n'),
  );
  return { pid, socket };
}

/**
 * Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php (set by Apache's SetEnv below).
 * Application Passwords need HTTPS or WP_ENVIRONMENT_TYPE "local". Outgoing requests are blocked except to
 * the widget host, so the lane never touches the network (no update checks).
 */
export function writeWordPressConfig(options: {
  dir: string;
  configName: string;
  socket: string;
  wpOrigin: string;
  widgetHost: string;
}) {
  const mu = join(options.dir, 'mu-plugins');
  writeFileSync(
    `/etc/wordpress/config-${options.configName}.php`,
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${options.socket}');
define('WP_HOME', '${options.wpOrigin}');
define('WP_SITEURL', '${options.wpOrigin}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WPMU_PLUGIN_DIR', '${mu}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '${options.widgetHost}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_ALLOW_MULTISITE', false);
`,
  );
}

/**
 * The one thing the lane changes in WordPress. WordPress fetches oEmbed discovery only from hosts that
 * resolve to public addresses and only on ports 80, 443 and 8080 (wp_http_validate_url), so a provider on
 * loopback is refused. This mu-plugin lets exactly the widget host and port through, nothing else; a
 * real deployment, on a public host and port 443, needs no plugin.
 */
export function writeMuPlugin(dir: string, widgetHost: string, widgetPort: number) {
  const mu = join(dir, 'mu-plugins');
  mkdirSync(mu, { recursive: true });
  writeFileSync(
    join(mu, 'tokens-widget-host.php'),
    `<?php
/* Test lane only: allow oEmbed discovery from the widget host on loopback (tests/support/wordpress.ts). */
add_filter('http_request_host_is_external', function ($external, $host) {
  return $external || $host === '${widgetHost}';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host) {
  if ($host === '${widgetHost}') $ports[] = ${widgetPort};
  return $ports;
}, 10, 2);
`,
  );
}

export async function startApache(options: { dir: string; port: number; configName: string }): Promise<number> {
  const dir = join(options.dir, 'apache');
  mkdirSync(dir, { recursive: true });
  const log = join(dir, 'error.log');
  const modules = '/usr/lib/apache2/modules';
  const conf = join(dir, 'httpd.conf');
  writeFileSync(
    conf,
    `ServerRoot "/etc/apache2"
ServerName 127.0.0.1
Listen 127.0.0.1:${options.port}
PidFile ${join(dir, 'httpd.pid')}
Mutex file:${dir} default
ErrorLog ${log}
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${PHP_MODULE}
# Two cores shared with others: a few workers are plenty for one browser.
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 8
KeepAlive On
TypesConfig /etc/mime.types
DocumentRoot ${WORDPRESS_ROOT}
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG ${options.configName}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WORDPRESS_ROOT}>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
<Directory /var/lib/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
  );
  run('/usr/sbin/apache2', ['-t', '-f', conf]);
  const pid = daemon('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], log);
  const url = `http://127.0.0.1:${options.port}/readme.html`;
  await waitFor(
    'Apache',
    () =>
      fetch(url).then(
        (r) => r.ok,
        () => false,
      ),
    readLog(log),
  );
  return pid;
}

/** A tiny cookie jar for the few form posts of the install and the first log-in. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
}

export const ADMIN = { user: 'editor-admin', password: 'Admin-pass-for-tests-only-1', email: 'admin@example.org' };
export const AUTHOR = { user: 'web-producer', password: 'Author-pass-for-tests-only-1', email: 'author@example.org' };

/** wp-admin/install.php?step=2 takes the install form as a plain POST (there is no wp-cli in Debian). */
export async function installWordPress(wpOrigin: string) {
  const response = await fetch(`${wpOrigin}/wp-admin/install.php?step=2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      weblog_title: 'Newsroom test site',
      user_name: ADMIN.user,
      admin_password: ADMIN.password,
      admin_password2: ADMIN.password,
      pw_weak: 'on',
      admin_email: ADMIN.email,
      blog_public: '0',
      language: '',
    }),
  });
  const html = await response.text();
  if (!response.ok || !/Success!|wp-login\.php/.test(html)) {
    throw new Error(`WordPress install failed (${response.status}):\n${html.slice(0, 2000)}`);
  }
}

/** Logs in through wp-login.php and creates the admin's Application Password with the REST nonce. */
async function adminApplicationPassword(wpOrigin: string): Promise<string> {
  const jar = new Jar();
  jar.set('wordpress_test_cookie', 'WP%20Cookie%20check');
  const login = await fetch(`${wpOrigin}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.header() },
    body: new URLSearchParams({ log: ADMIN.user, pwd: ADMIN.password, 'wp-submit': 'Log In', testcookie: '1' }),
  });
  jar.take(login);
  if (login.status !== 302) throw new Error(`log-in failed (${login.status}): ${(await login.text()).slice(0, 1000)}`);
  const nonce = await (
    await fetch(`${wpOrigin}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { Cookie: jar.header() } })
  ).text();
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce: ${nonce.slice(0, 300)}`);
  const created = await fetch(`${wpOrigin}/?rest_route=/wp/v2/users/me/application-passwords`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: jar.header(), 'X-WP-Nonce': nonce },
    body: JSON.stringify({ name: 'embed tests' }),
  });
  const body = (await created.json()) as { password?: string };
  if (!body.password) throw new Error(`no application password: ${JSON.stringify(body)}`);
  return body.password;
}

export interface RestUser {
  user: string;
  appPassword: string;
}

export async function rest<T>(wpOrigin: string, who: RestUser, route: string, body?: unknown): Promise<T> {
  const headers = {
    'Content-Type': 'application/json',
    Authorization: `Basic ${Buffer.from(`${who.user}:${who.appPassword}`).toString('base64')}`,
  };
  const response = await fetch(
    `${wpOrigin}/?rest_route=${route}`,
    body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) },
  );
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`REST ${route} -> ${response.status}: ${JSON.stringify(json).slice(0, 1000)}`);
  return json;
}

/** The admin (Application Password from a log-in) and an Author created and given one through the REST API. */
export async function createUsers(wpOrigin: string): Promise<Record<WpRole, RestUser>> {
  const admin = { user: ADMIN.user, appPassword: await adminApplicationPassword(wpOrigin) };
  const author = await rest<{ id: number }>(wpOrigin, admin, '/wp/v2/users', {
    username: AUTHOR.user,
    password: AUTHOR.password,
    email: AUTHOR.email,
    roles: ['author'],
  });
  const authorPassword = await rest<{ password: string }>(
    wpOrigin,
    admin,
    `/wp/v2/users/${author.id}/application-passwords`,
    { name: 'embed tests' },
  );
  return { admin, author: { user: AUTHOR.user, appPassword: authorPassword.password } };
}

/** The post body for one way of embedding, as the block editor saves it. */
export function postContent(path: WpPath, embeds: { url: string; snippet: string }[]): string {
  const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
  const parts = [paragraph('A newsroom article. The charts below come from another site.')];
  for (const { url, snippet } of embeds) {
    if (path === 'url') {
      // A URL on its own line: what pasting an address into a paragraph or the classic editor leaves.
      parts.push(url);
    } else if (path === 'embed-block') {
      parts.push(
        `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"tokens-arent-everything"} -->\n` +
          `<figure class="wp-block-embed is-type-rich is-provider-tokens-arent-everything wp-block-embed-tokens-arent-everything"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`,
      );
    } else {
      parts.push(`<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);
    }
    parts.push(paragraph('The article goes on after the chart.'));
  }
  return parts.join('\n\n');
}

export function stopPids(pids: number[]) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export function removeConfig(configName: string) {
  rmSync(`/etc/wordpress/config-${configName}.php`, { force: true });
}
