/** Search results show about 70 characters of a <title>; the page's <h1> keeps the full wording. */
export const TITLE_MAX = 70;

/**
 * "<main> · <suffix>" when it fits, else <main> alone, else <main> cut at a word with an ellipsis:
 * the site's name is the first thing to give way, the subject of the page the last.
 */
export function pageTitle(main: string, suffix?: string): string {
  const full = suffix ? `${main} · ${suffix}` : main;
  if (full.length <= TITLE_MAX) return full;
  if (main.length <= TITLE_MAX) return main;
  const cut = main.slice(0, TITLE_MAX - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,:;·–—-]+$/, '');
  return `${atWord || cut}…`;
}
