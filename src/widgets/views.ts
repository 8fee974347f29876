import type { Component } from 'svelte';
import type { ViewProps } from './types';

const views = import.meta.glob<{ default: Component<ViewProps> }>('./*/View.svelte', { eager: true });

/** A widget's view (src/widgets/<id>/View.svelte), for the frame, the static images and the snapshots. */
export function viewOf(id: string): Component<ViewProps> {
  const view = views[`./${id}/View.svelte`]?.default;
  if (!view) throw new Error(`Widget "${id}" has no src/widgets/${id}/View.svelte`);
  return view;
}
