// Plain JavaScript so that astro.config.mjs (the sitemap's lastmod) can use it too.

/**
 * When the story last changed: the day of its latest correction or update (taken as Beijing time, like
 * the publication), or the publication itself while there is none. Deterministic, unlike a build date.
 * @param {readonly { date: string }[]} corrections
 * @param {string} publishedAt
 */
export function lastModified(corrections, publishedAt) {
  const latest = [...corrections]
    .map((entry) => entry.date)
    .sort()
    .at(-1);
  return latest ? `${latest}T00:00:00+08:00` : publishedAt;
}
