import { WIDGETS } from '../widgets/registry';
import type { WidgetEntry } from '../widgets/types';

/** One static route per registry widget: every /embed/<id>/… file is generated from this list. */
export function widgetStaticPaths() {
  return WIDGETS.map((entry) => ({ params: { id: entry.id }, props: { entry: entry as WidgetEntry } }));
}
