import { dayLabel } from '../lib/day-label';
import type { WidgetEntry } from './types';

/** Why and where a graphic left the story. */
export interface Retirement {
  /** The day it left the story, YYYY-MM-DD. */
  date: string;
  /**
   * The id of the place in the story where its numbers (or, for a graphic without numbers, its subject)
   * now stand: its retired page links there. A fragment of content/ledger.json, so the build keeps it.
   */
  story: string;
  /** The live graphic (src/widgets/registry.ts) that now carries its numbers, when one does. */
  successor?: string;
}

/**
 * A graphic that has left the story. Its addresses stay (content/ledger.json): its embed page shows what it
 * can still honestly show, its records' table in the article's words (the same rows as a live graphic's
 * table), or for a graphic without records a statement of what it showed; its files (oEmbed, data, images,
 * card) keep answering. Its drawing code is gone, so it has no view and no bodyHeight.
 */
export interface RetiredEntry extends Pick<
  WidgetEntry,
  'id' | 'title' | 'claims' | 'description' | 'figures' | 'derived' | 'source'
> {
  retired: Retirement;
  /** Only for a graphic without records (no table to show): what it showed, in the article's terms. */
  statement?: string;
}

/**
 * Every graphic that was published and has left the story. Retiring a graphic moves its entry here from
 * WIDGETS (adding `retired`); bringing an id back (issue 25 brings `full-stack` back with a new drawing)
 * moves it to WIDGETS again. Nothing is ever deleted: the ledger holds the addresses either list produces.
 *
 * The headlines are new: the first edition's described drawings these pages no longer show ("size and
 * growth are two different scales") or said more than the article ("Most API-call customers also use GPU
 * computing power", where the article gives an overlap and not what it is a share of). They name what the
 * table shows, in the article's terms, with no number (docs/published.md).
 */
export const RETIRED_WIDGETS = [
  {
    id: 'market-growth',
    title: 'China’s public cloud, AI large-model solution and MaaS markets in the first half of 2025',
    description:
      'The figures of a graphic retired from the story: the size and year-on-year growth of China’s public cloud, AI large-model solution and MaaS markets in the first half of 2025, and the MaaS market’s share of the public cloud market.',
    figures: [
      'public-cloud-market',
      'public-cloud-growth',
      'ai-solution-market',
      'ai-solution-growth',
      'maas-market',
      'maas-growth',
    ],
    // The first edition also showed the AI solution market's share of the public cloud, which the article
    // does not give and the story edit dropped; only the share the article states stays.
    derived: ['maas-share-of-cloud'],
    source: 'IDC, China public cloud market and AI large-model solution market, H1 2025, as cited by the article',
    retired: { date: '2026-12-01', story: 'first-public-cloud-market', successor: 'maas-share' },
  },
  {
    id: 'industry-budget',
    title: 'Finance, government affairs and manufacturing in the AI large-model solution budget',
    description:
      'The figure of a graphic retired from the story: the share of the AI large-model solution budget in the first half of 2025 that the finance, government affairs and manufacturing industries contributed together.',
    figures: ['key-industries-budget-share'],
    derived: [],
    source: 'IDC, China AI large-model solution market, H1 2025, as cited by the article',
    retired: { date: '2026-12-01', story: 'first-key-industries-budget-share' },
  },
  {
    id: 'api-gpu-overlap',
    title: 'Alibaba Cloud customers using API call services and GPU computing power',
    description:
      'The figure of a graphic retired from the story: the overlap between Alibaba Cloud’s customers using API call services and those using GPU computing power.',
    figures: ['api-gpu-overlap'],
    derived: [],
    source: 'Silicon Star People Pro, on Alibaba Cloud customers, as reported in the article',
    retired: { date: '2026-12-01', story: 'first-api-gpu-overlap', successor: 'iceberg' },
  },
  {
    id: 'enterprise-adoption',
    title: 'Enterprises that have not really entered the AI market',
    description:
      'The figure of a graphic retired from the story: the share of enterprises in China’s enterprise-level market that have not really entered the AI market.',
    figures: ['enterprises-not-in'],
    derived: [],
    source: 'Silicon Star People Pro, the article’s own estimate',
    retired: { date: '2026-12-01', story: 'first-enterprises-not-in' },
  },
  {
    id: 'adoption-paths',
    title: 'Several ways for enterprises to use AI',
    description:
      'A graphic retired from the story, which had no numbers: the ways the article says enterprises use AI, from directly calling APIs to running the model on a device.',
    figures: [],
    derived: [],
    source: 'The article’s account of how enterprises use AI, from the perspective of cloud service providers',
    statement:
      'This graphic had no numbers. It showed the ways the article says enterprises use AI, from directly calling APIs to running the model on the device; the story’s iceberg graphic now shows them.',
    retired: { date: '2026-12-01', story: 'token-is-a-good-indicator', successor: 'iceberg' },
  },
  {
    id: 'full-stack',
    title: 'What happens behind one large-model API call',
    description:
      'A graphic retired from the story, which had no numbers: the layers the article says stand behind one large-model API call.',
    figures: [],
    derived: [],
    source: 'The article’s account of what happens behind a large model API call',
    statement:
      'This graphic had no numbers. It showed what the article says stands behind one large-model API call: the abilities of the PaaS layer and, further down, the infrastructure of the IaaS layer.',
    retired: { date: '2026-12-01', story: 'underlying-logic-of-cloud' },
  },
] as const satisfies readonly RetiredEntry[];

export type RetiredId = (typeof RETIRED_WIDGETS)[number]['id'];

export function retiredById(id: string): RetiredEntry | undefined {
  return RETIRED_WIDGETS.find((entry) => entry.id === id);
}

/** The one line a retired graphic's page, image and card say about it. */
export function retiredLine(entry: Pick<RetiredEntry, 'retired'>): string {
  return `This graphic was retired from the story on ${dayLabel(entry.retired.date)}.`;
}
