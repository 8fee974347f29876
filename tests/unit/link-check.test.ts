import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../support/link-check';

const dist = mkdtempSync(join(tmpdir(), 'link-check-'));
function page(path: string, body: string) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), `<!doctype html><html><head></head><body>${body}</body></html>`);
}
page(
  'index.html',
  `
  <a href="#intro">ok</a> <a href="#missing">no id</a>
  <a href="/news/embed/one/">ok</a> <a href="/news/embed/one/#chart">ok anchor</a>
  <a href="/news/embed/two/">no page</a> <a href="/news/embed/one">ok without slash</a>
  <a href="https://other.example/x">other host, not checked</a> <a href="http://site.test/news/data.csv">ok absolute</a>
  <a href="mailto:a@b.c">mail</a> <h2 id="intro">Intro</h2>`,
);
page(
  'embed/one/index.html',
  `<figure id="chart"></figure><a href="../../#intro">back</a><a href="../../#gone">gone</a>`,
);
writeFileSync(join(dist, 'data.csv'), 'a,b\n');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  it('reports missing files and missing ids, under a base path, and nothing else', () => {
    const { checked, broken } = findBrokenLinks(dist, '/news/', 'http://site.test');
    expect(broken.map((b) => `${b.page} ${b.value}: ${b.reason}`).sort()).toEqual([
      'embed/one/index.html ../../#gone: no element with id "gone" in index.html',
      'index.html #missing: no element with id "missing" in index.html',
      'index.html /news/embed/two/: no file for /news/embed/two/',
    ]);
    expect(checked).toBe(9);
  });
});
