import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { normalizeBase, normalizeSite } from './integrations/deploy-paths';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxFigurePlugin } from './integrations/mdx-figure-plugin';
import { widgetHydration } from './integrations/widget-hydration';
import { lastModified } from './src/data/last-modified';
import { readFileSync } from 'node:fs';

// Both come from the environment so that one build command serves any host and sub-path.
const base = normalizeBase(process.env.BASE_PATH);
const site = normalizeSite(process.env.SITE_URL);

// The sitemap's lastmod: the story's dateModified, a day (src/data/load-corrections.ts checks the file itself
// while the pages build; here a readable list of dated entries is all that is needed). The publication
// day is src/data/article.ts's publishedAt.
function readCorrectionDates(): { date: string }[] {
  try {
    const list = JSON.parse(readFileSync(process.env.CORRECTIONS_FILE ?? './content/corrections.json', 'utf8'));
    return Array.isArray(list)
      ? list.filter((entry: { date?: unknown }) => /^\d{4}-\d{2}-\d{2}$/.test(String(entry?.date)))
      : [];
  } catch {
    return []; // The story's build reports the broken file, naming it and the field.
  }
}
const siteLastModified = lastModified(readCorrectionDates(), '2026-01-07');

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Each page's CSS inline in its <head>: on a slow phone link a render-blocking stylesheet costs a round
  // trip after the HTML (docs/first-screen.md). Astro hashes every block into the CSP <meta> below; that
  // covers the components inside the story's MDX because index.astro imports the sections as modules.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Separate output and cache folders let several builds (a benchmark, the test builds) run side by side, each
  // with its output inside the checkout: for an outDir outside it, Astro writes the build's server half to the
  // one shared .astro/.prerender (tests/support/astro-build.ts).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
  // Astro adds script-src and style-src with 'self' plus a hash of each inline script and style it
  // emits; everything else is spelled out here. deploy/nginx.conf and public/_headers send the same
  // policy as a header (plus frame-ancestors, which a <meta> policy cannot carry).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Shiki writes inline styles, which the CSP forbids; the story has no code blocks.
  // <Figure /> in MDX: see integrations/mdx-figure-plugin.ts.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [mdxFigurePlugin] }) },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own marker in every MDX module, which the bundler reports on each build while Astro keeps
        // it working (withastro/astro#18087). Every other warning is still printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    svelte(),
    // Embed pages are noindex: they are for iframes, not for search results. The gallery (/embed/) is
    // a page of its own and is listed.
    sitemap({
      filter: (page) => !/\/embed\/.+/.test(new URL(page).pathname),
      // A day: the sitemap library writes it as that day's UTC midnight, a crawler's hint rather than a claim.
      lastmod: new Date(siteLastModified),
    }),
    widgetHydration(),
  ],
});
