import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, LIGHTHOUSE_TARGETS } from '../../bench/budgets';
import { formatResults, formatStreaming, kb, pageMisses } from '../../bench/lib/report';

const targets = { ...BUDGETS, lighthouse: LIGHTHOUSE_TARGETS, kb: KB };

function page(kind: 'story' | 'embed', overrides: { scores?: Record<string, number>; cls?: number; js?: number } = {}) {
  return {
    kind,
    id: kind === 'story' ? 'story' : 'maas-share',
    path: kind === 'story' ? '' : 'embed/maas-share/',
    lighthouse: {
      scores: overrides.scores ?? { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 },
      lcpMs: 900,
      tbtMs: 0,
      cls: overrides.cls ?? 0,
      totalBytes: 100_000,
      failing: [],
      runs: 3,
      cleanRuns: 2,
      performanceByRun: [
        { score: 1, held: false },
        { score: 0.99, held: true },
        { score: 1, held: false },
      ],
    },
    javascript: {
      totalGzip: overrides.js ?? 10 * KB,
      filesGzip: 0,
      inlineGzip: 0,
      files: [],
      islands: 1,
      notHydrated: 0,
    },
  };
}

function results(pages: ReturnType<typeof page>[], loaderGzip = 1500) {
  return {
    date: '2026-01-07T10:00:00.000Z',
    commit: 'abc1234',
    environment: {
      node: 'v24',
      cpus: 2,
      loadAverage: [1, 1, 1],
      chromium: 'Chromium',
      lighthouse: '12.2.3',
      lighthouseRunsPerPage: 3,
    },
    targets,
    build: { seconds: 12.3, dist: { files: 10, bytes: 200 * KB, byKind: {} } },
    loader: { bytes: 3000, gzip: loaderGzip },
    pages,
    missingEmbeds: [],
  };
}

describe('the benchmark verdict', () => {
  it('is clean when every target is met', () => {
    const { misses, markdown } = formatResults(results([page('story'), page('embed')]));
    expect(misses).toEqual([]);
    expect(markdown).toContain('Every target is met.');
    expect(markdown).toContain('| story (`/`) | 100 | 100 | 100 | 100 |');
  });

  it('names each missed target', () => {
    expect(
      pageMisses(
        page('story', { scores: { performance: 0.97, accessibility: 1, 'best-practices': 1, seo: 0.9 } }),
        targets,
      ),
    ).toEqual(['story: Lighthouse performance 97 < 100', 'story: Lighthouse seo 90 < 100']);
    expect(pageMisses(page('embed', { cls: 0.01, js: 31 * KB }), targets)).toEqual([
      'embed/maas-share/: CLS 0.01 > 0',
      'embed/maas-share/: JavaScript 31.0 KB gzip > 30.0 KB',
    ]);
    // SEO is not a target for embed pages (they are noindex by design).
    expect(
      pageMisses(
        page('embed', { scores: { performance: 1, accessibility: 1, 'best-practices': 1, seo: 0.6 } }),
        targets,
      ),
    ).toEqual([]);
    expect(formatResults(results([page('story')], 2049)).misses).toEqual(['embed.js: 2.0 KB gzip > 2.0 KB']);
  });

  it("shows every run's score and marks the runs whose first paint was held", () => {
    const { markdown } = formatResults(results([page('story'), page('embed')]));
    expect(markdown).toContain('- story: 100, 99 held, 100; median of 2 run(s)');
    expect(markdown).toContain('- embed/maas-share/: 100, 99 held, 100; median of 2 run(s)');
  });

  it('writes sizes in KB of 1024 bytes', () => {
    expect(kb(61_440)).toBe('60.0 KB');
    expect(kb(null)).toBe('–');
  });
});

describe('formatStreaming', () => {
  it('lists the DevTools-throttled medians and every run of each page', () => {
    const run = (fcpMs: number, lcpMs: number) => ({ score: 1, held: false, fcpMs, lcpMs });
    const lines = formatStreaming({
      runs: 2,
      pages: [
        {
          id: 'story',
          kind: 'story',
          lighthouse: { fcpMedianMs: 840, lcpMedianMs: 850, performanceByRun: [run(838, 838), run(842, 862)] },
        },
        { id: 'maas-share', kind: 'embed', lighthouse: undefined },
      ],
    }).join('\n');
    expect(lines).toContain('| story (`/`) | 840 ms | 850 ms | 838 ms / 838 ms, 842 ms / 862 ms |');
    expect(lines).toContain('| `embed/maas-share/` | – | – |  |');
  });

  it('writes nothing when the bench measured no page that way', () => {
    expect(formatStreaming(undefined)).toEqual([]);
  });
});
