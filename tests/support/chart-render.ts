import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { FigureSet } from '../../src/data/figures';
import { figuresFor } from '../../src/widgets/data-rows';
import type { ViewProps, WidgetEntry } from '../../src/widgets/types';

const views = import.meta.glob<{ default: Component<ViewProps> }>('../../src/widgets/*/View.svelte', { eager: true });

/** A widget's view rendered on the server, laid out once at `width` (as the images and snapshots are). */
export function renderView(entry: WidgetEntry, set: FigureSet, width: number): string {
  const view = views[`../../src/widgets/${entry.id}/View.svelte`];
  if (!view) throw new Error(`Widget "${entry.id}" has no src/widgets/${entry.id}/View.svelte`);
  return render(view.default, { props: { figures: figuresFor(entry, set), width } }).body;
}

/** Every chart <svg> of a render, nested <svg>s kept inside it. */
export function chartSvgs(html: string): string[] {
  const found: string[] = [];
  const tags = /<svg\b[^>]*>|<\/svg>/g;
  let start = -1;
  let depth = 0;
  for (const tag of html.matchAll(tags)) {
    if (tag[0] === '</svg>') {
      depth--;
      if (depth === 0 && start >= 0) {
        found.push(html.slice(start, tag.index + tag[0].length));
        start = -1;
      }
    } else {
      if (depth === 0 && /\bchart-svg\b/.test(tag[0])) start = tag.index;
      if (depth > 0 || start >= 0) depth++;
    }
  }
  return found;
}
