import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlinePageStylesheets, styleHash } from '../../integrations/inline-stylesheets';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-old=';">`;
const css: Record<string, string> = { '/_astro/a.css': 'a{color:red}\n', '/_astro/b.css': 'b{color:blue}' };
const read = (href: string) => css[href] ?? null;

describe('inlinePageStylesheets', () => {
  it("puts the page's stylesheets, in order and once each, into one <style> at the first link, hashed in style-src", () => {
    const html =
      `<head>${meta}<link rel="stylesheet" href="/_astro/a.css"><title>t</title>` +
      '<link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/a.css"></head>';
    const { html: out, inlined } = inlinePageStylesheets(html, read);
    expect(inlined).toEqual(['/_astro/a.css', '/_astro/b.css']);
    const text = 'a{color:red}\nb{color:blue}';
    expect(out).toContain(`<style>${text}</style><title>t</title></head>`);
    expect(out).not.toContain('<link rel="stylesheet"');
    const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(styleHash(text)).toBe(hash);
    expect(out).toContain(`style-src 'self' 'sha256-old=' ${hash};`);
    expect(out).toContain("script-src 'self';");
  });

  it('leaves a page without our stylesheets as it was, and keeps links to other stylesheets', () => {
    const html = `<head>${meta}<link rel="stylesheet" href="/elsewhere.css"></head>`;
    expect(inlinePageStylesheets(html, read)).toEqual({ html, inlined: [] });
  });

  it('refuses to inline without a CSP to hash into, or CSS that would end the element', () => {
    expect(() => inlinePageStylesheets('<link rel="stylesheet" href="/_astro/a.css">', read)).toThrow(/no CSP/);
    expect(() =>
      inlinePageStylesheets(`${meta}<link rel="stylesheet" href="/x.css">`, () => 'a::after{content:"</style>"}'),
    ).toThrow(/<\/style/);
  });
});
