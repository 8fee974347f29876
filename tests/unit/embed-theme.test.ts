import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeFromSearch } from '../../src/lib/embed-theme';

describe('themeFromSearch', () => {
  it.each([
    ['?theme=light', 'light'],
    ['?theme=dark', 'dark'],
    ['?theme=auto', 'auto'],
    ['', 'auto'],
    ['?childId=pym-1&theme=dark&initialWidth=600', 'dark'],
  ])('%s -> %s', (search, theme) => {
    expect(themeFromSearch(search)).toBe(theme);
  });

  it.each([
    '?theme=<img src=x onerror=alert(1)>',
    '?theme=dark%22%3E',
    '?theme=DARK',
    '?theme=dark%20',
    '?theme=dark&theme=dark',
    '?theme[]=dark',
    '?theme=',
    '?theme=light-dark',
  ])('treats %s as no choice', (search) => {
    expect(themeFromSearch(search)).toBe('auto');
  });

  it('only ever answers one of the three literals', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const theme = themeFromSearch(`?theme=${encodeURIComponent(value)}`);
        expect(['light', 'dark', 'auto']).toContain(theme);
        if (theme !== 'auto') expect(value).toBe(theme);
      }),
    );
  });
});
