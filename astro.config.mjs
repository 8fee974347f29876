// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { normalizeBase, normalizeSite } from './src/lib/deploy-paths.mjs';

// Both come from the environment so that one build command serves any host and sub-path.
const base = normalizeBase(process.env.BASE_PATH);
const site = normalizeSite(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    svelte(),
    // Embed pages are noindex: they are for iframes, not for search results.
    sitemap({ filter: (page) => !page.includes('/embed/') }),
  ],
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          {
            src: ['./node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2'],
            weight: '200 900',
            style: 'normal',
            display: 'swap',
          },
          {
            src: ['./node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2'],
            weight: '200 900',
            style: 'italic',
            display: 'swap',
          },
        ],
      },
    },
  ],
});
