// `npm run bench`: builds the site from scratch (timed), measures dist/, serves it, runs Lighthouse on
// the story and on every embed page, measures the JavaScript a reader downloads with every island
// hydrated, and writes bench/results.json and bench/results.md.
//
// Options: --runs N (Lighthouse runs per page, the median by performance is kept; default 3),
//          --no-build (measure the existing bench/out/dist), --strict (exit 1 when a target is missed),
//          --pages story,iceberg (only these pages: "story" and widget ids),
//          --dist DIR (measure another build, e.g. one of an earlier commit; implies --no-build),
//          --bytes-only (only the HTML bytes and the first-screen check, no Lighthouse),
//          --out FILE (write the JSON there instead of bench/results.json and .md; for a baseline),
//          --commit LABEL (the commit the measured build is of, when it is not the checkout's),
//          --baseline FILE (the "before" of the byte tables; default bench/bytes-baseline.json).
// Timings depend on the machine and its load: the figures are a benchmark, not a test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUDGETS, KB, LIGHTHOUSE_TARGETS, TIMING_TARGETS } from './budgets.mjs';
import { gzipSize, measureJavaScript } from './lib/js-bytes.mjs';
import { chromePath, LIGHTHOUSE_CHROME_FLAGS, runLighthouse } from './lib/lighthouse-run.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { formatResults } from './lib/report.mjs';
import { byteBreakdown, fontPreloads, gzipBody, renderBlockingStylesheets } from './lib/html-bytes.mjs';
import { FIRST_SCREEN_VIEWPORTS, firstScreen } from './lib/first-screen.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');

// Astro 7 needs Node >= 22.12; `npm run` puts the repository's Node 24 first on PATH, a bare `node` may not.
if (Number(process.versions.node.split('.')[0]) < 22) {
  const local = join(ROOT, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(local)) throw new Error(`Node ${process.versions.node} is too old: run \`npm run bench\``);
  const child = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 3;
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const DIST = option('--dist') ? resolve(option('--dist')) : join(OUT, 'dist');
const BUILD = !args.includes('--no-build') && !option('--dist');
const STRICT = args.includes('--strict');
const BYTES_ONLY = args.includes('--bytes-only');
const ONLY = option('--pages')
  ?.split(',')
  .map((id) => id.trim());
const OUT_FILE = option('--out') ? resolve(option('--out')) : null;
const BASELINE = option('--baseline') ? resolve(option('--baseline')) : join(ROOT, 'bench', 'bytes-baseline.json');

function log(message) {
  process.stdout.write(`[bench] ${message}\n`);
}

/** The registry, compiled from TypeScript with the esbuild that Astro ships. */
async function loadWidgets() {
  const { build } = await import('esbuild');
  const outfile = join(OUT, 'registry.mjs');
  await build({
    entryPoints: [join(ROOT, 'src', 'widgets', 'registry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  });
  const { WIDGETS } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  return WIDGETS;
}

function buildSite() {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(join(OUT, 'astro-cache'), { recursive: true, force: true });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: DIST, ASTRO_CACHE_DIR: join(OUT, 'astro-cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function distSize() {
  const files = walk(DIST);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const byKind = {};
  for (const file of files) {
    const ext = file.includes('.') ? file.slice(file.lastIndexOf('.') + 1) : '(none)';
    byKind[ext] = (byKind[ext] ?? 0) + statSync(file).size;
  }
  return { files: files.length, bytes, byKind };
}

function chromiumVersion() {
  const path = chromePath();
  if (!path) return 'chrome-launcher default';
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return (result.stdout || path).trim();
}

function gitCommit() {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
  return result.status === 0 ? `${result.stdout.trim()}${dirty ? ' (uncommitted changes)' : ''}` : 'unknown';
}

/** The Chromium the measurements other than Lighthouse use, with Lighthouse's flags (headless by Playwright). */
async function launchChromium() {
  const { chromium } = await import('playwright');
  const executablePath = chromePath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: LIGHTHOUSE_CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
}

async function measureScripts(urls) {
  const browser = await launchChromium();
  try {
    const measures = [];
    for (const url of urls) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      measures.push(await measureJavaScript(page, url));
      await context.close();
    }
    return measures;
  } finally {
    await browser.close();
  }
}

/**
 * Every page's HTML, gzip, render-blocking stylesheets and font preloads; for the story also where its
 * bytes go and whether its first screen arrives in the first 14 KB, at both viewports.
 */
async function measureBytes(pages, urls) {
  const browser = await launchChromium();
  try {
    const result = { pages: [], story: null };
    for (const [i, page] of pages.entries()) {
      const html = readFileSync(join(DIST, page.path, 'index.html'), 'utf8');
      result.pages.push({
        id: page.id,
        kind: page.kind,
        htmlBytes: Buffer.byteLength(html),
        htmlGzip: gzipBody(html).length,
        renderBlockingStylesheets: renderBlockingStylesheets(html),
        fontPreloads: fontPreloads(html),
      });
      if (page.kind !== 'story') continue;
      const screens = [];
      for (const viewport of FIRST_SCREEN_VIEWPORTS) {
        const screen = await firstScreen(browser, urls[i], html, viewport);
        screens.push({ ...screen, elements: undefined, elementCount: screen.elements.length });
      }
      result.story = { breakdown: byteBreakdown(html), firstScreen: screens };
    }
    return result;
  } finally {
    await browser.close();
  }
}

function readBaseline() {
  if (!existsSync(BASELINE)) return null;
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  return { commit: baseline.commit, date: baseline.date, bytes: baseline.bytes };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const widgets = await loadWidgets();
  log(`${widgets.length} widget(s) in the registry`);

  let buildSeconds = null;
  if (BUILD) {
    log('building from scratch into bench/out/dist …');
    buildSeconds = await buildSite();
    log(`built in ${buildSeconds.toFixed(1)} s`);
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('bench/out/dist has no build: run without --no-build');
  }

  const pages = [{ kind: 'story', id: 'story', path: '' }];
  for (const widget of widgets) {
    if (existsSync(join(DIST, 'embed', widget.id, 'index.html'))) {
      pages.push({ kind: 'embed', id: widget.id, path: `embed/${widget.id}/` });
    }
  }
  const missingEmbeds = widgets.filter((w) => !pages.some((p) => p.id === w.id)).map((w) => w.id);
  if (ONLY) pages.splice(0, pages.length, ...pages.filter((page) => ONLY.includes(page.id)));
  if (missingEmbeds.length) log(`no embed page in dist for: ${missingEmbeds.join(', ')}`);

  const server = await serveStatic({ root: DIST, base: '/', port: Number(process.env.BENCH_PORT ?? 0) });
  log(`serving ${relative(ROOT, DIST) || DIST} at ${server.url}`);
  try {
    const urls = pages.map((page) => server.url + page.path);
    log('HTML bytes and the first screen …');
    const bytes = await measureBytes(pages, urls);
    if (BYTES_ONLY) {
      const file = OUT_FILE ?? join(ROOT, 'bench', 'bytes.json');
      writeFileSync(
        file,
        `${JSON.stringify({ date: new Date().toISOString(), commit: option('--commit') ?? gitCommit(), bytes }, null, 2)}\n`,
      );
      log(`wrote ${relative(ROOT, file)}`);
      return;
    }
    log(`Lighthouse (${RUNS} run(s) per page, mobile, simulated throttling) on ${pages.length} page(s) …`);
    const lighthouse = await runLighthouse(urls, { runs: RUNS });
    log('JavaScript after hydrating everything …');
    const scripts = await measureScripts(urls);

    const loaderPath = join(DIST, 'embed.js');
    const loader = existsSync(loaderPath)
      ? { bytes: statSync(loaderPath).size, gzip: gzipSize(readFileSync(loaderPath)) }
      : null;

    const results = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      environment: {
        node: process.version,
        cpus: cpus().length,
        loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
        chromium: chromiumVersion(),
        lighthouse: lighthouse[0]?.lighthouseVersion ?? null,
        lighthouseRunsPerPage: RUNS,
      },
      targets: { ...BUDGETS, lighthouse: LIGHTHOUSE_TARGETS, timing: TIMING_TARGETS, kb: KB },
      build: { seconds: buildSeconds, dist: distSize() },
      loader,
      pages: pages.map((page, i) => ({
        ...page,
        lighthouse: lighthouse[i],
        javascript: {
          totalGzip: scripts[i].totalGzip,
          filesGzip: scripts[i].filesGzip,
          inlineGzip: scripts[i].inlineGzip,
          files: scripts[i].files.map((file) => ({ ...file, url: new URL(file.url).pathname })),
          islands: scripts[i].islands,
          notHydrated: scripts[i].notHydrated,
        },
      })),
      missingEmbeds,
      bytes,
      bytesBaseline: readBaseline(),
    };
    const { markdown, misses } = formatResults(results);
    results.misses = misses;
    // Written as Prettier would write them, so that committing fresh figures keeps `npm run lint` green.
    const prettier = await import('prettier');
    const format = async (text, file) =>
      prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
    const jsonFile = OUT_FILE ?? join(ROOT, 'bench', 'results.json');
    const markdownFile = OUT_FILE ? OUT_FILE.replace(/\.json$/, '') + '.md' : join(ROOT, 'bench', 'results.md');
    writeFileSync(jsonFile, await format(JSON.stringify(results, null, 2), jsonFile));
    writeFileSync(markdownFile, await format(markdown, markdownFile));
    log(`wrote ${relative(ROOT, markdownFile)} and ${relative(ROOT, jsonFile)}`);
    process.stdout.write(`\n${markdown}\n`);
    if (misses.length) log(`${misses.length} target(s) missed:\n  ${misses.join('\n  ')}`);
    if (STRICT && misses.length) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
