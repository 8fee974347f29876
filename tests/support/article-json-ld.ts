/**
 * ISO 8601 as Google's Article rich result reads it: a day ("2026-01-07"), or a date-time with its offset.
 * A time without an offset is refused: Google would read it in a zone of its own choosing.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

/**
 * What Google's Article structured data documents: no property is strictly required, but headline,
 * image, datePublished, dateModified and author (a Person or Organization with a name) are recommended,
 * and image must be crawlable absolute URLs. The checks are written out so the test can fail.
 */
export function articleProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('@context');
  if (!['Article', 'NewsArticle', 'BlogPosting'].includes(String(data['@type']))) problems.push('@type');
  const headline = data['headline'];
  if (typeof headline !== 'string' || headline.length === 0 || headline.length > 110) problems.push('headline');
  const images = data['image'];
  if (!Array.isArray(images) || images.length === 0 || !images.every((u) => /^https?:\/\/[^/]+\//.test(String(u))))
    problems.push('image');
  for (const key of ['datePublished', 'dateModified']) {
    if (!ISO_DATE.test(String(data[key]))) problems.push(key);
  }
  const authors = Array.isArray(data['author']) ? data['author'] : [data['author']];
  if (
    !authors.every((a) => a && ['Person', 'Organization'].includes(a['@type']) && typeof a.name === 'string' && a.name)
  )
    problems.push('author');
  const publisher = data['publisher'] as { '@type'?: string; name?: string } | undefined;
  if (publisher?.['@type'] !== 'Organization' || !publisher.name) problems.push('publisher');
  if (Date.parse(String(data['dateModified'])) < Date.parse(String(data['datePublished'])))
    problems.push('dates order');
  return problems;
}
