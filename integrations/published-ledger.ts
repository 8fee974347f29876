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

/** The file behind an address: "" → index.html, "embed/x/" → embed/x/index.html. */
const fileOf = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

/**
 * Why a build breaks the ledger, one line each: an address it no longer produces (naming the entry), or a
 * file it produces that the ledger does not hold (a new address must be recorded: it is published forever).
 */
export function ledgerProblems(addresses: readonly LedgerAddress[], dist: string): string[] {
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
  return problems;
}

/**
 * Fails the build when it would break an address the site has published (content/ledger.json) or publish
 * one the ledger does not record. Runs after every build, the test builds and the benchmark's included.
 */
export function publishedLedger(): AstroIntegration {
  return {
    name: 'published-ledger',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const problems = ledgerProblems(readLedger(), fileURLToPath(dir));
        if (problems.length > 0) throw new Error(`The build breaks published addresses:\n${problems.join('\n')}`);
        logger.info(`every address of ${LEDGER_FILE} is produced`);
      },
    },
  };
}
