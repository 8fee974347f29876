// Also read by astro.config.ts, for the sitemap's lastmod.

/**
 * When the story last changed: the day of its latest correction or update (taken as Beijing time, like
 * the publication), or the publication itself while there is none. Deterministic, unlike a build date.
 */
export function lastModified(corrections: readonly { date: string }[], publishedAt: string): string {
  const latest = [...corrections]
    .map((entry) => entry.date)
    .sort()
    .at(-1);
  return latest ? `${latest}T00:00:00+08:00` : publishedAt;
}
