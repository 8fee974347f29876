/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Node environment with Svelte's server build: models are tested without a DOM, and the static-image
// code renders views with `svelte/server` as the build does. Browser behaviour is Playwright's job.
export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      // Some tests run a whole production build, which takes minutes on a busy 2-core machine.
      testTimeout: 300_000,
    },
  },
  { devToolbar: { enabled: false } },
);
