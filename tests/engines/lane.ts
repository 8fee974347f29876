/**
 * The second browser lane: the built site in Firefox (Debian's firefox-esr over WebDriver BiDi,
 * puppeteer-core) and WebKit (WebKitGTK's WebKitWebDriver, webdriverio, on an Xvfb display this
 * script starts). The Playwright suite runs in Chromium only, and missed what only the other two
 * engines do (issue 18). Each check runs in both engines and the lane prints a table, check x
 * engine, "pass" or what was measured; it fails when any cell is not "pass".
 *
 * Run by `npm run test:engines` after `npm run build` (npm test does both). ENGINES_PORT (default
 * 4810) is the site's port, the host page is on the next one (another origin, as a newsroom's page
 * is). ENGINES=firefox or ENGINES=webkit runs one engine, CHECKS=<word> the checks named with it;
 * FIREFOX_BIN and WEBKIT_DRIVER point at other binaries.
 *
 * Before it starts anything it checks that each engine's binaries are there (.ci/packages.txt). Outside CI an
 * engine without them is skipped, with one line naming the packages and the command that installs them; in
 * CI that line fails the lane. Every process it starts (Xvfb, WebKitWebDriver and the browsers under them)
 * is stopped on every way out: the end of the run, an error, SIGINT, SIGTERM or SIGHUP.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { constants } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firefox as pwFirefox, webkit as pwWebkit, type BrowserType } from '@playwright/test';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { missingPackages, notInstalled, present, recordSkip } from '../support/system-packages.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SITE_PORT = Number(process.env['ENGINES_PORT'] ?? 4810);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const HOST = `http://127.0.0.1:${SITE_PORT + 1}`;
const FIREFOX_BIN = process.env['FIREFOX_BIN'] ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env['WEBKIT_DRIVER'] ?? '/usr/bin/WebKitWebDriver';
// Installed with webkit2gtk-driver (its libwebkit2gtk-4.1-0).
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const NARROW = 390;
const WIDE = 1280;
const HEIGHT = 800;

// ---------------------------------------------------------------------------------------------
// Servers: the build as a static host serves it, and a host page on another origin.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function siteServer(): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', SITE).pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) file = DIST;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const body = readFileSync(found ? file : join(DIST, '404.html'));
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  });
}

interface Listed {
  site: string;
  widgets: { id: string; embed: string; oembed: string }[];
}

if (!existsSync(join(DIST, 'embed/widgets.json'))) {
  console.error('engines lane: no build in dist/: run `npm run build` first');
  process.exit(1);
}
const listing = JSON.parse(readFileSync(join(DIST, 'embed/widgets.json'), 'utf8')) as Listed;
/** The build's absolute URLs (SITE_URL) pointed at this lane's server. */
const served = (url: string) => url.split(listing.site).join(`${SITE}/`);
const widgets = listing.widgets.map((w) => {
  const oembed = JSON.parse(readFileSync(join(DIST, `embed/${w.id}/oembed.json`), 'utf8')) as { html: string };
  return { id: w.id, embed: served(w.embed), snippet: served(oembed.html) };
});

/** A newsroom's article with every snippet pasted as is, text between them. */
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><style>body { margin: 0; font: 18px/1.5 Georgia, serif; } .column { padding: 0 8px; }</style>
</head><body><div class="column"><h1 id="host-title">A host article on another site</h1>
${widgets.map((w) => `<p>Text before the chart.</p><div class="slot" data-slot="${w.id}">${w.snippet}</div>`).join('\n')}
<p>The host article continues.</p></div></body></html>`;

function hostServer(): Server {
  return createServer((request, response) => {
    if (new URL(request.url ?? '/', HOST).pathname !== '/article.html') {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(HOST_PAGE);
  });
}

// ---------------------------------------------------------------------------------------------
// One interface over both drivers. Scripts are passed as function source and run in the page.

interface Engine {
  name: string;
  version: string;
  /** Navigates at a window size; returns the page's width as laid out. */
  open(url: string, width: number): Promise<number>;
  run<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Runs `fn` inside the iframe matched by `selector`. */
  inFrame<T>(selector: string, fn: string, ...args: unknown[]): Promise<T>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Key presses to the focused element: plain characters, or "Backspace", "Tab", "ArrowRight". */
  keys(keys: string[]): Promise<void>;
  /** Errors the engine reported beyond what the page's own listeners saw. */
  driverErrors(): string[];
  close(): Promise<void>;
}

const call = (fn: string, args: unknown[]) => `(${fn})(...${JSON.stringify(args)})`;

async function firefox(): Promise<Engine> {
  const browser: PBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    // BiDi in firefox-esr has no media emulation: the colour scheme is a pref (1 = light).
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 1 },
  });
  const page: PPage = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const PKEYS: Record<string, string> = {
    Backspace: 'Backspace',
    Tab: 'Tab',
    ArrowRight: 'ArrowRight',
    Escape: 'Escape',
  };
  return {
    name: 'Firefox',
    version: (await browser.version()).replace('firefox/', 'firefox-esr '),
    async open(url, width) {
      await page.setViewport({ width, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(() => window.innerWidth);
    },
    async run<T>(fn: string, ...args: unknown[]): Promise<T> {
      return (await page.evaluate(call(fn, args))) as T;
    },
    async inFrame<T>(selector: string, fn: string, ...args: unknown[]): Promise<T> {
      const frame = await (await page.$(selector))?.contentFrame();
      if (!frame) throw new Error(`no frame ${selector}`);
      return (await frame.evaluate(call(fn, args))) as T;
    },
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    async keys(keys) {
      for (const key of keys) {
        const name = PKEYS[key];
        if (name) await page.keyboard.press(name as 'Tab');
        else await page.keyboard.type(key);
      }
    },
    driverErrors: () => errors.splice(0),
    close: () => browser.close(),
  };
}

/**
 * The same checks through Playwright's own Firefox or WebKit (ENGINES=playwright-firefox,playwright-webkit),
 * for a laptop that has run `npx playwright install firefox webkit` instead of the Debian packages.
 */
function playwright(type: BrowserType, name: string): () => Promise<Engine> {
  return async () => {
    const browser = await type.launch();
    const page = await browser.newPage({ colorScheme: 'light' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    return {
      name,
      version: `Playwright ${name} ${browser.version()}`,
      async open(url, width) {
        await page.setViewportSize({ width, height: HEIGHT });
        await page.goto(url, { waitUntil: 'load' });
        return page.evaluate(() => window.innerWidth);
      },
      async run<T>(fn: string, ...args: unknown[]): Promise<T> {
        return (await page.evaluate(call(fn, args))) as T;
      },
      async inFrame<T>(selector: string, fn: string, ...args: unknown[]): Promise<T> {
        const frame = await (await page.$(selector))?.contentFrame();
        if (!frame) throw new Error(`no frame ${selector}`);
        return (await frame.evaluate(call(fn, args))) as T;
      },
      click: (selector) => page.click(selector),
      hover: (selector) => page.hover(selector),
      async keys(keys) {
        for (const key of keys) {
          if (key.length > 1) await page.keyboard.press(key);
          else await page.keyboard.type(key);
        }
      },
      driverErrors: () => errors.splice(0),
      close: () => browser.close(),
    };
  };
}

// ---------------------------------------------------------------------------------------------
// The processes this lane starts. Each leads a process group of its own, with what it starts in turn
// (MiniBrowser and WebKit's helper processes under WebKitWebDriver), and every group is stopped on every
// way out: an Xvfb left behind by a crash kept running for good. Firefox is puppeteer's, which stops it on
// the same signals and at exit.

const groups = new Set<ChildProcess>();

function startGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child);
  return child;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Nothing left in the group.
  }
}

/** Stops a group and waits for its leader (SIGKILL after 5 s). */
async function stopGroup(child: ChildProcess): Promise<void> {
  const exited = running(child) ? new Promise((resolve) => child.once('exit', resolve)) : undefined;
  signalGroup(child, 'SIGTERM');
  if (!exited) return;
  const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}

process.on('exit', () => {
  for (const child of groups) signalGroup(child, 'SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`engines lane: stopped by ${signal}`);
    // The exit handler above stops every group.
    process.exit(128 + constants.signals[signal]);
  });
}

function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd: Xvfb picks a free display and writes its number, so lanes never collide.
  const xvfb = startGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code, signal) =>
      reject(new Error(`Xvfb exited (${code ?? signal}) before it opened a display`)),
    );
    xvfb.stdio[3]?.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
  });
}

async function webkit(): Promise<Engine> {
  const { display, process: xvfb } = await startXvfb();
  const port = SITE_PORT + 2;
  const driver = startGroup(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  let failed: Error | undefined;
  driver.once('error', (error) => (failed = error));
  // Ready once it answers, rather than after a fixed wait a busy machine may not keep to.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (failed) throw failed;
    if (!running(driver)) throw new Error(`WebKitWebDriver exited (${driver.exitCode ?? driver.signalCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
    await sleep(100);
  }
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      // WebKitWebDriver speaks classic WebDriver; webdriverio would otherwise ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  const WKEYS: Record<string, string> = { Backspace: '\uE003', Tab: '\uE004', ArrowRight: '\uE014', Escape: '\uE00C' };
  return {
    name: 'WebKit',
    version: `WebKitGTK ${String(browser.capabilities.browserVersion)}`,
    async open(url, width) {
      await browser.setWindowSize(width, HEIGHT);
      await browser.url(url);
      return browser.execute(() => window.innerWidth);
    },
    async run<T>(fn: string, ...args: unknown[]): Promise<T> {
      return (await browser.execute(`return ${call(fn, args)}`)) as T;
    },
    async inFrame<T>(selector: string, fn: string, ...args: unknown[]): Promise<T> {
      await browser.switchFrame(browser.$(selector));
      try {
        return (await browser.execute(`return ${call(fn, args)}`)) as T;
      } finally {
        await browser.switchFrame(null);
      }
    },
    click: async (selector) => browser.$(selector).click(),
    hover: async (selector) => browser.$(selector).moveTo(),
    // One request per key: from a single action chain (all keys at once) WebKit lost keys in the
    // calculator ("20000" became "20"); one request per key is still far over 100 edits per 10 s.
    async keys(keys) {
      for (const key of keys) await browser.keys([WKEYS[key] ?? key]);
    },
    // Classic WebDriver has no event stream: the page listeners installed after load see the rest.
    driverErrors: () => [],
    async close() {
      await browser.deleteSession().catch(() => undefined);
      await stopGroup(driver);
      await stopGroup(xvfb);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers run in the page.

/** Records errors, rejections and CSP violations from here on (for WebKit, the only record). */
const WATCH = `() => {
  if (window.__lane) return;
  window.__lane = [];
  addEventListener('error', (e) => window.__lane.push('error: ' + (e.message || e.target?.src || e.target?.href)), true);
  addEventListener('unhandledrejection', (e) => window.__lane.push('rejection: ' + String(e.reason)));
  addEventListener('securitypolicyviolation', (e) => window.__lane.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
}`;

async function pageErrors(engine: Engine): Promise<string[]> {
  const seen = await engine.run<string[]>('() => (window.__lane || []).splice(0)');
  return [...seen, ...engine.driverErrors()];
}

/** Asserts the page is the real one before anything is measured in it. */
async function assertPage(engine: Engine, path: string, selector: string): Promise<void> {
  const at = await engine.run<{ href: string; found: boolean }>(
    '(selector) => ({ href: location.href, found: !!document.querySelector(selector) })',
    selector,
  );
  const expected = `${SITE}${path}`;
  if (!at.href.startsWith(expected) || !at.found)
    throw new Error(`not the page: ${at.href} (${selector}: ${at.found})`);
}

const OVERFLOW = `() => {
  const width = document.documentElement.clientWidth;
  const over = document.documentElement.scrollWidth - width;
  if (over <= 0) return null;
  const culprit = [...document.querySelectorAll('body *')].find((el) => el.getBoundingClientRect().right > width + 1);
  return over + ' px (' + (culprit ? culprit.tagName.toLowerCase() + '.' + culprit.className : '?') + ')';
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/** Scrolls through the whole page, so every island hydrates and every chart is laid out. */
async function scrollThrough(engine: Engine): Promise<void> {
  const steps = await engine.run<number>('() => Math.ceil(document.documentElement.scrollHeight / innerHeight)');
  for (let i = 0; i <= steps; i++) {
    await engine.run('(i) => window.scrollTo(0, i * innerHeight)', i);
    await sleep(60);
  }
  await engine.run('() => window.scrollTo(0, 0)');
}

// ---------------------------------------------------------------------------------------------
// The checks. Each returns "pass" or what it measured.

type Result = string;
const PASS = 'pass';

async function storyAt(engine: Engine, width: number): Promise<Result> {
  const laidOut = await engine.open(`${SITE}/`, width);
  await engine.run(WATCH);
  await assertPage(engine, '/', 'main .story-section .figure-value');
  await scrollThrough(engine);
  const problems: string[] = [];
  const overflow = await engine.run<string | null>(OVERFLOW);
  if (overflow) problems.push(`overflow ${overflow}`);
  const errors = await pageErrors(engine);
  if (errors.length) problems.push(errors.join('; '));
  const note = laidOut === width ? '' : ` (at ${laidOut} px)`;
  return problems.length ? problems.join('; ') + note : PASS + note;
}

/**
 * Marks number `i` of the story as the lane's target and scrolls it 12 px from the window's top or bottom edge,
 * and again, two frames later, as long as it is not there: a chart laid out on the way can move it. (At the
 * page's ends the scroll stops short, and the number stays where the reader could bring it.)
 */
const PLACE_NUMBER = `async (i, where) => {
  document.querySelectorAll('[data-lane-target]').forEach((el) => el.removeAttribute('data-lane-target'));
  const button = document.querySelectorAll('main .figure-value')[i];
  button.setAttribute('data-lane-target', '');
  for (let pass = 0; pass < 3; pass++) {
    const box = button.getClientRects()[0];
    const by = where === 'top' ? box.top - 12 : box.bottom - (document.documentElement.clientHeight - 12);
    if (Math.abs(by) < 1) break;
    window.scrollBy(0, by);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
}`;

interface NotePlacement {
  open: boolean;
  hidden: number;
  covers: boolean;
  text: string;
  placed: string;
}

/**
 * Where the target's note opened, once it is open and has had two frames to be placed (up to a second); then
 * closes it and, when `next` is [index, edge], puts that number in place.
 */
const MEASURE_NOTE = `async (next) => {
  const button = document.querySelector('[data-lane-target]');
  // The number's popover, made by the page's script beside it (its words are its entry in Notes and sources).
  const note = button.closest('.prose-figure').querySelector('.figure-note');
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  for (let t = 0; t < 60 && !note.matches(':popover-open'); t++) await frame();
  await frame();
  await frame();
  const n = note.getBoundingClientRect();
  const b = button.getClientRects()[0];
  const w = document.documentElement.clientWidth, h = document.documentElement.clientHeight;
  const hidden = Math.max(0, -n.left, n.right - w, -n.top, n.bottom - h);
  const covers = n.left < b.right && n.right > b.left && n.top < b.bottom && n.bottom > b.top;
  const result = { open: note.matches(':popover-open'), hidden: Math.round(hidden), covers,
    text: button.textContent, placed: n.top >= b.bottom ? 'below' : 'above' };
  document.querySelectorAll('.figure-note:popover-open').forEach((open) => open.hidePopover());
  if (next) await (${PLACE_NUMBER})(...next);
  return result;
}`;

/** Every number's note, opened by a click with the number near the top, then the bottom, of the window. */
async function notesAt(engine: Engine, width: number): Promise<Result> {
  const laidOut = await engine.open(`${SITE}/`, width);
  await engine.run(WATCH);
  await assertPage(engine, '/', 'main .figure-value[aria-describedby]');
  await scrollThrough(engine);
  const count = await engine.run<number>("() => document.querySelectorAll('main .figure-value').length");
  const positions = Array.from({ length: count }, (_, i) => [[i, 'top'] as const, [i, 'bottom'] as const]).flat();
  const failures: string[] = [];
  if (positions.length) await engine.run(PLACE_NUMBER, ...positions[0]!);
  for (const [k, [, where]] of positions.entries()) {
    await engine.click('[data-lane-target]');
    // One round trip measures this note and puts the next number in place: WebDriver round trips are most
    // of this check's time (three per number and edge took WebKit 45 s for the two widths).
    const m = await engine.run<NotePlacement>(MEASURE_NOTE, positions[k + 1] ?? null);
    if (!m.open) failures.push(`"${m.text}" at the ${where}: did not open`);
    else if (m.hidden > 0) failures.push(`"${m.text}" at the ${where}: ${m.hidden} px off screen (${m.placed})`);
    else if (m.covers) failures.push(`"${m.text}" at the ${where}: covers its number`);
  }
  const errors = await pageErrors(engine);
  if (errors.length) failures.push(errors.join('; '));
  const note = laidOut === width ? '' : ` (at ${laidOut} px)`;
  return failures.length
    ? `${failures.length} of ${count * 2}: ${failures.slice(0, 3).join('; ')}${note}`
    : PASS + note;
}

/** Hover and keyboard focus open a note; the numbers are visibly underlined. */
async function noteInterest(engine: Engine): Promise<Result> {
  await engine.open(`${SITE}/`, WIDE);
  await assertPage(engine, '/', 'main .figure-value[aria-describedby]');
  const openNotes =
    "() => [...document.querySelectorAll('.figure-note')].filter((n) => n.matches(':popover-open')).length";
  const problems: string[] = [];
  const marked = await engine.run<string>(`() => {
    const s = getComputedStyle(document.querySelector('main .figure-value'));
    return s.textDecorationLine + ' ' + s.textDecorationStyle;
  }`);
  if (!/underline/.test(marked) || !/dotted/.test(marked)) problems.push(`numbers drawn "${marked}"`);
  await engine.run(`() => {
    const button = document.querySelectorAll('main .figure-value')[2];
    button.setAttribute('data-lane-target', '');
    button.scrollIntoView({ block: 'center' });
  }`);
  await sleep(100);
  await engine.hover('[data-lane-target]');
  if (
    (await poll(
      () => engine.run<number>(openNotes),
      (n) => n === 1,
      2000,
    )) !== 1
  )
    problems.push('hover opens nothing');
  await engine.keys(['Escape']);
  await engine.hover('h1');
  await poll(
    () => engine.run<number>(openNotes),
    (n) => n === 0,
    2000,
  );
  // Keyboard focus: Tab from the control just before the number.
  await engine.run(`() => {
    // Tab stops only: the notes' own links are kept out of the Tab order (tabindex -1).
    const all = [...document.querySelectorAll(':is(a[href], button, input, [tabindex="0"], summary):not([tabindex="-1"])')];
    const target = document.querySelector('[data-lane-target]');
    const before = all[all.indexOf(target) - 1];
    before.focus();
    document.querySelectorAll('.figure-note:popover-open').forEach((note) => note.hidePopover());
  }`);
  await engine.keys(['Tab']);
  const focused = await engine.run<boolean>("() => document.activeElement?.hasAttribute('data-lane-target')");
  if (!focused) problems.push('Tab did not reach the number');
  else if (
    (await poll(
      () => engine.run<number>(openNotes),
      (n) => n === 1,
      2000,
    )) !== 1
  )
    problems.push('focus opens nothing');
  return problems.length ? problems.join('; ') : PASS;
}

const FIELD = `(label) => {
  document.querySelectorAll('[data-lane-target]').forEach((el) => el.removeAttribute('data-lane-target'));
  const root = document.querySelector('[data-widget="tokens-per-task"]');
  const input = [...root.querySelectorAll('input')].find((i) => new RegExp(label).test(i.labels?.[0]?.textContent ?? ''));
  input.setAttribute('data-lane-target', '');
  input.scrollIntoView({ block: 'center' });
  return input.value;
}`;

async function openCalculator(engine: Engine): Promise<void> {
  await engine.open(`${SITE}/embed/tokens-per-task/`, WIDE);
  await engine.run(WATCH);
  await assertPage(engine, '/embed/tokens-per-task/', '[data-widget="tokens-per-task"]');
  const hydrated = await poll(
    () =>
      engine.run<boolean>(`() => !!document.querySelector('[data-widget="tokens-per-task"] [data-hydrated="true"]')`),
    Boolean,
    10_000,
  );
  if (!hydrated) throw new Error('the calculator never hydrated');
}

const VERDICT = `() => document.querySelector('[data-widget="tokens-per-task"] .verdict').textContent.trim()`;

async function typeInto(engine: Engine, text: string): Promise<void> {
  await engine.click('[data-lane-target]');
  await engine.run("() => document.querySelector('[data-lane-target]').select()");
  await engine.keys(text === '' ? ['Backspace'] : [...text]);
}

/** Junk is refused with a message and the last valid result stays, never NaN. */
async function comparator(engine: Engine): Promise<Result> {
  await openCalculator(engine);
  await engine.run(FIELD, 'Model A');
  const before = await engine.run<string>(VERDICT);
  if (before !== 'For the same task, model A uses 10 times the tokens of model B.') return `starts with "${before}"`;
  const problems: string[] = [];
  // Typed a key at a time, so every prefix of each is junk too: "2.5" would pass through a valid "2".
  for (const junk of ['abc', '-40', '.5', '0x10', '']) {
    await typeInto(engine, junk);
    const state = await engine.run<{ invalid: string | null; verdict: string; nan: boolean }>(`() => {
      const root = document.querySelector('[data-widget="tokens-per-task"]');
      return { invalid: document.querySelector('[data-lane-target]').getAttribute('aria-invalid'),
        verdict: root.querySelector('.verdict').textContent.trim(), nan: /NaN|Infinity/.test(root.textContent) };
    }`);
    if (state.invalid !== 'true') problems.push(`"${junk}" accepted`);
    if (state.verdict !== before) problems.push(`"${junk}" changed the result to "${state.verdict}"`);
    if (state.nan) problems.push(`"${junk}" shows NaN`);
  }
  await typeInto(engine, '20000');
  const after = await poll(
    () => engine.run<string>(VERDICT),
    (v) => v.includes('20 times'),
  );
  if (!after.includes('20 times')) problems.push(`a valid number after junk gives "${after}"`);
  const errors = await pageErrors(engine);
  if (errors.length) problems.push(errors.join('; '));
  return problems.length ? problems.join('; ') : PASS;
}

/** 150 quick edits (Safari allows 100 replaceState calls per 10 s) raise nothing, and the address follows. */
async function quickEdits(engine: Engine): Promise<Result> {
  await openCalculator(engine);
  await engine.run(FIELD, 'Model A');
  await typeInto(engine, '10000');
  // 75 × (Backspace, digit): 150 edits, each a valid number.
  const keys: string[] = [];
  for (let i = 0; i < 75; i++) keys.push('Backspace', String((i % 9) + 1));
  await engine.keys(keys);
  const expected = `1000${(74 % 9) + 1}`;
  const url = await poll(
    () => engine.run<string>('() => location.search'),
    (search) => search.includes(`tpt-a=${expected}`),
    5000,
  );
  const problems: string[] = [];
  const errors = await pageErrors(engine);
  if (errors.length) problems.push(`${errors.length} errors: ${errors[0]}`);
  if (!url.includes(`tpt-a=${expected}`)) problems.push(`address "${url}", not tpt-a=${expected}`);
  return problems.length ? problems.join('; ') : PASS;
}

/** Every embed page, narrow and wide: the real page, no errors, nothing scrolls sideways. */
async function embedPages(engine: Engine): Promise<Result> {
  const problems: string[] = [];
  for (const width of [NARROW, WIDE]) {
    for (const widget of widgets) {
      await engine.open(widget.embed, width);
      await engine.run(WATCH);
      await assertPage(engine, `/embed/${widget.id}/`, `[data-widget="${widget.id}"]`);
      await sleep(300);
      const overflow = await engine.run<string | null>(OVERFLOW);
      if (overflow) problems.push(`${widget.id} at ${width}: overflow ${overflow}`);
      const errors = await pageErrors(engine);
      if (errors.length) problems.push(`${widget.id} at ${width}: ${errors.join('; ')}`);
    }
  }
  return problems.length ? problems.join('; ') : PASS;
}

/** One click on the gallery's snippet box selects the whole snippet. */
async function snippetSelect(engine: Engine): Promise<Result> {
  await engine.open(`${SITE}/embed/`, WIDE);
  await assertPage(engine, '/embed/', '.embed-snippet[data-snippet]');
  await engine.run("() => document.querySelector('.embed-snippet').scrollIntoView({ block: 'center' })");
  await engine.click('.embed-snippet');
  const got = await engine.run<{ selected: number; total: number }>(`() => ({
    selected: String(getSelection()).length, total: document.querySelector('.embed-snippet').textContent.length })`);
  return got.selected === got.total ? PASS : `${got.selected} of ${got.total} characters`;
}

/** The host page with every snippet: each frame is its content's height within 2 px, no inner scrollbar. */
async function hostFrames(engine: Engine): Promise<Result> {
  const problems: string[] = [];
  for (const width of [NARROW, WIDE]) {
    await engine.open(`${HOST}/article.html`, width);
    const at = await engine.run<string>("() => location.href + ' ' + !!document.getElementById('host-title')");
    if (at !== `${HOST}/article.html true`) throw new Error(`not the host page: ${at}`);
    for (const widget of widgets) {
      const iframe = `[data-slot="${widget.id}"] iframe`;
      await engine.run("(s) => document.querySelector(s).scrollIntoView({ block: 'start' })", iframe);
      const misfit = async () => {
        const inner = await engine.inFrame<{
          href: string;
          found: boolean;
          content: number;
          overY: number;
          overX: number;
          bar: number;
        }>(
          iframe,
          `(id) => ({ href: location.href, found: !!document.querySelector('[data-widget="' + id + '"]'),
            content: document.body.getBoundingClientRect().height,
            overY: document.documentElement.scrollHeight - document.documentElement.clientHeight,
            overX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            // A classic scrollbar takes room from the layout viewport even when nothing overflows.
            bar: Math.max(innerWidth - document.documentElement.clientWidth, innerHeight - document.documentElement.clientHeight) })`,
          widget.id,
        );
        if (!inner.href.startsWith(widget.embed) || !inner.found)
          return { gap: Infinity, what: `frame at ${inner.href}` };
        const outer = await engine.run<number>('(s) => document.querySelector(s).clientHeight', iframe);
        const gap = Math.max(Math.abs(outer - inner.content), inner.overY, inner.overX, inner.bar);
        const what = `frame ${outer} px, content ${Math.round(inner.content)} px, overflow ${inner.overY}/${inner.overX} px, scrollbar ${inner.bar} px`;
        return { gap, what };
      };
      const result = await poll(misfit, (m) => m.gap <= 2, 4000);
      if (result.gap > 2) problems.push(`${widget.id} at ${width}: ${result.what}`);
    }
  }
  return problems.length ? problems.join('; ') : PASS;
}

// ---------------------------------------------------------------------------------------------

const CHECKS: [string, (engine: Engine) => Promise<Result>][] = [
  [`story at ${NARROW} px: no errors, no overflow`, (e) => storyAt(e, NARROW)],
  [`story at ${WIDE} px: no errors, no overflow`, (e) => storyAt(e, WIDE)],
  [`notes whole on screen, top and bottom, ${NARROW} px`, (e) => notesAt(e, NARROW)],
  [`notes whole on screen, top and bottom, ${WIDE} px`, (e) => notesAt(e, WIDE)],
  ['notes open on hover and focus; numbers underlined', noteInterest],
  ['comparator refuses junk, keeps the last result', comparator],
  ['150 quick edits raise nothing', quickEdits],
  ['every embed page: no errors, no overflow', embedPages],
  ['snippet box: one click selects all', snippetSelect],
  ['host page: frames fit within 2 px, no scrollbar', hostFrames],
];

const LAUNCHERS = {
  firefox,
  webkit,
  'playwright-firefox': playwright(pwFirefox, 'Firefox'),
  'playwright-webkit': playwright(pwWebkit, 'WebKit'),
} as const;
type EngineKey = keyof typeof LAUNCHERS;

/** What `key`'s engine needs and this machine lacks, as one line; undefined when it can run. */
function lacking(key: EngineKey): string | undefined {
  const packages = (missing: string[]) => (missing.length ? notInstalled(missing) : undefined);
  const file = (name: string, path: string) => (existsSync(path) ? undefined : `${name}=${path} does not exist`);
  switch (key) {
    case 'firefox':
      return process.env['FIREFOX_BIN'] ? file('FIREFOX_BIN', FIREFOX_BIN) : packages(missingPackages('firefox'));
    case 'webkit':
      if (!process.env['WEBKIT_DRIVER']) return packages(missingPackages('webkit'));
      return (
        file('WEBKIT_DRIVER', WEBKIT_DRIVER) ??
        packages([...(existsSync(MINIBROWSER) ? [] : ['webkit2gtk-driver']), ...(present('Xvfb') ? [] : ['xvfb'])])
      );
    case 'playwright-firefox':
    case 'playwright-webkit': {
      const type = key === 'playwright-firefox' ? pwFirefox : pwWebkit;
      return existsSync(type.executablePath())
        ? undefined
        : `Playwright's ${type.name()} is not installed (npx playwright install ${type.name()})`;
    }
  }
}

async function main(): Promise<number> {
  const wanted = (process.env['ENGINES'] ?? 'firefox,webkit').split(',');
  for (const key of wanted) if (!(key in LAUNCHERS)) throw new Error(`unknown engine ${key} (ENGINES)`);
  // Checked before anything starts: outside CI an engine this machine lacks is skipped, with its line last.
  const skipped: string[] = [];
  const engines = (wanted as EngineKey[]).filter((key) => {
    const why = lacking(key);
    if (why) skipped.push(`engines lane, ${key} skipped: ${why}`);
    return !why;
  });
  if (skipped.length && process.env['CI']) {
    for (const line of skipped) console.error(line.replace(' skipped:', ':'));
    console.error('engines lane: in CI every engine runs (.ci/run installs them)');
    return 1;
  }
  const reportSkips = () => {
    for (const line of skipped) {
      console.log(line);
      recordSkip(line);
    }
  };
  if (!engines.length) {
    reportSkips();
    return 0;
  }

  const started = Date.now();
  const servers = [siteServer(), hostServer()];
  await listen(servers[0]!, SITE_PORT);
  await listen(servers[1]!, SITE_PORT + 1);
  // CHECKS=notes runs only the checks whose name contains that word (while working on one thing).
  const only = process.env['CHECKS'];
  const selected = CHECKS.filter(([name]) => !only || name.includes(only));
  // The engines run side by side: most of a check is waiting on WebDriver round trips, not the CPU, and
  // one after the other they took 95 s. Each line printed names its engine; the table keeps their order.
  const columns = await Promise.all(
    engines.map(async (key) => {
      let engine: Engine;
      try {
        engine = await LAUNCHERS[key]();
      } catch (error) {
        const why = `error: ${key} did not start: ${(error as Error).message.split('\n')[0]}`;
        console.log(why);
        return { name: key, results: selected.map(() => why) };
      }
      const column = { name: engine.version, results: [] as Result[] };
      for (const [name, check] of selected) {
        const t = Date.now();
        let result: Result;
        try {
          result = await check(engine);
        } catch (error) {
          result = `error: ${(error as Error).message.split('\n')[0]}`;
        }
        column.results.push(result);
        console.log(
          `${engine.name.padEnd(8)} ${((Date.now() - t) / 1000).toFixed(1).padStart(5)} s  ${name}: ${result}`,
        );
      }
      await engine.close().catch(() => undefined);
      return column;
    }),
  );
  for (const server of servers) server.close();

  console.log(`\n| check | ${columns.map((c) => c.name).join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---').join(' | ')} |`);
  selected.forEach(([name], i) => console.log(`| ${name} | ${columns.map((c) => c.results[i]).join(' | ')} |`));
  console.log(`\nengines lane: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  reportSkips();
  return columns.some((c) => c.results.some((r) => !r.startsWith(PASS))) ? 1 : 0;
}

// One line for what went wrong, not a stack trace; the exit handler stops whatever was started.
await main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`engines lane: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    process.exit(1);
  },
);
