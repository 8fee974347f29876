import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../embed/static-paths';
import { widgetCsv } from '../../../widgets/data-csv';
import { dataRows } from '../../../widgets/data-rows';
import type { WidgetEntry } from '../../../widgets/types';

/**
 * Only widgets with numbers get a data.csv: a header-only file would be a broken download. (The CSV
 * writer refuses one too; the widget's Data link must follow the same rule, see docs/embedding.md.)
 */
export async function getStaticPaths() {
  const set = await loadFigureSet();
  return widgetStaticPaths().filter(({ props }) => dataRows(props.entry, set).length > 0);
}

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props }) =>
  new Response(widgetCsv(props.entry, await loadFigureSet()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
