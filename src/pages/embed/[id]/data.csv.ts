import type { APIRoute } from 'astro';
import { loadFigureSet } from '../../../data/content';
import { widgetStaticPaths } from '../../../lib/embed-static-paths';
import { widgetCsv } from '../../../widgets/data-csv';
import type { WidgetEntry } from '../../../widgets/types';

export const getStaticPaths = widgetStaticPaths;

export const GET: APIRoute<{ entry: WidgetEntry }> = async ({ props }) =>
  new Response(widgetCsv(props.entry, await loadFigureSet()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
