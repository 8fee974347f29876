import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { readLedger } from '../../../data/load-ledger';
import { dataStaticPaths, hasData, type EmbedProps } from '../../../embed/static-paths';
import { headerOnlyCsv } from '../../../lib/csv';
import { CSV_HEADER, widgetCsv } from '../../../widgets/data-csv';
import { WIDGETS } from '../../../widgets/registry';
import { RETIRED_WIDGETS, type RetiredEntry } from '../../../widgets/retired';
import { retiredCsv } from '../../../widgets/retired-csv';

/**
 * Only live widgets with numbers get a data.csv (the CSV writer refuses a header-only file too); the Data
 * link and widgets.json follow the same rule, hasData(). An address once published keeps answering
 * (content/ledger.json): every retired graphic keeps the data.csv the first edition published, header-only
 * for the two that had no numbers, and so does a graphic without numbers that came back live under a
 * first-edition id (full-stack), though no link leads to the file.
 */
export async function getStaticPaths() {
  const set = await loadFigureSet();
  const published = new Set(readLedger().map((address) => address.path));
  return [
    ...dataStaticPaths(set),
    ...WIDGETS.filter((entry) => !hasData(entry, set) && published.has(`embed/${entry.id}/data.csv`)).map((entry) => ({
      params: { id: entry.id },
      props: { entry },
    })),
    ...RETIRED_WIDGETS.map((retired) => ({ params: { id: retired.id }, props: { retired: retired as RetiredEntry } })),
  ];
}

export const GET: APIRoute<EmbedProps> = async ({ props }) => {
  const set = await loadFigureSet();
  const csv = props.retired
    ? retiredCsv(props.retired, set)
    : hasData(props.entry, set)
      ? widgetCsv(props.entry, set)
      : headerOnlyCsv(CSV_HEADER);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
