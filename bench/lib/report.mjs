// Turns the benchmark's measurements into a verdict per target and a Markdown table.

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** "12.3 KB" with KB = 1024 bytes. */
export function kb(bytes, unit = 1024) {
  return bytes === null || bytes === undefined ? '–' : `${(bytes / unit).toFixed(1)} KB`;
}

function score(value) {
  return value === null || value === undefined ? '–' : String(Math.round(value * 100));
}

function ms(value) {
  return value === null || value === undefined ? '–' : `${Math.round(value)} ms`;
}

/** ", Lighthouse benchmark index 900–1400": how fast the machine was while auditing (higher is faster). */
function benchmarkRange(pages) {
  const values = pages.map((page) => page.lighthouse?.benchmarkIndex).filter((value) => typeof value === 'number');
  if (!values.length) return '';
  const [low, high] = [Math.min(...values), Math.max(...values)].map((value) => Math.round(value));
  return `, Lighthouse benchmark index ${low === high ? low : `${low}–${high}`}`;
}

/** Every target a page misses, as sentences. */
export function pageMisses(page, targets) {
  const misses = [];
  const label = page.kind === 'story' ? 'story' : `embed/${page.id}/`;
  const wanted = targets.lighthouse[page.kind] ?? {};
  for (const [category, target] of Object.entries(wanted)) {
    const actual = page.lighthouse?.scores?.[category];
    if (actual === null || actual === undefined || actual < target) {
      misses.push(`${label}: Lighthouse ${category} ${score(actual)} < ${score(target)}`);
    }
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

/** @returns {{ markdown: string, misses: string[] }} */
export function formatResults(results) {
  const { targets } = results;
  const misses = results.pages.flatMap((page) => pageMisses(page, targets));
  if (results.loader && results.loader.gzip > targets.loaderGzip) {
    misses.push(`embed.js: ${kb(results.loader.gzip)} gzip > ${kb(targets.loaderGzip)}`);
  }
  for (const id of results.missingEmbeds ?? []) misses.push(`embed/${id}/: no page in dist`);

  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on commit ${results.commit} with \`npm run bench\` ` +
      `(bench/run.mjs). Lighthouse ${results.environment.lighthouse}, mobile, default simulated throttling, ` +
      `${results.environment.lighthouseRunsPerPage} run(s) per page, the median by performance score of those whose first paint was not held (see Run to run); ` +
      `${results.environment.chromium}; Node ${results.environment.node}; ${results.environment.cpus} CPU(s), ` +
      `load average ${results.environment.loadAverage.join(' / ')} when it finished` +
      `${benchmarkRange(results.pages)}. KB = 1024 bytes.`,
    '',
  );
  lines.push('## Pages', '');
  lines.push(
    '| page | perf | a11y | best practices | SEO | LCP | TBT | CLS | total bytes | JS gzip, all hydrated | JS budget | verdict |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const page of results.pages) {
    const lh = page.lighthouse ?? {};
    const budget = page.kind === 'story' ? targets.storyJsGzip : targets.embedJsGzip;
    const pageMissCount = pageMisses(page, targets).length;
    const name = page.kind === 'story' ? 'story (`/`)' : `\`embed/${page.id}/\``;
    lines.push(
      `| ${name} | ${CATEGORIES.map((c) => score(lh.scores?.[c])).join(' | ')} | ${ms(lh.lcpMs)} | ${ms(lh.tbtMs)} | ` +
        `${lh.cls ?? '–'} | ${kb(lh.totalBytes)} | ${kb(page.javascript.totalGzip)} | ${kb(budget)} | ` +
        `${pageMissCount ? `${pageMissCount} miss(es)` : 'on target'} |`,
    );
  }
  lines.push('');
  lines.push(
    'JS gzip: every script file the browser fetched (module imports included) after scrolling the whole page so ' +
      'that every island hydrated, plus the inline scripts of the HTML, each gzip -9. Targets: story Lighthouse ' +
      '100 on all four categories, embed pages 100 on performance, accessibility and best practices, CLS 0.',
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
    const lh = page.lighthouse ?? {};
    if (!lh.performanceByRun) continue;
    const name = page.kind === 'story' ? 'story' : `embed/${page.id}/`;
    const runs = lh.performanceByRun.map((run) => `${score(run.score)}${run.held ? ' held' : ''}`).join(', ');
    lines.push(`- ${name}: ${runs}; median of ${lh.cleanRuns || lh.runs} run(s)`);
  }
  lines.push('');

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
