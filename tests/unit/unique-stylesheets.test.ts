import { describe, expect, it } from 'vitest';
import { dropRepeatedStylesheets } from '../../integrations/unique-stylesheets';

describe('dropRepeatedStylesheets', () => {
  it('keeps the first link to each stylesheet and drops the later ones', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">' +
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head>';
    expect(dropRepeatedStylesheets(html)).toEqual({
      html: '<head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head>',
      removed: 2,
    });
  });

  it('leaves other links, and a page without repeats, exactly as they were', () => {
    const html =
      '<link rel="preload" href="/f.woff2" as="font"><link rel="preload" href="/f.woff2" as="font">' +
      '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/a.css">';
    expect(dropRepeatedStylesheets(html)).toEqual({ html, removed: 0 });
  });

  it('treats a different href, query included, as a different stylesheet', () => {
    const html = '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/a.css?v=2">';
    expect(dropRepeatedStylesheets(html).removed).toBe(0);
  });
});
