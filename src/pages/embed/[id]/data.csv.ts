import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { dataStaticPaths, type EmbedProps } from '../../../embed/static-paths';
import { widgetCsv } from '../../../widgets/data-csv';
import { RETIRED_WIDGETS, type RetiredEntry } from '../../../widgets/retired';
import { retiredCsv } from '../../../widgets/retired-csv';

/**
 * Only live widgets with numbers get a data.csv (the CSV writer refuses a header-only file too); the Data
 * link and widgets.json follow the same rule, hasData(). Every retired graphic keeps the data.csv the first
 * edition published, header-only for the two that had no numbers (content/ledger.json).
 */
export async function getStaticPaths() {
  return [
    ...dataStaticPaths(await loadFigureSet()),
    ...RETIRED_WIDGETS.map((retired) => ({ params: { id: retired.id }, props: { retired: retired as RetiredEntry } })),
  ];
}

export const GET: APIRoute<EmbedProps> = async ({ props }) => {
  const set = await loadFigureSet();
  const csv = props.retired ? retiredCsv(props.retired, set) : widgetCsv(props.entry, set);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
