// BASE_PATH and SITE_URL as astro.config.ts reads them: one build command serves any host and sub-path.

/** "/news/tokens" or "news/tokens/" -> "/news/tokens/"; empty -> "/". */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\s]/.test(trimmed) || trimmed.includes('//') || trimmed.includes('..')) {
    throw new Error(`BASE_PATH must be a plain path such as /news/tokens/, got "${trimmed}"`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** The absolute origin used for canonical and Open Graph URLs. */
export function normalizeSite(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https, got "${value}"`);
  }
  return url.origin;
}
