/**
 * content/ledger.json, every address the site has published: well-formed, holding every address the
 * registry makes (live and retired graphics), only ever growing (checked against every committed version),
 * and the build's own check (integrations/published-ledger.ts) naming what a build breaks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerProblems } from '../../integrations/published-ledger';
import { LEDGER_FILE, parseLedger, readLedger } from '../../src/data/load-ledger';
import { readFigures } from '../../src/data/load-figures';
import { toFigureSet } from '../../src/data/figures';
import { storyAnchor } from '../../src/embed/links';
import { hasData } from '../../src/embed/static-paths';
import { widgetPaths } from '../../src/lib/widget-paths';
import { WIDGETS } from '../../src/widgets/registry';
import { RETIRED_WIDGETS } from '../../src/widgets/retired';

const ledger = readLedger();
const paths = new Set(ledger.map((address) => address.path));
const set = toFigureSet(await readFigures('content/figures.json'));

/** Every address the registry makes: each graphic's page and files, and its place in the story. */
function registryAddresses(): string[] {
  const live = WIDGETS.flatMap((entry) => {
    const p = widgetPaths(entry.id);
    return [
      p.page,
      p.oembed,
      ...(hasData(entry, set) ? [p.data] : []),
      p.png,
      p.svg,
      p.card,
      `#${storyAnchor(entry.id)}`,
    ];
  });
  const retired = RETIRED_WIDGETS.flatMap((entry) => {
    const p = widgetPaths(entry.id);
    return [p.page, p.oembed, p.data, p.png, p.svg, p.card, `#${storyAnchor(entry.id)}`];
  });
  return [...live, ...retired];
}

describe('content/ledger.json', () => {
  it('is well-formed: each address once, each published by one of its editions', () => {
    expect(ledger.length).toBeGreaterThan(100);
    expect(paths.size).toBe(ledger.length);
  });

  it('holds every address the registry makes, live and retired (a new one is added, never left out)', () => {
    const missing = registryAddresses().filter((path) => !paths.has(path));
    // What to add, ready to paste.
    expect(missing.map((path) => `{ "path": "${path}", "since": "<date of its edition>" }`)).toEqual([]);
  });

  it('holds the first edition: 11 graphics with their page, oEmbed, data and both images, and its links', () => {
    const first = ledger.filter((address) => address.since === '2026-11-28').map((address) => address.path);
    const graphics = new Set(
      first.filter((path) => path.startsWith('embed/') && path.split('/').length > 2).map((p) => p.split('/')[1]),
    );
    expect([...graphics].sort()).toEqual(
      [
        'adoption-paths',
        'api-gpu-overlap',
        'enterprise-adoption',
        'full-stack',
        'iceberg',
        'industry-budget',
        'maas-share',
        'market-growth',
        'motorola-forecast',
        'open-vs-closed',
        'tokens-per-task',
      ].sort(),
    );
    for (const id of graphics) {
      for (const file of ['', 'oembed.json', 'data.csv', 'image.png', 'image.svg']) {
        expect(first, `embed/${id}/${file}`).toContain(`embed/${id}/${file}`);
      }
    }
    expect(first).toEqual(expect.arrayContaining(['', 'embed/', 'embed/widgets.json', 'embed.js', '#introduction']));
  });

  it('only grows: every address of every committed version is still there', () => {
    let commits: string[];
    try {
      commits = execFileSync('git', ['log', '--format=%H', '--', LEDGER_FILE], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    } catch {
      commits = [];
    }
    // A checkout without history (an export) has nothing to compare with; every clone has.
    if (commits.length === 0) return;
    for (const commit of commits) {
      const text = execFileSync('git', ['show', `${commit}:${LEDGER_FILE}`], { encoding: 'utf8' });
      const gone = parseLedger(JSON.parse(text), `${LEDGER_FILE} at ${commit.slice(0, 7)}`)
        .map((address) => address.path)
        .filter((path) => !paths.has(path));
      expect(gone, `addresses of ${commit.slice(0, 7)} the ledger no longer holds`).toEqual([]);
    }
  });

  it('refuses a malformed entry, naming the file, the entry and the field', () => {
    const editions = [{ date: '2026-11-28', source: 'x', what: 'y' }];
    const parse = (addresses: unknown[]) => () => parseLedger({ about: '', editions, addresses }, LEDGER_FILE);
    expect(parse([{ path: 'Embed/X/', since: '2026-11-28' }])).toThrow(
      `${LEDGER_FILE}: entry #1 ("Embed/X/"), field "path"`,
    );
    expect(parse([{ path: 'embed/', since: '2026-12-31' }])).toThrow('entry #1 ("embed/"), field "since"');
    expect(
      parse([
        { path: '', since: '2026-11-28' },
        { path: '', since: '2026-11-28' },
      ]),
    ).toThrow('entry #2 (""), field "path": listed twice');
  });
});

describe('the build’s check of the ledger', () => {
  /** A tiny build: files at their paths, and the story with the ids given. */
  function dist(files: string[], storyIds: string[]) {
    const root = mkdtempSync(join(tmpdir(), 'ledger-'));
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    writeFileSync(join(root, 'index.html'), storyIds.map((id) => `<p id="${id}">x</p>`).join(''));
    mkdirSync(join(root, '_astro'), { recursive: true });
    writeFileSync(join(root, '_astro', 'a.123.js'), '');
    writeFileSync(join(root, '_headers'), '');
    return root;
  }
  const addresses = [
    { path: '', since: '2026-11-28' },
    { path: 'embed/x/', since: '2026-11-28' },
    { path: 'embed/x/card.png', since: '2026-11-28' },
    { path: '#graphic-x', since: '2026-11-28' },
  ];

  it('passes a build that produces every address and nothing else (hashed assets aside)', () => {
    expect(ledgerProblems(addresses, dist(['embed/x/index.html', 'embed/x/card.png'], ['graphic-x']))).toEqual([]);
  });

  it('names the entry of an address no longer produced, file or id', () => {
    expect(ledgerProblems(addresses, dist(['embed/x/index.html'], []))).toEqual([
      `${LEDGER_FILE}: entry #3 ("embed/x/card.png"): the build produced no embed/x/card.png`,
      `${LEDGER_FILE}: entry #4 ("#graphic-x"): the story has no element with id="graphic-x"`,
    ]);
  });

  it('names a published file the ledger does not hold', () => {
    const more = ledgerProblems(
      addresses,
      dist(['embed/x/index.html', 'embed/x/card.png', 'embed/y/index.html'], ['graphic-x']),
    );
    expect(more).toHaveLength(1);
    expect(more[0]).toContain('the build publishes "embed/y/", which the ledger does not hold');
  });

  it('names an id of the story that a page or file links to and the ledger does not hold', () => {
    const root = dist(['embed/x/index.html', 'embed/x/card.png'], ['graphic-x', 'note-y', 'note-z']);
    writeFileSync(
      join(root, 'index.html'),
      '<p id="graphic-x"><a href="#note-y">y</a></p><p id="note-y"></p><p id="note-z"></p>',
    );
    // An embed page links to the story under its base path; its own fragments and other pages' are not the story's.
    writeFileSync(
      join(root, 'embed/x/index.html'),
      '<a href="https://e.org/news/#graphic-x">s</a><a href="#main">m</a><a href="https://e.org/news/embed/#graphic-q">g</a>',
    );
    mkdirSync(join(root, 'embed/y'), { recursive: true });
    writeFileSync(join(root, 'embed/y/oembed.json'), '{ "html": "<a href=\\"https://e.org/news/#note-z\\">z</a>" }');
    const withY = [...addresses, { path: 'embed/y/oembed.json', since: '2026-11-28' }];
    expect(ledgerProblems(withY, root, '/news')).toEqual([
      `${LEDGER_FILE}: index.html links to the story's id "note-y", which the ledger does not hold: add ` +
        `{ "path": "#note-y", "since": "<the date of the edition that publishes it>" } (docs/published.md)`,
      `${LEDGER_FILE}: embed/y/oembed.json links to the story's id "note-z", which the ledger does not hold: add ` +
        `{ "path": "#note-z", "since": "<the date of the edition that publishes it>" } (docs/published.md)`,
    ]);
    expect(
      ledgerProblems(
        [...withY, { path: '#note-y', since: '2026-11-28' }, { path: '#note-z', since: '2026-11-28' }],
        root,
        '/news/',
      ),
    ).toEqual([]);
  });

  it('holds for the retired graphics: each one’s place in the story is an id the ledger keeps', () => {
    for (const entry of RETIRED_WIDGETS) expect(paths, entry.id).toContain(`#${entry.retired.story}`);
  });
});
