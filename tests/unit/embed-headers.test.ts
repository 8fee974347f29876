/**
 * The headers sandboxed frames need, in both places the site's headers are written: public/_headers and
 * deploy/nginx.conf. (A sandboxed frame's origin is opaque; its module scripts and fonts are CORS requests.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath } from '../../bench/lib/headers-file';
import { siteHeaderRules } from '../support/site-headers';

const rules = siteHeaderRules();
const nginxConf = readFileSync('deploy/nginx.conf', 'utf8');

describe('CORS for sandboxed frames', () => {
  it('public/_headers allows any origin on every file an embed page loads', () => {
    for (const path of [
      '/embed/maas-share/',
      '/_astro/client.abc123.js',
      '/_astro/fonts/source-serif-4.abc.woff2',
      '/_astro/View.abc.css',
      '/embed/maas-share/data.csv',
      '/embed/maas-share/oembed.json',
      '/embed.js',
    ]) {
      expect(headersForPath(rules, path).get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('deploy/nginx.conf sends it on every response', () => {
    expect(nginxConf).toMatch(/^\s*add_header Access-Control-Allow-Origin "\*" always;/m);
  });
});

describe('deploy/nginx.conf caching', () => {
  it('caches for a year only what was found, never an error', () => {
    const statusMap = /map \$status \$site_cache_control \{([^}]*)\}/.exec(nginxConf)?.[1];
    expect(statusMap).toBeDefined();
    expect(statusMap).toMatch(/^\s*default\s+"no-store";/m);
    for (const line of statusMap!.split('\n').filter((l) => /\$site_cache_control_ok/.test(l))) {
      expect(line.trim()).toMatch(/^(200|206|304)\s/);
    }
    expect(nginxConf).toMatch(/add_header Cache-Control \$site_cache_control always;/);
  });
});
