import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeFromSearch } from '../../src/embed/theme';

describe('themeFromSearch', () => {
  it.each([
    ['?theme=light', 'light'],
    ['?theme=dark', 'dark'],
    ['?theme=auto', 'auto'],
    ['', 'light'],
    ['?childId=pym-1&theme=dark&initialWidth=600', 'dark'],
    ['?theme=DARK', 'dark'],
    ['?theme=%20Dark%20', 'dark'],
    ['?theme=Auto', 'auto'],
    ['?theme=%09LIGHT', 'light'],
  ])('%s -> %s', (search, theme) => {
    expect(themeFromSearch(search)).toBe(theme);
  });

  it.each([
    '?theme=<img src=x onerror=alert(1)>',
    '?theme=dark%22%3E',
    '?theme=dark&theme=dark',
    '?theme[]=dark',
    '?theme=',
    '?theme=light-dark',
  ])('treats %s as no choice (the default, light)', (search) => {
    expect(themeFromSearch(search)).toBe('light');
  });

  it('only ever answers one of the three literals', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const theme = themeFromSearch(`?theme=${encodeURIComponent(value)}`);
        expect(['light', 'dark', 'auto']).toContain(theme);
        const typed = value.trim().toLowerCase();
        if (['light', 'dark', 'auto'].includes(typed)) expect(theme).toBe(typed);
        else expect(theme).toBe('light');
      }),
    );
  });
});
