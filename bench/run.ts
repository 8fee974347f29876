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
//
// Run it on the repository's Node 24 (`npm run bench`, or `npx node bench/run.ts`), which strips the
// types itself. It used to re-execute itself on that Node when started on an older one; a .ts file
// cannot start on Node 20 at all, so that check could never run and is gone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WidgetEntry } from '../src/widgets/types.ts';
import { BUDGETS, KB, LIGHTHOUSE_TARGETS, TIMING_TARGETS } from './budgets.ts';
import { gzipSize, measureJavaScript, type JavaScriptMeasure } from './lib/js-bytes.ts';
import { chromePath, runLighthouse } from './lib/lighthouse-run.ts';
import { CHROMIUM_FLAGS } from '../tests/support/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import {
  formatResults,
  type Baseline,
  type BytesResult,
  type FirstScreenFigures,
  type PageKind,
} from './lib/report.ts';
import { byteBreakdown, fontPreloads, gzipBody, renderBlockingStylesheets } from './lib/html-bytes.ts';
import { FIRST_SCREEN_VIEWPORTS, firstScreen } from './lib/first-screen.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 3;
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const DIST_ARG = option('--dist');
const DIST = DIST_ARG ? resolve(DIST_ARG) : join(OUT, 'dist');
const BUILD = !args.includes('--no-build') && !DIST_ARG;
const STRICT = args.includes('--strict');
const BYTES_ONLY = args.includes('--bytes-only');
const ONLY = option('--pages')
  ?.split(',')
  .map((id) => id.trim());
const OUT_ARG = option('--out');
const OUT_FILE = OUT_ARG ? resolve(OUT_ARG) : null;
const BASELINE_ARG = option('--baseline');
const BASELINE = BASELINE_ARG ? resolve(BASELINE_ARG) : join(ROOT, 'bench', 'bytes-baseline.json');

/** A page the bench measures: the story or one widget's embed page, at `path` under the site. */
interface BenchPage {
  kind: PageKind;
  id: string;
  path: string;
}

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

/** The registry, compiled from TypeScript with the esbuild that Astro ships. */
async function loadWidgets(): Promise<WidgetEntry[]> {
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

function buildSite(): Promise<number> {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(join(OUT, 'astro-cache'), { recursive: true, force: true });
  const started = performance.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: DIST, ASTRO_CACHE_DIR: join(OUT, 'astro-cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function distSize() {
  const files = walk(DIST);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const byKind: Record<string, number> = {};
  for (const file of files) {
    const ext = file.includes('.') ? file.slice(file.lastIndexOf('.') + 1) : '(none)';
    byKind[ext] = (byKind[ext] ?? 0) + statSync(file).size;
  }
  return { files: files.length, bytes, byKind };
}

function chromiumVersion(): string {
  const path = chromePath();
  if (!path) return 'chrome-launcher default';
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return (result.stdout || path).trim();
}

function gitCommit(): string {
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
    args: CHROMIUM_FLAGS,
  });
}

async function measureScripts(urls: string[]): Promise<JavaScriptMeasure[]> {
  const browser = await launchChromium();
  try {
    const measures: JavaScriptMeasure[] = [];
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
async function measureBytes(pages: BenchPage[], urls: string[]): Promise<BytesResult> {
  const browser = await launchChromium();
  try {
    const result: BytesResult = { pages: [], story: null };
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
      const screens: FirstScreenFigures[] = [];
      for (const viewport of FIRST_SCREEN_VIEWPORTS) {
        const screen = await firstScreen(browser, urls[i]!, html, viewport);
        screens.push({ ...screen, elements: undefined, elementCount: screen.elements.length });
      }
      result.story = { breakdown: byteBreakdown(html), firstScreen: screens };
    }
    return result;
  } finally {
    await browser.close();
  }
}

/** The index of the embed page with the smallest gzip HTML, or -1. */
function lightestEmbed(pages: { id: string; kind: string }[], bytes: { pages: { id: string; htmlGzip: number }[] }) {
  const gzipOf = (i: number) => bytes.pages.find((p) => p.id === pages[i]!.id)?.htmlGzip ?? Infinity;
  let best = -1;
  for (const [i, page] of pages.entries()) {
    if (page.kind === 'embed' && (best < 0 || gzipOf(i) < gzipOf(best))) best = i;
  }
  return best;
}

function readBaseline(): Baseline | null {
  if (!existsSync(BASELINE)) return null;
  const baseline: Baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  return { commit: baseline.commit, date: baseline.date, bytes: baseline.bytes };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const widgets = await loadWidgets();
  log(`${widgets.length} widget(s) in the registry`);

  let buildSeconds: number | null = null;
  if (BUILD) {
    log('building from scratch into bench/out/dist …');
    buildSeconds = await buildSite();
    log(`built in ${buildSeconds.toFixed(1)} s`);
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('bench/out/dist has no build: run without --no-build');
  }

  const pages: BenchPage[] = [{ kind: 'story', id: 'story', path: '' }];
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
    // Lantern charges a page for its whole HTML before the first parse; a browser paints what has arrived.
    // The story against the lightest embed page with the network really throttled shows what that costs.
    const streamingPages = [pages.findIndex((page) => page.kind === 'story'), lightestEmbed(pages, bytes)].filter(
      (i) => i >= 0,
    );
    const STREAMING_RUNS = Math.min(RUNS, 3);
    log(`Lighthouse with DevTools throttling (${STREAMING_RUNS} run(s)) on ${streamingPages.length} page(s) …`);
    const streamed = await runLighthouse(
      streamingPages.map((i) => urls[i]!),
      { runs: STREAMING_RUNS, categories: ['performance'], throttling: 'devtools' },
    );
    const streaming = {
      runs: STREAMING_RUNS,
      pages: streamingPages.map((i, n) => ({ id: pages[i]!.id, kind: pages[i]!.kind, lighthouse: streamed[n] })),
    };
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
      pages: pages.map((page, i) => {
        const script = scripts[i]!;
        return {
          ...page,
          lighthouse: lighthouse[i],
          javascript: {
            totalGzip: script.totalGzip,
            filesGzip: script.filesGzip,
            inlineGzip: script.inlineGzip,
            files: script.files.map((file) => ({ ...file, url: new URL(file.url).pathname })),
            islands: script.islands,
            notHydrated: script.notHydrated,
          },
        };
      }),
      missingEmbeds,
      streaming,
      bytes,
      bytesBaseline: readBaseline(),
    };
    const { markdown, misses } = formatResults(results);
    // Written as Prettier would write them, so that committing fresh figures keeps `npm run lint` green.
    const prettier = await import('prettier');
    const format = async (text: string, file: string) =>
      prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
    const jsonFile = OUT_FILE ?? join(ROOT, 'bench', 'results.json');
    const markdownFile = OUT_FILE ? OUT_FILE.replace(/\.json$/, '') + '.md' : join(ROOT, 'bench', 'results.md');
    writeFileSync(jsonFile, await format(JSON.stringify({ ...results, misses }, null, 2), jsonFile));
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
