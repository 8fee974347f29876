/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

export default getViteConfig(
  {
    plugins: [svelteTesting()],
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      testTimeout: 120_000,
    },
  },
  { devToolbar: { enabled: false } },
);
