// Turns the benchmark's measurements into a verdict per target and a Markdown table.
// The types below are what the report reads: bench/run.ts writes more (results.json has it all).
import type { FirstScreen, Located } from './first-screen.ts';
import type { ByteBreakdown, ByteMeasure } from './html-bytes.ts';

export type PageKind = 'story' | 'embed';

export interface Targets {
  storyJsGzip: number;
  embedJsGzip: number;
  loaderGzip: number;
  cls: number;
  renderBlockingStylesheets?: number;
  storyHtmlGzip?: number;
  embedHtmlGzip?: number;
  /** Lighthouse category scores, 0..1. */
  lighthouse: Record<PageKind, Record<string, number>>;
  timing?: Record<PageKind, { fcpMs: number; lcpMs: number }>;
}

/** A page's Lighthouse figures (a MedianRun); every one may be missing. */
export interface LighthouseFigures {
  scores?: Record<string, number | null>;
  fcpMs?: number | null;
  lcpMs?: number | null;
  fcpMedianMs?: number | null;
  lcpMedianMs?: number | null;
  tbtMs?: number | null;
  cls?: number | null;
  totalBytes?: number | null;
  benchmarkIndex?: number | null;
  failing?: { category: string; title: string; score: number }[];
  runs?: number;
  cleanRuns?: number;
  performanceByRun?: { score: number | null; held: boolean | null; fcpMs?: number | null; lcpMs?: number | null }[];
}

export interface PageResult {
  kind: PageKind;
  id: string;
  lighthouse?: LighthouseFigures | undefined;
  javascript: {
    totalGzip: number;
    inlineGzip: number;
    files: { url: string; gzip: number }[];
    islands: number;
    notHydrated: number;
  };
}

export interface PageBytes {
  id: string;
  kind: PageKind;
  htmlBytes: number;
  htmlGzip: number;
  renderBlockingStylesheets: (string | null)[];
  fontPreloads: (string | null)[];
}

/** A first screen as results.json keeps it: the elements counted, not listed. */
export type FirstScreenFigures = Omit<FirstScreen, 'elements'> & { elements?: undefined; elementCount: number };

export interface BytesResult {
  pages: PageBytes[];
  /** Null when the story was not measured (--pages without it). */
  story: { breakdown: ByteBreakdown; firstScreen: FirstScreenFigures[] } | null;
}

/** bench/bytes-baseline.json: the `--bytes-only` output of an earlier build. */
export interface Baseline {
  commit: string;
  date: string;
  bytes: BytesResult;
}

export interface Results {
  date: string;
  commit: string;
  environment: {
    node: string;
    cpus: number;
    loadAverage: number[];
    chromium: string;
    lighthouse: string | null;
    lighthouseRunsPerPage: number;
  };
  targets: Targets;
  build: { seconds: number | null; dist: { files: number; bytes: number } };
  loader: { bytes: number; gzip: number } | null;
  pages: PageResult[];
  missingEmbeds?: string[];
  /** The story and the lightest embed page again, with DevTools throttling (the HTML streams in). */
  streaming?: { runs: number; pages: { id: string; kind: PageKind; lighthouse?: LighthouseFigures | undefined }[] };
  bytes?: BytesResult | null;
  bytesBaseline?: Baseline | null;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The DevTools-throttled runs: not a target (the targets are Lantern's), the check of what Lantern leaves out.
 * Lighthouse's DevTools profile adds 562.5 ms to every request, so its times are all later than Lantern's.
 */
export function formatStreaming(streaming: Results['streaming']): string[] {
  if (!streaming?.pages.length) return [];
  const lines = ['## With the HTML streaming in (DevTools throttling)', ''];
  lines.push(
    `Lantern, which the table above uses, starts parsing only once the whole HTML has arrived: the story's second ` +
      `flight costs it a round trip before its first paint. With the network and CPU really throttled (Lighthouse's ` +
      `\`throttlingMethod: 'devtools'\`: 562.5 ms per request, 1.4 Mbps, CPU 4×) the browser paints what has arrived. ` +
      `${streaming.runs} run(s) each; the story against the lightest embed page, which fits in one flight:`,
    '',
  );
  lines.push('| page | FCP, median | LCP, median | runs (FCP / LCP) |', '| --- | ---: | ---: | --- |');
  for (const page of streaming.pages) {
    const lh: LighthouseFigures = page.lighthouse ?? {};
    const name = page.kind === 'story' ? 'story (`/`)' : `\`embed/${page.id}/\``;
    const runs = (lh.performanceByRun ?? []).map((run) => `${ms(run.fcpMs)} / ${ms(run.lcpMs)}`).join(', ');
    lines.push(`| ${name} | ${ms(lh.fcpMedianMs ?? lh.fcpMs)} | ${ms(lh.lcpMedianMs ?? lh.lcpMs)} | ${runs} |`);
  }
  lines.push('');
  return lines;
}

/** "12.3 KB" with KB = 1024 bytes. */
export function kb(bytes: number | null | undefined, unit = 1024): string {
  return bytes === null || bytes === undefined ? '–' : `${(bytes / unit).toFixed(1)} KB`;
}

function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(Math.round(value * 100));
}

function ms(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value)} ms`;
}

/** ", Lighthouse benchmark index 900–1400": how fast the machine was while auditing (higher is faster). */
function benchmarkRange(pages: PageResult[]): string {
  const values = pages.map((page) => page.lighthouse?.benchmarkIndex).filter((value) => typeof value === 'number');
  if (!values.length) return '';
  const [low, high] = [Math.min(...values), Math.max(...values)].map((value) => Math.round(value));
  return `, Lighthouse benchmark index ${low === high ? low : `${low}–${high}`}`;
}

/** Every target a page misses, as sentences. */
export function pageMisses(page: PageResult, targets: Targets): string[] {
  const misses: string[] = [];
  const label = page.kind === 'story' ? 'story' : `embed/${page.id}/`;
  const wanted = targets.lighthouse[page.kind] ?? {};
  for (const [category, target] of Object.entries(wanted)) {
    const actual = page.lighthouse?.scores?.[category];
    if (actual === null || actual === undefined || actual < target) {
      misses.push(`${label}: Lighthouse ${category} ${score(actual)} < ${score(target)}`);
    }
  }
  const timing = targets.timing?.[page.kind];
  if (timing && page.lighthouse) {
    const fcp = page.lighthouse.fcpMedianMs;
    const lcp = page.lighthouse.lcpMedianMs;
    if (typeof fcp === 'number' && fcp > timing.fcpMs) misses.push(`${label}: FCP ${ms(fcp)} > ${ms(timing.fcpMs)}`);
    if (typeof lcp === 'number' && lcp > timing.lcpMs) misses.push(`${label}: LCP ${ms(lcp)} > ${ms(timing.lcpMs)}`);
  }
  const cls = page.lighthouse?.cls;
  if (cls === null || cls === undefined || cls > targets.cls) misses.push(`${label}: CLS ${cls} > ${targets.cls}`);
  const budget = page.kind === 'story' ? targets.storyJsGzip : targets.embedJsGzip;
  if (page.javascript.totalGzip > budget) {
    misses.push(`${label}: JavaScript ${kb(page.javascript.totalGzip)} gzip > ${kb(budget)}`);
  }
  if (page.javascript.notHydrated > 0) {
    misses.push(`${label}: ${page.javascript.notHydrated} island(s) never hydrated`);
  }
  return misses;
}

/** Every byte target the build misses, as sentences. */
export function byteMisses(bytes: BytesResult | null | undefined, targets: Targets): string[] {
  if (!bytes) return [];
  const misses: string[] = [];
  for (const page of bytes.pages) {
    const label = page.kind === 'story' ? 'story' : `embed/${page.id}/`;
    const blocking = page.renderBlockingStylesheets.length;
    if (targets.renderBlockingStylesheets !== undefined && blocking > targets.renderBlockingStylesheets) {
      misses.push(`${label}: ${blocking} render-blocking stylesheets > ${targets.renderBlockingStylesheets}`);
    }
    const budget = page.kind === 'story' ? targets.storyHtmlGzip : targets.embedHtmlGzip;
    if (budget !== undefined && page.htmlGzip > budget)
      misses.push(`${label}: HTML ${kb(page.htmlGzip)} gzip > ${kb(budget)}`);
  }
  for (const screen of bytes.story?.firstScreen ?? []) {
    if (!screen.withinBudget) {
      misses.push(
        `story at ${screen.viewport.width}×${screen.viewport.height}: first screen ends at ${kb(screen.gzipEnd)} of gzip` +
          `${screen.css.external.length ? ` and needs ${screen.css.external.length} stylesheet file(s)` : ''} (target ${kb(screen.budget)}, CSS inline)`,
      );
    }
  }
  return misses;
}

const beforeAfter = <T>(before: T | null | undefined, after: T, format: (value: T) => string = String): string =>
  before === undefined || before === null ? format(after) : `${format(before)} → ${format(after)}`;

/** The first-screen check, the pages' HTML and the story's byte breakdown, with the baseline's figures. */
export function formatBytes(bytes: BytesResult | null | undefined, baseline: Baseline | null | undefined): string[] {
  if (!bytes) return [];
  const lines: string[] = [];
  const base = baseline?.bytes;
  const since = baseline
    ? ` Before → after: the baseline is the build of commit ${baseline.commit} (bench/bytes-baseline.json), measured by the same code.`
    : '';
  lines.push('## First screen in the first 14 KB', '');
  lines.push(
    "Where the story's first screen ends in its gzip response (zlib default level, as the bench's server sends it): " +
      'the elements that paint inside the window with JavaScript off, located in the HTML source, and the last byte of ' +
      `the CSS before them. Target: all of it within ${kb(bytes.story?.firstScreen?.[0]?.budget ?? 14 * 1024)}, with no stylesheet file to wait for.${since}`,
    '',
  );
  lines.push(
    '| viewport | masthead ends | first paragraph ends | last first-screen element | its end | CSS ends | stylesheet files | within 14 KB |',
  );
  lines.push('| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |');
  for (const screen of bytes.story?.firstScreen ?? []) {
    const before = base?.story?.firstScreen?.find(
      (old) => old.viewport.width === screen.viewport.width && old.viewport.height === screen.viewport.height,
    );
    const gz = (item: Located | null | undefined) => (item ? kb(item.gzipEnd) : '–');
    lines.push(
      `| ${screen.viewport.width}×${screen.viewport.height} | ${beforeAfter(before && gz(before.masthead), gz(screen.masthead))} | ` +
        `${beforeAfter(before && gz(before.firstParagraph), gz(screen.firstParagraph))} | \`${screen.last?.label ?? '–'}\` “${(screen.last?.text ?? '').replace(/\|/g, '\\|')}…” | ` +
        `${beforeAfter(before && gz(before.last), gz(screen.last))} | ${beforeAfter(before && kb(before.css.gzipEnd), kb(screen.css.gzipEnd))} | ` +
        `${beforeAfter(before?.css.external.length, screen.css.external.length)} | ${beforeAfter(before && (before.withinBudget ? 'yes' : 'no'), screen.withinBudget ? 'yes' : 'no')} |`,
    );
  }
  lines.push('', '## HTML per page', '');
  lines.push(
    '| page | HTML | gzip | render-blocking stylesheets | font preloads |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const page of bytes.pages) {
    const before = base?.pages?.find((old) => old.id === page.id);
    const name = page.kind === 'story' ? 'story (`/`)' : `\`embed/${page.id}/\``;
    lines.push(
      `| ${name} | ${beforeAfter(before && kb(before.htmlBytes), kb(page.htmlBytes))} | ${beforeAfter(before && kb(before.htmlGzip), kb(page.htmlGzip))} | ` +
        `${beforeAfter(before?.renderBlockingStylesheets.length, page.renderBlockingStylesheets.length)} | ${beforeAfter(before?.fontPreloads.length, page.fontPreloads.length)} |`,
    );
  }
  const breakdown = bytes.story?.breakdown;
  if (breakdown) {
    const old = base?.story?.breakdown;
    lines.push('', "## The story's HTML by part", '');
    lines.push(
      'Raw bytes of each part, and gzip: how much smaller the gzip response would be without it. Parts are counted outermost ' +
        "first (the QR code's SVG inside the share links counts as share links); the attributes below them run across the " +
        'whole page and overlap the parts.',
      '',
    );
    lines.push('| part | count | raw | gzip |', '| --- | ---: | ---: | ---: |');
    const row = (item: ByteMeasure, previous: ByteMeasure | undefined) =>
      `| ${item.label} | ${beforeAfter(previous?.count, item.count)} | ${beforeAfter(previous && kb(previous.raw), kb(item.raw))} | ${beforeAfter(previous && kb(previous.gzip), kb(item.gzip))} |`;
    for (const part of breakdown.parts)
      lines.push(
        row(
          part,
          old?.parts.find((p) => p.id === part.id),
        ),
      );
    lines.push(`| text and other markup | | ${beforeAfter(old && kb(old.rest.raw), kb(breakdown.rest.raw))} | |`);
    lines.push(
      `| **whole page** | | ${beforeAfter(old && kb(old.total.raw), kb(breakdown.total.raw))} | ${beforeAfter(old && kb(old.total.gzip), kb(breakdown.total.gzip))} |`,
    );
    for (const attribute of breakdown.attributes)
      lines.push(
        row(
          attribute,
          old?.attributes.find((a) => a.id === attribute.id),
        ),
      );
  }
  lines.push('');
  return lines;
}

export function formatResults(results: Results): { markdown: string; misses: string[] } {
  const { targets } = results;
  const misses = results.pages.flatMap((page) => pageMisses(page, targets));
  misses.push(...byteMisses(results.bytes, targets));
  if (results.loader && results.loader.gzip > targets.loaderGzip) {
    misses.push(`embed.js: ${kb(results.loader.gzip)} gzip > ${kb(targets.loaderGzip)}`);
  }
  for (const id of results.missingEmbeds ?? []) misses.push(`embed/${id}/: no page in dist`);

  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on commit ${results.commit} with \`npm run bench\` ` +
      `(bench/run.ts). Lighthouse ${results.environment.lighthouse}, mobile, default simulated throttling, ` +
      `${results.environment.lighthouseRunsPerPage} run(s) per page, the median by performance score of those whose first paint was not held (see Run to run); ` +
      `${results.environment.chromium}; Node ${results.environment.node}; ${results.environment.cpus} CPU(s), ` +
      `load average ${results.environment.loadAverage.join(' / ')} when it finished` +
      `${benchmarkRange(results.pages)}. KB = 1024 bytes.`,
    '',
  );
  lines.push('## Pages', '');
  lines.push(
    '| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | total bytes | JS gzip, all hydrated | JS budget | verdict |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const page of results.pages) {
    const lh: LighthouseFigures = page.lighthouse ?? {};
    const budget = page.kind === 'story' ? targets.storyJsGzip : targets.embedJsGzip;
    const pageMissCount = pageMisses(page, targets).length;
    const name = page.kind === 'story' ? 'story (`/`)' : `\`embed/${page.id}/\``;
    lines.push(
      `| ${name} | ${CATEGORIES.map((c) => score(lh.scores?.[c])).join(' | ')} | ${ms(lh.fcpMedianMs ?? lh.fcpMs)} | ${ms(lh.lcpMedianMs ?? lh.lcpMs)} | ${ms(lh.tbtMs)} | ` +
        `${lh.cls ?? '–'} | ${kb(lh.totalBytes)} | ${kb(page.javascript.totalGzip)} | ${kb(budget)} | ` +
        `${pageMissCount ? `${pageMissCount} miss(es)` : 'on target'} |`,
    );
  }
  lines.push('');
  lines.push(
    'JS gzip: every script file the browser fetched (module imports included) after scrolling the whole page so ' +
      'that every island hydrated, plus the inline scripts of the HTML, each gzip -9. FCP and LCP: the medians of the runs ' +
      '(see Run to run), the other columns from the median-score run. Targets: story Lighthouse ' +
      '100 on all four categories, embed pages 100 on performance, accessibility and best practices, CLS 0' +
      `${targets.timing ? `; story FCP ≤ ${targets.timing.story.fcpMs} ms and LCP ≤ ${targets.timing.story.lcpMs} ms, embed pages FCP ≤ ${targets.timing.embed.fcpMs} ms and LCP ≤ ${targets.timing.embed.lcpMs} ms` : ''}.`,
    '',
  );

  lines.push('## Build and loader', '');
  lines.push('| measure | value | target |', '| --- | ---: | ---: |');
  lines.push(
    `| build wall time (cold cache) | ${results.build.seconds === null ? '–' : `${results.build.seconds.toFixed(1)} s`} | |`,
  );
  lines.push(`| dist/ size | ${kb(results.build.dist.bytes)} in ${results.build.dist.files} files | |`);
  lines.push(
    `| loader \`embed.js\`, gzip | ${results.loader ? kb(results.loader.gzip) : 'not built yet'} | ≤ ${kb(targets.loaderGzip)} |`,
  );
  lines.push('');

  lines.push('## Run to run', '');
  lines.push(
    'Performance score of each Lighthouse run, in the order run. "held" marks a run whose first paint came over ' +
      '500 ms after its load event: headless Chromium held the first frame (GoogleChrome/lighthouse#17148), and ' +
      'Lantern then charges the page for every request made before that late paint. Such a run measures the browser, not the page, so the figures above are the median of the other runs (of all runs if every one was held).',
    '',
  );
  for (const page of results.pages) {
    const lh: LighthouseFigures = page.lighthouse ?? {};
    if (!lh.performanceByRun) continue;
    const name = page.kind === 'story' ? 'story' : `embed/${page.id}/`;
    const runs = lh.performanceByRun
      .map(
        (run) =>
          `${score(run.score)}${run.held ? ' held' : ''}` +
          (typeof run.fcpMs === 'number' ? ` (FCP ${ms(run.fcpMs)}, LCP ${ms(run.lcpMs)})` : ''),
      )
      .join(', ');
    lines.push(`- ${name}: ${runs}; median of ${lh.cleanRuns || lh.runs} run(s)`);
  }
  lines.push('');

  lines.push(...formatStreaming(results.streaming));
  lines.push(...formatBytes(results.bytes, results.bytesBaseline));

  lines.push('## Script files per page', '');
  for (const page of results.pages) {
    const name = page.kind === 'story' ? 'story' : `embed/${page.id}/`;
    const files = page.javascript.files.map((f) => `\`${f.url.replace(/^.*\//, '')}\` ${kb(f.gzip)}`).join(', ');
    lines.push(
      `- ${name}: ${files || 'no script files'}; inline ${kb(page.javascript.inlineGzip)}; ` +
        `${page.javascript.islands} island(s)`,
    );
  }
  lines.push('');

  lines.push('## Verdict', '');
  if (misses.length === 0) lines.push('Every target is met.');
  else for (const miss of misses) lines.push(`- ${miss}`);
  const failing = results.pages.flatMap((page) =>
    (page.lighthouse?.failing ?? []).map((audit) => `${page.id}: ${audit.category} › ${audit.title} (${audit.score})`),
  );
  if (failing.length) {
    lines.push('', 'Lighthouse audits below full marks:', '', ...failing.map((line) => `- ${line}`));
  }
  lines.push('');
  return { markdown: lines.join('\n'), misses };
}
