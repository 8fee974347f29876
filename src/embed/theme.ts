/**
 * The themes an embed page accepts in ?theme=. The default is "light": nearly every host page is light,
 * and a dark chart inside a light article (a reader whose system is dark) looks broken. "auto" follows
 * the reader's preference; "dark" forces dark.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export const DEFAULT_THEME: EmbedTheme = 'light';

/**
 * Reads ?theme= from a query string. The value is trimmed and matched case-insensitively against the three
 * literals (journalists type `?theme=Dark`); anything else (unknown, repeated, markup) is treated as absent,
 * and only a literal of this module ever reaches the page.
 */
export function themeFromSearch(search: string): EmbedTheme {
  const values = new URLSearchParams(search).getAll('theme');
  if (values.length !== 1) return DEFAULT_THEME;
  const value = values[0]!.trim().toLowerCase();
  if (value === 'light') return 'light';
  if (value === 'dark') return 'dark';
  if (value === 'auto') return 'auto';
  return DEFAULT_THEME;
}

/**
 * Sets data-theme on <html> for a choice other than the default. palette.css reacts to light and dark; the
 * embed page's own CSS makes a page without data-theme light from its first paint (no dark flash before
 * this script runs) and lets data-theme="auto" follow the reader.
 */
export function applyTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): void {
  if (theme === DEFAULT_THEME) delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
