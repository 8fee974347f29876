/** Joins a site-relative path to the configured base, so links work under any sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL under SITE_URL and the base path, for canonical, Open Graph and oEmbed. */
export function absoluteUrl(
  path: string,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  if (!site) throw new Error('SITE_URL is not set: absolute URLs need the site origin');
  return new URL(withBase(path, base), site).href;
}
