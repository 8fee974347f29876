/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Node environment with Svelte's server build: models are tested without a DOM, and the static-image
// code renders views with `svelte/server` as the build does. Browser behaviour is Playwright's job.
// Two lanes: `unit` (pure code, seconds) and `build` (`*.build.test.ts`: each runs a whole production
// build, a minute or more on 2 cores); `npm run test:fast` runs only the first.
export default getViteConfig(
  {
    test: {
      environment: 'node',
      // The build lane's tests run a whole production build, which takes minutes on a busy 2-core machine.
      testTimeout: 300_000,
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.build.test.ts'] },
        },
        { extends: true, test: { name: 'build', include: ['tests/unit/**/*.build.test.ts'] } },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
