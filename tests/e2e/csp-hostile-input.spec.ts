/**
 * No user-supplied value reaches markup or a link. Two kinds of proof:
 * - the code: no HTML sink (innerHTML and friends, {@html}, set:html) in the sources, and in the built
 *   JavaScript only the framework's own template and clearing code;
 * - the browser: hostile URL parameters, hashes, postMessage payloads and form input on every page run
 *   no script, add no element, and leave every href, src and action pointing where the page put it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { hydrateEverything } from '../../bench/lib/js-bytes';
import { DIST, distFiles, pagesUnderTest } from '../support/built-site';
import { recordCspViolations } from '../support/widget-actions';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HTML_SINK =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc)\b|document\.write(ln)?\s*\(|\{@html\b|set:html/g;
/** Ways code reads what a visitor or a host page controls. */
const UNTRUSTED_SOURCE =
  /\b(URLSearchParams|location\.(search|hash|href)|searchParams|addEventListener\(\s*['"`]message['"`]|onmessage|document\.referrer|window\.name)\b/;
const URL_SINK =
  /\.(href|src|action)\s*=(?!=)|setAttribute\(\s*['"`](href|src|action|srcdoc)['"`]|\b(href|src)=\{(?![`'"])/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|js|mjs|svelte|astro)$/.test(entry.name) ? [full] : [];
  });
}

const SOURCES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'public'))];

/*
 * The two sinks allowed, by their exact form: the story's JSON-LD data block, written at build time from our
 * own records by jsonLdText(), which escapes every "<" so the text cannot close its <script> (a data block
 * is never run); and the embed page's one inline script, a constant (src/embed/standalone.ts) whose hash the
 * page puts in its CSP. Astro writes an inline script's expressions verbatim, so set:html is the only way in.
 */
const ALLOWED_SINK =
  /<script type="application\/ld\+json" is:inline set:html=\{jsonLdText\(|<script is:inline set:html=\{STANDALONE_SCRIPT\} \/>/;
/** Reading whether a frame has a srcdoc (src/embed/loader.ts ignores such frames) writes nothing. */
const SRCDOC_READ = /\bhasAttribute\.call\(\w+, 'srcdoc'\)/g;

test('no HTML sink anywhere in src/ or public/', () => {
  const found: string[] = [];
  for (const file of SOURCES) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line) || ALLOWED_SINK.test(line)) return;
        for (const match of line.replace(SRCDOC_READ, '').matchAll(HTML_SINK)) {
          found.push(`${relative(ROOT, file)}:${index + 1}: ${match[0]} in "${line.trim().slice(0, 100)}"`);
        }
      });
  }
  expect(found).toEqual([]);
});

/**
 * The code of a file that runs in the browser: all of a script or Svelte component, only the
 * <script> elements of an .astro file (its frontmatter and template run at build time, where there is
 * no URL parameter or message to read).
 */
function clientCode(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
}

test('code that reads URL parameters or messages writes no URL attribute', () => {
  const found: string[] = [];
  let readers = 0;
  for (const file of SOURCES) {
    const code = clientCode(file);
    if (!UNTRUSTED_SOURCE.test(code)) continue;
    readers++;
    code.split('\n').forEach((line, index) => {
      if (URL_SINK.test(line))
        found.push(`${relative(ROOT, file)} (client code line ${index + 1}): "${line.trim().slice(0, 100)}"`);
    });
  }
  test.info().annotations.push({ type: 'files reading untrusted input', description: String(readers) });
  expect(found).toEqual([]);
});

test('the built JavaScript writes HTML only through the framework: template literals and clearing', () => {
  const scripts = distFiles().filter((file) => /\.m?js$/.test(file));
  expect(scripts.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of scripts) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const match of code.matchAll(
      /(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc|document\.write)/g,
    )) {
      const at = match.index ?? 0;
      const before = code.slice(Math.max(0, at - 60), at);
      const after = code.slice(at, at + 80);
      const safe =
        // A property name in a string: Svelte's list of attributes it must not set as attributes.
        /[`'"]$/.test(before) ||
        // Clearing an element: el.innerHTML = ``
        /^innerHTML\s*=\s*(``|''|"")/.test(after) ||
        // Svelte's template: t.innerHTML = fn(html.replaceAll(`<!>`, ...)) where html is compiled markup.
        /^innerHTML\s*=\s*[\w$]+\(\s*[\w$]+\.replaceAll\(\s*`<!>`/.test(after);
      if (!safe) found.push(`${file}: …${before}${after}…`);
    }
  }
  expect(found).toEqual([]);
});

const HOSTILE = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const HOSTILE_URL = 'javascript:window.__pwned=3';
const QUERY = new URLSearchParams({
  theme: HOSTILE,
  id: HOSTILE,
  widget: HOSTILE_URL,
  view: `${HOSTILE}'`,
  width: '1e999',
  height: '-1',
  parent: HOSTILE_URL,
  utm_source: HOSTILE,
}).toString();

async function markersOfInjection(page: Page) {
  return page.evaluate(
    ({ hostileUrl }) => {
      const problems: string[] = [];
      if ((window as unknown as { __pwned?: number }).__pwned) problems.push('injected script ran');
      if (document.querySelector('img[src="x"], [onerror], [onclick], [onload]')) problems.push('injected element');
      for (const script of document.querySelectorAll('script')) {
        if (script.textContent?.includes('__pwned')) problems.push('injected <script>');
      }
      const attributes = [
        ...[...document.querySelectorAll('[href]')].map((el) => ['href', el.getAttribute('href') ?? '', el.tagName]),
        ...[...document.querySelectorAll('[src]')].map((el) => ['src', el.getAttribute('src') ?? '', el.tagName]),
        ...[...document.querySelectorAll('[action]')].map((el) => [
          'action',
          el.getAttribute('action') ?? '',
          el.tagName,
        ]),
      ];
      for (const [name, value, tag] of attributes) {
        if (!value) continue;
        let url: URL;
        try {
          url = new URL(value, document.baseURI);
        } catch {
          problems.push(`${tag} ${name}="${value}" does not parse`);
          continue;
        }
        if (!['http:', 'https:', 'mailto:', 'data:'].includes(url.protocol)) problems.push(`${tag} ${name}="${value}"`);
        if (/pwned|onerror|<script|<img/i.test(decodeURIComponent(value)) || value.includes(hostileUrl)) {
          problems.push(`${tag} ${name} carries the hostile value: ${value.slice(0, 120)}`);
        }
      }
      return problems;
    },
    { hostileUrl: HOSTILE_URL },
  );
}

for (const target of pagesUnderTest()) {
  test(`hostile URL parameters, hash, messages and form input on ${target.name}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const violations = await recordCspViolations(page);

    // 1. URL parameters and the hash.
    await page.goto(`./${target.path}?${QUERY}#${encodeURIComponent(HOSTILE)}`);
    const { notHydrated } = await hydrateEverything(page);
    expect(await markersOfInjection(page), 'after hostile parameters').toEqual([]);
    // The page still works: its widgets rendered and hydrated, nothing blocked by the policy.
    if (target.kind !== 'gallery') await expect(page.locator('[data-widget]').first()).toBeVisible();
    expect(notHydrated, 'islands that never hydrated').toBe(0);

    // 2. postMessage payloads, as a hostile parent or sibling frame would send them.
    await page.evaluate((hostile) => {
      const payloads: unknown[] = [
        hostile,
        `pymxPYMx${hostile}xPYMxwidthxPYMx${hostile}`,
        'pymxPYMxmaas-sharexPYMxwidthxPYMx1e999',
        'pymxPYMxmaas-sharexPYMxwidthxPYMx-5',
        { sentinel: 'amp', type: 'embed-size', height: hostile },
        { type: 'resize', html: hostile, href: 'javascript:window.__pwned=4' },
        JSON.stringify({ html: hostile }),
        null,
        42,
      ];
      for (const payload of payloads) window.postMessage(payload, '*');
    }, HOSTILE);
    await page.waitForTimeout(300);
    expect(await markersOfInjection(page), 'after hostile messages').toEqual([]);

    // 3. Markup typed into every text field.
    const fields = page.locator(
      'input:not([type]):visible, input:is([type="text"], [type="search"], [type="number"], [type="url"]):visible, textarea:visible',
    );
    const count = await fields.count();
    test.info().annotations.push({ type: 'text fields', description: String(count) });
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      if (!(await field.isEditable())) continue;
      const type = await field.getAttribute('type');
      // A number field refuses letters outright; give it a hostile number instead.
      await field.fill(type === 'number' ? '1e999' : HOSTILE);
      await field.press('Enter');
    }
    expect(await markersOfInjection(page), 'after hostile input').toEqual([]);

    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
  });
}
