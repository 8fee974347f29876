import { render } from 'svelte/server';
import type { FigureSet } from '../../src/data/figures';
import { figuresFor } from '../../src/widgets/data-rows';
import type { WidgetEntry } from '../../src/widgets/types';
import { viewOf } from '../../src/widgets/views';

/** A widget's view rendered on the server, laid out once at `width` (as the images and snapshots are). */
export function renderView(entry: WidgetEntry, set: FigureSet, width: number): string {
  return render(viewOf(entry.id), { props: { figures: figuresFor(entry, set), width } }).body;
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
