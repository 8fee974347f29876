// Plain JavaScript so that astro.config.mjs can import it before TypeScript is set up.

/** "/news/tokens" or "news/tokens/" -> "/news/tokens/"; empty -> "/". */
export function normalizeBase(raw) {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\s]/.test(trimmed) || trimmed.includes('//') || trimmed.includes('..')) {
    throw new Error(`BASE_PATH must be a plain path such as /news/tokens/, got "${trimmed}"`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** The absolute origin used for canonical and Open Graph URLs. */
export function normalizeSite(raw) {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let url;
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
