// Also read by astro.config.ts, for the sitemap's lastmod.

/**
 * When the story last changed: the day of its latest correction or update, or the publication day while
 * there is none. A day (YYYY-MM-DD), like the publication: the source gives no time zone, and a time we
 * made up would claim one. Deterministic, unlike a build date.
 */
export function lastModified(corrections: readonly { date: string }[], publishedAt: string): string {
  const latest = [...corrections]
    .map((entry) => entry.date)
    .sort()
    .at(-1);
  return latest ?? publishedAt;
}
