import type { FigureSet } from '../data/figures';
import { dataRows } from '../widgets/data-rows';
import { WIDGETS } from '../widgets/registry';
import { RETIRED_WIDGETS, type RetiredEntry } from '../widgets/retired';
import type { WidgetEntry } from '../widgets/types';

function pathsOf<T extends WidgetEntry>(entries: readonly T[]) {
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/**
 * One static route per registry widget: every /embed/<id>/… file is generated from this list. Takes no
 * argument on purpose: pages export it as their getStaticPaths, which Astro calls with its own options.
 * The entries are the registry's; each route shows its entry (src/widgets/widget-text.ts) when it renders,
 * so a claim the data no longer supports fails there, with its name and place.
 */
export function widgetStaticPaths() {
  return pathsOf(WIDGETS);
}

/**
 * Whether a widget has numbers to download. A widget without (a diagram) gets no data.csv, no Data link
 * and `data: null` in widgets.json: a header-only file would be a broken download.
 */
export function hasData(entry: WidgetEntry, set: FigureSet): boolean {
  return dataRows(entry, set).length > 0;
}

/** The data.csv routes: only the widgets that have numbers. */
export function dataStaticPaths(set: FigureSet, entries: readonly WidgetEntry[] = WIDGETS) {
  return pathsOf(entries).filter(({ props }) => hasData(props.entry, set));
}

/** What an embed route is given for one id: a live widget's entry, or a retired graphic's. */
export type EmbedProps = { entry: WidgetEntry; retired?: undefined } | { entry?: undefined; retired: RetiredEntry };

/**
 * One static route per graphic ever published, live or retired: the embed page and every file of it. A
 * retired graphic keeps its addresses (content/ledger.json), answered from its registry entry.
 */
export function embedStaticPaths(): { params: { id: string }; props: EmbedProps }[] {
  return [
    ...pathsOf(WIDGETS),
    ...RETIRED_WIDGETS.map((retired) => ({ params: { id: retired.id }, props: { retired: retired as RetiredEntry } })),
  ];
}
