import { entry as fullStack } from './full-stack/entry';
import { entry as iceberg } from './iceberg/entry';
import { entry as maasShare } from './maas-share/entry';
import { entry as motorolaForecast } from './motorola-forecast/entry';
import { entry as openVsClosed } from './open-vs-closed/entry';
import { entry as tokensPerTask } from './tokens-per-task/entry';
import type { WidgetEntry } from './types';

/**
 * Every widget on the site, in the order lists of them (the gallery, widgets.json) follow. The story, the embed
 * pages, the oEmbed files, the images, the data downloads and the tests all read this list. A widget is
 * one folder, src/widgets/<id>/ (entry.ts, model.ts, View.svelte; height.ts where the view holds more
 * than its chart, Island.astro if it hydrates): adding one is its folder, its import and its line here
 * (docs/adding-a-widget.md).
 */
export const WIDGETS = [
  maasShare,
  motorolaForecast,
  openVsClosed,
  iceberg,
  tokensPerTask,
  fullStack,
] as const satisfies readonly WidgetEntry[];

export function widgetById(id: string): WidgetEntry {
  const entry = WIDGETS.find((w) => w.id === id);
  if (!entry) throw new Error(`Unknown widget "${id}": add its folder's entry to src/widgets/registry.ts`);
  return entry;
}
