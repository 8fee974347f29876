import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ledgerEntryName, LEDGER_FILE, readLedger } from '../src/data/load-ledger';
import type { LedgerAddress } from '../src/data/ledger-schema';

/** What the build writes that is no address: hashed assets (named anew by each build) and host configuration. */
const NOT_ADDRESSES = /^(_astro\/|_headers$)/;

/** Every file of a build as the address a reader asks for: "" for index.html, "embed/x/" for embed/x/index.html. */
export function builtAddresses(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter((file) => !NOT_ADDRESSES.test(file))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The base path as a path that ends in "/": "/news/tokens" → "/news/tokens/". */
const asDirectory = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** A link to an id, in HTML (`href="…#id"`, escaped in JSON too) or as widgets.json's `"story": "…#id"`. */
const FRAGMENT_LINK = /(?:href=\\?"|"story":\s*")([^"\\#]*)#([A-Za-z][\w-]*)(?=\\?")/g;

/**
 * The ids of the story that the build's pages and files link to, each with the first file that does: the
 * story's own links (`href="#id"`) and, from every other page and file (embed pages, oEmbed files,
 * widgets.json), links to the story's address with a fragment. Once published, each is a promise
 * (docs/published.md), so the ledger must hold it.
 */
export function linkedStoryIds(dist: string, base = '/'): Map<string, string> {
  const story = asDirectory(base);
  const linked = new Map<string, string>();
  for (const address of builtAddresses(dist)) {
    const file = fileOf(address);
    if (!/\.(html|json)$/.test(file)) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    for (const [, url = '', id = ''] of text.matchAll(FRAGMENT_LINK)) {
      let toStory: boolean;
      if (url === '') toStory = address === '';
      else {
        const path = new URL(url, `https://site.invalid${story}${address}`).pathname;
        toStory = path === story || `${path}/` === story;
      }
      if (toStory && !linked.has(id)) linked.set(id, file);
    }
  }
  return linked;
}

/** The file behind an address: "" → index.html, "embed/x/" → embed/x/index.html. */
const fileOf = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

/**
 * Why a build breaks the ledger, one line each: an address it no longer produces (naming the entry), a
 * file it produces that the ledger does not hold, or an id of the story one of its pages or files links to
 * that the ledger does not hold (a new address must be recorded: it is published forever).
 */
export function ledgerProblems(addresses: readonly LedgerAddress[], dist: string, base = '/'): string[] {
  const problems: string[] = [];
  const story = existsSync(join(dist, 'index.html')) ? readFileSync(join(dist, 'index.html'), 'utf8') : '';
  const storyIds = new Set([...story.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  addresses.forEach(({ path }, index) => {
    const entry = ledgerEntryName(LEDGER_FILE, index, path);
    if (path.startsWith('#')) {
      if (!storyIds.has(path.slice(1))) problems.push(`${entry}: the story has no element with id="${path.slice(1)}"`);
    } else if (!existsSync(join(dist, fileOf(path)))) {
      problems.push(`${entry}: the build produced no ${fileOf(path)}`);
    }
  });
  const listed = new Set(addresses.map((address) => address.path));
  for (const address of builtAddresses(dist)) {
    if (!listed.has(address)) {
      problems.push(
        `${LEDGER_FILE}: the build publishes "${address}", which the ledger does not hold: add ` +
          `{ "path": "${address}", "since": "<the date of the edition that publishes it>" } (docs/published.md)`,
      );
    }
  }
  for (const [id, file] of linkedStoryIds(dist, base)) {
    if (!listed.has(`#${id}`)) {
      problems.push(
        `${LEDGER_FILE}: ${file} links to the story's id "${id}", which the ledger does not hold: add ` +
          `{ "path": "#${id}", "since": "<the date of the edition that publishes it>" } (docs/published.md)`,
      );
    }
  }
  return problems;
}

/**
 * Fails the build when it would break an address the site has published (content/ledger.json) or publish
 * one the ledger does not record. Runs after every build, the test builds and the benchmark's included.
 */
export function publishedLedger(): AstroIntegration {
  let base = '/';
  return {
    name: 'published-ledger',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = ledgerProblems(readLedger(), fileURLToPath(dir), base);
        if (problems.length > 0) throw new Error(`The build breaks published addresses:\n${problems.join('\n')}`);
        logger.info(`every address of ${LEDGER_FILE} is produced`);
      },
    },
  };
}
