import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { dataStaticPaths } from '../../../embed/static-paths';
import { widgetCsv } from '../../../widgets/data-csv';
import type { WidgetEntry } from '../../../widgets/types';

/**
 * Only widgets with numbers get a data.csv (the CSV writer refuses a header-only file too); the Data
 * link and widgets.json follow the same rule, hasData().
 */
export async function getStaticPaths() {
  return dataStaticPaths(await loadFigureSet());
}

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props }) =>
  new Response(widgetCsv(props.entry, await loadFigureSet()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
