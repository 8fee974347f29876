// Reads a Netlify / Cloudflare Pages `_headers` file and answers "which headers does this path get?"
// the way those hosts do: every rule whose pattern matches applies, in the file's order. When several
// rules set the same header, Cloudflare Pages joins their values with ", " and a later "! Name" drops
// what earlier rules set; Netlify keeps the last rule's value and ignores "!" lines (its parser skips a
// line without a colon). The benchmark and the tests both use it.

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      if (!pattern.startsWith('/') && !/^https:\/\//.test(pattern)) {
        throw new Error(`_headers line ${index + 1}: a rule starts with a path, got "${pattern}"`);
      }
      current = { pattern, headers: [], detach: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers line ${index + 1}: a header before any path`);
    const line = raw.trim();
    if (line.startsWith('!')) {
      current.detach.push(line.slice(1).trim().toLowerCase());
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${line}"`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** A pattern's `*` matches anything (slashes included), `:name` one path segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

export type HeadersHost = 'cloudflare' | 'netlify';

/**
 * The headers a path gets, by lower-case name, on `host` (Cloudflare Pages unless said): see the top of
 * this file for how the two differ.
 */
export function headersForPath(
  rules: HeaderRule[],
  path: string,
  host: HeadersHost = 'cloudflare',
): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    if (host === 'cloudflare') for (const name of rule.detach) result.delete(name);
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = result.get(key);
      result.set(key, previous === undefined || host === 'netlify' ? value : `${previous}, ${value}`);
    }
  }
  return result;
}

/**
 * Whether a browser lets another site frame a response with these headers: a Content-Security-Policy with
 * frame-ancestors decides on its own (X-Frame-Options is then ignored), else X-Frame-Options DENY or
 * SAMEORIGIN forbids it.
 */
export function framableByAnySite(headers: Map<string, string>): boolean {
  const policies = (headers.get('content-security-policy') ?? '').split(',').filter((p) => /frame-ancestors/.test(p));
  if (policies.length > 0) {
    return policies.every((policy) => /frame-ancestors\s+\*(\s*;|\s*$)/.test(policy));
  }
  return !/^(deny|sameorigin)$/i.test((headers.get('x-frame-options') ?? '').trim());
}
