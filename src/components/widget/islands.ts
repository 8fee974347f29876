import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * A widget is interactive exactly when its folder has an Island.astro, which says how it hydrates; a
 * static widget has none and its frame renders its view. That file is the one statement of the fact:
 * the pages read it here, the browser tests from the same folder (tests/support/widgets.ts).
 */
const islands = import.meta.glob<{ default: AstroComponentFactory }>('../../widgets/*/Island.astro', {
  eager: true,
});

export function islandOf(id: string): AstroComponentFactory | undefined {
  return islands[`../../widgets/${id}/Island.astro`]?.default;
}

export const isInteractive = (id: string): boolean => islandOf(id) !== undefined;
