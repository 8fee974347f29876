/** The themes an embed page accepts in ?theme=; "auto" (the default) follows the reader's preference. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * Reads ?theme= from a query string. Only the exact literals count; anything else (unknown, repeated,
 * markup) is treated as absent, so nothing from the URL ever reaches the page.
 */
export function themeFromSearch(search: string): EmbedTheme {
  const values = new URLSearchParams(search).getAll('theme');
  if (values.length !== 1) return 'auto';
  const [value] = values;
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** Sets data-theme on <html> for a forced theme; palette.css reacts to :root[data-theme]. */
export function applyTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
}
