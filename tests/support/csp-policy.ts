/** A Content-Security-Policy as directive name -> source list (names lower-cased, order kept). */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // Per CSP, a repeated directive is ignored after its first occurrence.
    if (!policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that govern a fetch directive, following CSP's fallback to default-src. */
export function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  const fallbacks: Record<string, string[]> = {
    'script-src-elem': ['script-src', 'default-src'],
    'script-src-attr': ['script-src', 'default-src'],
    'style-src-elem': ['style-src', 'default-src'],
    'style-src-attr': ['style-src', 'default-src'],
    'frame-src': ['child-src', 'default-src'],
    'worker-src': ['child-src', 'script-src', 'default-src'],
  };
  for (const name of [directive, ...(fallbacks[directive] ?? ['default-src'])]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/** Every <meta http-equiv="content-security-policy"> content in an HTML document. */
export function metaPolicies(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    if (content) found.push((content[1] ?? content[2] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  }
  return found;
}
