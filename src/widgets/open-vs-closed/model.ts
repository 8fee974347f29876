import { figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../data/format';
import { bandFor } from '../kit/bands';
import type { ChartLayout } from '../kit/geometry';
import { layoutAcross } from './across';
import { layoutDown } from './down';
import type { Drawing, Labels } from './shapes';

export type { Drawing, FlowBand, FlowBox, Labels, Tail } from './shapes';

export interface OpenVsClosedModel extends Drawing {
  width: number;
  /** Left to right (medium and wide columns) or top to bottom (narrow ones). */
  arrangement: 'across' | 'down';
  /** The chart as each view of the switch shows it, for the layout checks. */
  views: { all: ChartLayout; counted: ChartLayout };
  labels: Labels;
  /** The record's download count with its hedge: "over 800 million downloads". */
  downloads: string;
  /** The alternative text: one string, so no markup can drop the space between its sentences. */
  desc: string;
}

/**
 * Two routes of money to the cloud. The only number is the record's download count; the bands are all
 * one width because the article gives no split and no revenue, and the chart and registry say so.
 */
/** The record's download count with its hedge, for the chart and the notes beside it. */
export function downloadsLabel(set: FigureSet): string {
  const record = figure(set, 'qwen-downloads');
  return formatQualified(record.value, record.unit, record.qualifier);
}

export function openVsClosedModel(set: FigureSet, width: number): OpenVsClosedModel {
  const record = figure(set, 'qwen-downloads');
  const downloads = downloadsLabel(set);
  const amount = formatQualified(record.value, record.unit, record.qualifier, { bare: true });
  const unit = formatValue(record.value, record.unit)
    .slice(formatValue(record.value, record.unit, { bare: true }).length)
    .trim();
  const labels: Labels = {
    closedHeading: 'Closed-source models',
    openHeading: 'Open-source models (Qwen)',
    customers: 'Customers call the API',
    api: 'pay by usage',
    amount,
    unit,
    uses: [
      { id: 'local', label: 'Deployed locally' },
      { id: 'own-gpus', label: 'On own GPU clusters' },
      { id: 'post-training', label: 'Post-trained on the cloud' },
    ],
    revenue: 'Cloud revenue',
    clear: 'clear, visible',
    howMuch: 'how much?',
    quote: '“difficult to calculate directly”',
    closedCaption: 'Clear revenue recognition, a beautiful growth curve',
    openCaption: 'More dispersed, more hidden, a longer cycle',
    uncounted: 'Also happening, but difficult to count',
    // The registry's note says why; the chart only needs to flag it.
    illustrative: 'Band widths: illustrative',
  };
  // Arrangement follows the band, positions the exact width: a band's layouts are all one height.
  const room = bandFor(width).min;
  // Across only from the wide band: in the medium one, with room for the reader's text spacing, the use
  // labels ran into the revenue box.
  const arrangement = room < 800 ? 'down' : 'across';
  const drawing = arrangement === 'down' ? layoutDown(labels, width, room) : layoutAcross(labels, width, room);
  const view = (only: Drawing['texts']): ChartLayout => ({
    width,
    height: drawing.height,
    texts: [...drawing.texts, ...only],
  });

  return {
    width,
    arrangement,
    ...drawing,
    views: { all: view(drawing.allTexts), counted: view(drawing.countedTexts) },
    labels,
    downloads,
    desc: [
      'Closed-source models: customers call the API and pay by usage, so cloud revenue is clear and visible.',
      `Open-source Qwen models: ${downloads}; customers may deploy them locally or privately, run inference on their own GPU clusters, or post-train them on the cloud without API calls, so how much becomes cloud revenue is difficult to calculate directly.`,
      'Band widths are illustrative, not data.',
    ].join(' '),
  };
}
