/**
 * Every internal link and #anchor resolves: our own check of the built HTML (files and ids), and
 * linkinator crawling the served build over HTTP from the story.
 */
import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { DIST } from '../support/built-site';
import { findBrokenLinks } from '../support/link-check';

test('every internal URL and #anchor in dist/ points at a built file and an existing id', () => {
  // The default build: base "/", SITE_URL unset (http://localhost:4321) for canonical and Open Graph.
  const { checked, broken } = findBrokenLinks(DIST, '/', process.env.SITE_URL ?? 'http://localhost:4321');
  expect(checked).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test('linkinator finds no broken link crawling the served site', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${baseURL}/`,
    recurse: true,
    concurrency: 4,
    timeout: 10_000,
    // Only this site: other hosts are not ours to test, and CI may have no network.
    linksToSkip: async (link) => !link.startsWith(`${baseURL}/`),
  });
  const checked = result.links.filter((link) => link.state !== 'SKIPPED');
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (HTTP ${link.status}) on ${link.parent}`);
  expect(broken).toEqual([]);
  expect(checked.length).toBeGreaterThan(5);
});
