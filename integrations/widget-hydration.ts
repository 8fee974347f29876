import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** `client:widget` (src/components/widget/hydrate-in-view.ts): hydrate an island once its widget is in view. */
export function widgetHydration(): AstroIntegration {
  return {
    name: 'widget-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) =>
        addClientDirective({
          name: 'widget',
          entrypoint: fileURLToPath(new URL('../src/components/widget/hydrate-in-view.ts', import.meta.url)),
        }),
    },
  };
}
