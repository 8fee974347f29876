import { describe, expect, it } from 'vitest';
import { normalizeBase, normalizeSite } from '../../integrations/deploy-paths';
import { absoluteUrl, withBase } from '../../src/lib/urls';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/news/tokens/', '/news/tokens/'],
    ['news/tokens', '/news/tokens/'],
    ['/news/tokens', '/news/tokens/'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it.each(['/a/../b', '//evil.example/', '/a?b', '/a b/'])('refuses %s', (input) => {
    expect(() => normalizeBase(input)).toThrow(/BASE_PATH/);
  });
});

describe('normalizeSite', () => {
  it('keeps the origin only', () => {
    expect(normalizeSite('https://example.org/some/path')).toBe('https://example.org');
  });
  it('defaults to the local preview server', () => {
    expect(normalizeSite(undefined)).toBe('http://localhost:4321');
  });
  it('refuses what is not an http(s) URL', () => {
    expect(() => normalizeSite('example.org')).toThrow(/SITE_URL/);
    expect(() => normalizeSite('ftp://example.org')).toThrow(/SITE_URL/);
  });
});

describe('withBase and absoluteUrl', () => {
  it('join paths under a sub-path', () => {
    expect(withBase('embed/iceberg/', '/news/tokens/')).toBe('/news/tokens/embed/iceberg/');
    expect(withBase('/embed.js', '/news/tokens')).toBe('/news/tokens/embed.js');
    expect(withBase('', '/')).toBe('/');
  });
  it('make absolute URLs on the site origin', () => {
    expect(absoluteUrl('embed/', 'https://example.org', '/news/')).toBe('https://example.org/news/embed/');
    expect(() => absoluteUrl('x', undefined, '/')).toThrow(/SITE_URL/);
  });
});
