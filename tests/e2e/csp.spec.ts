/**
 * The Content-Security-Policy every page carries (Astro's <meta>, configured in astro.config.ts), and
 * proof that it is enforced. That reading, scrolling and using every widget triggers no violation and no
 * request to another host is a step of each page's walk in page-health.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { htmlPages, pageFile, readDist } from '../support/built-site';
import { metaPolicies, parsePolicy } from '../support/csp-policy';
import { recordCspViolations } from '../support/widget-actions';
import { createHash } from 'node:crypto';

const REQUIRED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'font-src': ["'self'"],
};

test.describe('the <meta> policy in every built page', () => {
  for (const path of htmlPages()) {
    test(`/${path}`, () => {
      const html = readDist(pageFile(path));
      const policies = metaPolicies(html);
      expect(policies, 'exactly one CSP <meta>').toHaveLength(1);
      const policy = parsePolicy(policies[0]!);

      for (const [directive, sources] of Object.entries(REQUIRED)) {
        expect(policy.get(directive), directive).toEqual(sources);
      }
      const scriptSources = policy.get('script-src') ?? [];
      expect(scriptSources[0]).toBe("'self'");
      for (const [directive, sources] of policy) {
        // Only the site itself, data: images, and hashes: no other host, no wildcard, no unsafe-*.
        for (const source of sources) {
          const allowed =
            ["'self'", "'none'"].includes(source) ||
            /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) ||
            (directive === 'img-src' && source === 'data:');
          expect(allowed, `${directive} ${source}`).toBe(true);
        }
      }

      // A <meta> policy governs only what follows it: it must come before every script.
      const metaAt = html.search(/<meta[^>]+http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script\b/i);
      if (firstScript >= 0) expect(metaAt).toBeLessThan(firstScript);

      // Every inline script and style of the page is allowed by its hash (else the browser blocks it).
      const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes) || !body) continue;
        expect(scriptSources, `inline script "${body.slice(0, 50)}…"`).toContain(hashOf(body));
      }
      const styleSources = policy.get('style-src') ?? [];
      for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        expect(styleSources, `inline style "${body.slice(0, 50)}…"`).toContain(hashOf(body));
      }
      expect(html, 'no inline event handler attributes').not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, 'no style attributes').not.toMatch(/<[^>]+\sstyle\s*=/i);
    });
  }
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('./');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringContaining('script-src-elem blocked inline'));
});
