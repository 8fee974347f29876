import { formatDay } from '../data/format';
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
 * A retired entry with its texts rendered from the records and checked (src/widgets/retired-text.ts): as
 * a live graphic's ShownWidget, the only form its page, files and images accept.
 */
export interface ShownRetired extends RetiredEntry {
  readonly shown: true;
}

/**
 * Every graphic that was published and has left the story. Retiring a graphic moves its entry here from
 * WIDGETS (adding `retired`); bringing an id back moves it to WIDGETS
 * again (full-stack came back so, with a new drawing in section 03). Nothing is ever deleted: the ledger
 * holds the addresses either list produces.
 *
 * The headlines are new: the first edition's described drawings these pages no longer show ("size and
 * growth are two different scales") or said more than the article ("Most API-call customers also use GPU
 * computing power", where the article gives an overlap and not what it is a share of). They name what the
 * table shows, in the article's terms, with no number (docs/published.md).
 *
 * Their texts (title, description, source, statement) are bound text, as the live registry's
 * (src/data/bound-text.ts): a number or a year is a placeholder such as {public-cloud-market|when}, never
 * typed in, and src/widgets/check-retired.ts fails the build naming this file, the entry and the field.
 */
export const RETIRED_WIDGETS = [
  {
    id: 'market-growth',
    title: 'China’s public cloud, AI large-model solution and MaaS markets {public-cloud-market|when}',
    description:
      'The figures of a graphic retired from the story: the size and year-on-year growth of China’s public cloud, AI large-model solution and MaaS markets {public-cloud-market|when}, and the MaaS market’s share of the public cloud market.',
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
    source:
      'IDC data on China’s public cloud and AI large-model solution markets, {public-cloud-market|period}, the latest when the article was written, as the article cites it',
    retired: { date: '2026-12-01', story: 'first-public-cloud-market', successor: 'maas-share' },
  },
  {
    id: 'industry-budget',
    title: 'Finance, government affairs and manufacturing: their share of the budget',
    description:
      'The figure of a graphic retired from the story: the share of the budget {key-industries-budget-share|when} that the finance, government affairs and manufacturing industries contributed, as the article gives it beside the AI large-model solution market.',
    figures: ['key-industries-budget-share'],
    derived: [],
    source:
      'IDC data on China’s AI large-model solution market, {key-industries-budget-share|period}, the latest when the article was written, as the article cites it',
    retired: { date: '2026-12-01', story: 'first-key-industries-budget-share' },
  },
  {
    id: 'api-gpu-overlap',
    title: 'Alibaba Cloud customers using API call services and GPU computing power',
    description:
      'The figure of a graphic retired from the story: the overlap between Alibaba Cloud’s customers using API call services and those using GPU computing power.',
    figures: ['api-gpu-overlap'],
    derived: [],
    source: 'Silicon Star People on Alibaba Cloud’s customers, as the article reports it',
    retired: { date: '2026-12-01', story: 'first-api-gpu-overlap', successor: 'iceberg' },
  },
  {
    id: 'enterprise-adoption',
    title: 'Enterprises that have not really entered the market',
    description:
      'The figure of a graphic retired from the story: the share of enterprises that the article says have not really entered the market, where AI penetration in China’s enterprise-level market has just begun.',
    figures: ['enterprises-not-in'],
    derived: [],
    source: 'The article’s own statement, for which it cites no survey or source',
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
] as const satisfies readonly RetiredEntry[];

export type RetiredId = (typeof RETIRED_WIDGETS)[number]['id'];

export function retiredById(id: string): RetiredEntry | undefined {
  return RETIRED_WIDGETS.find((entry) => entry.id === id);
}

/** The one line a retired graphic's page, image and card say about it, its date as the site writes dates. */
export function retiredLine(entry: Pick<RetiredEntry, 'retired'>): string {
  return `This graphic was retired from the story on ${formatDay(entry.retired.date)}.`;
}
