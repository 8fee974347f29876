/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Node environment with Svelte's server build: models are tested without a DOM, and the static-image
// code renders views with `svelte/server` as the build does. Browser behaviour is Playwright's job.
// Two lanes: `unit` (pure code, seconds) and `build` (`*.build.test.ts`: each runs a production build, 2-7 s
// each on 2 cores, side by side: tests/support/astro-build.ts); `npm run test:fast` runs only the first.
export default getViteConfig(
  {
    test: {
      environment: 'node',
      // One worker per core: Vitest's default leaves one core to its main process, which on 2 cores meant one
      // worker and a unit lane 1.5 times as long (19 s against 13).
      maxWorkers: availableParallelism(),
      // Generous: a build-lane test waits for a whole production build, far slower on a busy machine.
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
