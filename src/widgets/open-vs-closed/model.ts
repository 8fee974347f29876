import { figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../lib/format';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box with centred lines of text. */
export interface Node extends Rect {
  lines: { text: string; y: number }[];
}

export interface Flow extends Rect {
  id: string;
  label: string;
  labelY: number;
  /** The dotted stretch between the band's end and the revenue box: money that may arrive, uncounted. */
  tail: { x1: number; x2: number; y: number } | null;
}

export interface Block {
  heading: string;
  headingY: number;
  source: Node;
  flows: Flow[];
  revenue: Node;
  caption: string;
  captionY: number;
}

export interface OpenVsClosedModel {
  width: number;
  height: number;
  closed: Block;
  open: Block;
  /** The open-source caption when only what can be counted is shown. */
  uncountedCaption: string;
  illustrativeNote: string;
  illustrativeY: number;
  downloads: string;
  summary: string;
}

const SOURCE_W = 96;
const REVENUE_W = 116;
const BAND = 18;
const LINE = 16;

function node(rect: Rect, texts: string[]): Node {
  const first = rect.y + rect.height / 2 - ((texts.length - 1) * LINE) / 2 + 4.5;
  return { ...rect, lines: texts.map((text, i) => ({ text, y: first + i * LINE })) };
}

/**
 * Two revenue routes side by side. The only number is the record's download count; band widths are
 * all equal because the article gives no split and no revenue, and the chart says so.
 */
export function openVsClosedModel(set: FigureSet, width = 400): OpenVsClosedModel {
  const downloads = figure(set, 'qwen-downloads');
  // "over 800 million" on two lines, then the unit: the box is narrow.
  const amount = formatQualified(downloads.value, downloads.unit, downloads.qualifier, { bare: true });
  const cut = amount.lastIndexOf(' ');
  const amountLines = cut > 0 ? [amount.slice(0, cut), amount.slice(cut + 1)] : [amount];
  const withUnit = formatValue(downloads.value, downloads.unit);
  const unitWord = withUnit.slice(formatValue(downloads.value, downloads.unit, { bare: true }).length).trim();
  const revenueX = width - REVENUE_W;
  const flowStart = SOURCE_W;

  const closedTop = 28;
  const closedH = 48;
  const closed: Block = {
    heading: 'Closed-source models',
    headingY: 16,
    source: node({ x: 0, y: closedTop, width: SOURCE_W, height: closedH }, ['Customers', 'call the API']),
    flows: [
      {
        id: 'api',
        label: 'pay by usage',
        x: flowStart,
        y: closedTop + (closedH - BAND) / 2,
        width: revenueX - flowStart,
        height: BAND,
        labelY: closedTop + (closedH - BAND) / 2 - 6,
        tail: null,
      },
    ],
    revenue: node({ x: revenueX, y: closedTop, width: REVENUE_W, height: closedH }, [
      'Cloud revenue',
      'clear, visible',
    ]),
    caption: 'Clear revenue recognition, a beautiful growth curve',
    captionY: closedTop + closedH + 20,
  };

  const openHeadingY = closed.captionY + 36;
  const openTop = openHeadingY + 12;
  const rowGap = 46;
  const uses = [
    { id: 'local', label: 'Deployed locally' },
    { id: 'own-gpus', label: 'On own GPU clusters' },
    { id: 'post-training', label: 'Post-trained on the cloud' },
  ];
  const openH = uses.length * rowGap + 4;
  const bandEnd = flowStart + Math.round((revenueX - flowStart) * 0.62);
  const flows = uses.map((use, i): Flow => {
    const centre = openTop + 30 + i * rowGap;
    return {
      ...use,
      x: flowStart,
      y: centre - BAND / 2,
      width: bandEnd - flowStart,
      height: BAND,
      labelY: centre - BAND / 2 - 6,
      tail: { x1: bandEnd + 4, x2: revenueX - 4, y: centre },
    };
  });
  const open: Block = {
    heading: 'Open-source models (Qwen)',
    headingY: openHeadingY,
    source: node({ x: 0, y: openTop, width: SOURCE_W, height: openH }, [...amountLines, unitWord]),
    flows,
    revenue: node({ x: revenueX, y: openTop, width: REVENUE_W, height: openH }, [
      'Cloud revenue',
      'how much?',
      '“difficult to',
      'calculate',
      'directly”',
    ]),
    caption: 'More dispersed, more hidden, a longer cycle',
    captionY: openTop + openH + 20,
  };

  const illustrativeY = open.captionY + 22;
  return {
    width,
    height: illustrativeY + 8,
    closed,
    open,
    uncountedCaption: 'Also happening, but difficult to count',
    illustrativeNote: 'Band widths are illustrative, not data',
    illustrativeY,
    downloads: formatQualified(downloads.value, downloads.unit, downloads.qualifier),
    summary: `Closed-source models: customers call the API and pay by usage, so cloud revenue is clear and visible. Open-source Qwen models: ${formatQualified(
      downloads.value,
      downloads.unit,
      downloads.qualifier,
    )}; customers may deploy them locally or privately, run inference on their own GPU clusters, or post-train them on the cloud without API calls, so how much becomes cloud revenue is difficult to calculate directly.`,
  };
}
