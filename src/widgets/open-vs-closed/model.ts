import { renderPlaceholder } from '../../data/bound-text';
import { figure, type FigureSet } from '../../data/figures';
import { formatQualified } from '../../data/format';
import { bandFor } from '../kit/bands';
import type { ChartLayout, Rect, TextMark } from '../kit/geometry';
import { lineHeight, wrap } from '../kit/text';
import type { TextSize } from '../kit/type';
import type { WidgetLayouts } from '../types';

export type Kind = 'closed' | 'open';

/** One box of a path: a step the customer takes, or what the statistics make of the path. */
export interface PathBox extends Rect {
  kind: Kind;
  role: 'step' | 'status';
}

/** A short arrow down, from one box to the next, at a column's middle. */
export interface Arrow {
  x: number;
  y1: number;
  y2: number;
}

export interface OpenVsClosedModel extends ChartLayout {
  /** The two paths side by side (from 520 px), or one above the other. */
  arrangement: 'across' | 'down';
  boxes: PathBox[];
  arrows: Arrow[];
  /** The Qwen downloads as the article states them, bound to the record: "exceeded 800 million times". */
  downloads: string;
  /** The alternative text: one string, so no markup can drop the space between its sentences. */
  desc: string;
}

/** A box's words: a bold first line, then plain lines; the words are the article's or name its steps. */
interface BoxText {
  bold: string;
  plain?: string;
}

/**
 * The article's two paths (section 02): closed-source models through API calls, paid by usage, with "clear
 * revenue recognition"; open-source models downloaded, which customers "may" then run locally, on their own GPU
 * clusters or post-train on the cloud, "difficult to count". No widths, no flows, no revenue the article does not
 * claim: boxes of words, the same size across a row.
 */
export function pathTexts(set: FigureSet) {
  // Bound to the record with the article's own hedge word: "exceeded 800 million" (src/data/bound-text.ts).
  const downloads = `${renderPlaceholder(set, { id: 'qwen-downloads', options: ['bare', 'hedge=exceeded'] }, 'src/widgets/open-vs-closed/model.ts')} times`;
  const closed: [BoxText, BoxText, BoxText] = [
    { bold: 'Customers call APIs', plain: 'The model is on the cloud' },
    { bold: 'They pay by usage', plain: 'The main basis of current token statistics' },
    { bold: 'Counted', plain: '“Clear revenue recognition and a beautiful growth curve”' },
  ];
  const open: [BoxText, BoxText, BoxText] = [
    { bold: 'Customers download them', plain: `Qwen’s global download volume has ${downloads}` },
    {
      bold: 'They may run them their own way',
      plain: 'Locally, on their own GPU clusters, or post-trained on the cloud, without API calls',
    },
    {
      bold: '“Difficult to count”',
      plain: 'Alibaba Cloud’s revenue from Qwen’s downloads: “difficult to calculate directly”',
    },
  ];
  return { downloads, closed, open };
}

const JOIN = '\u0001';

/** Word wrap that never breaks inside one of `keep` (a number and its hedge stay on one line). */
function wrapKeeping(text: string, size: TextSize, width: number, keep: readonly string[], bold = false): string[] {
  let joined = text;
  for (const phrase of keep) joined = joined.replaceAll(phrase, phrase.replaceAll(' ', JOIN));
  return wrap(joined, size, width, bold).map((line) => line.replaceAll(JOIN, ' '));
}

const HEADINGS: Record<Kind, string> = { closed: 'Closed-source models', open: 'Open-source models' };
const PAD = 10;
const GAP = 24;
const ARROW = 18;

export function openVsClosedModel(set: FigureSet, width: number): OpenVsClosedModel {
  const { downloads, closed, open } = pathTexts(set);
  // Arrangement and wrapping follow the band, positions the exact width: a band's layouts are one height.
  const room = bandFor(width).min;
  const across = room >= 520;
  const columnRoom = across ? (room - GAP) / 2 : room;
  const columnWidth = across ? (width - GAP) / 2 : width;
  const lines = (text: BoxText) => ({
    bold: wrapKeeping(text.bold, 'label', columnRoom - 2 * PAD, [downloads], true),
    plain: text.plain ? wrapKeeping(text.plain, 'small', columnRoom - 2 * PAD, [downloads]) : [],
  });
  const boxHeight = (text: BoxText) => {
    const l = lines(text);
    return PAD + l.bold.length * lineHeight('label') + l.plain.length * lineHeight('small') + PAD - 2;
  };
  const texts: TextMark[] = [];
  const boxes: PathBox[] = [];
  const arrows: Arrow[] = [];

  /** One path's heading and boxes from `top`, row heights given (shared across a row when side by side). */
  function column(kind: Kind, x: number, top: number, rows: readonly BoxText[], heights: readonly number[]) {
    texts.push({ x, y: top + 14, text: HEADINGS[kind], size: 'label', bold: true });
    let y = top + 14 + 10;
    rows.forEach((row, i) => {
      const role = i === rows.length - 1 ? 'status' : 'step';
      const height = heights[i]!;
      boxes.push({ kind, role, x, y, width: columnWidth, height });
      const l = lines(row);
      let ty = y + PAD + 11;
      for (const text of l.bold) {
        texts.push({
          x: x + PAD,
          y: ty,
          text,
          size: 'label',
          bold: true,
          ...(role === 'status' && kind === 'closed' ? { tone: 'bg' as const } : {}),
        });
        ty += lineHeight('label');
      }
      for (const text of l.plain) {
        texts.push({
          x: x + PAD,
          y: ty,
          text,
          size: 'small',
          ...(role === 'status' && kind === 'closed' ? { tone: 'bg' as const } : {}),
        });
        ty += lineHeight('small');
      }
      y += height;
      if (i < rows.length - 1) {
        arrows.push({ x: x + columnWidth / 2, y1: y + 2, y2: y + ARROW - 2 });
        y += ARROW;
      }
    });
    return y;
  }

  let height: number;
  if (across) {
    const heights = closed.map((_, i) => Math.max(boxHeight(closed[i]!), boxHeight(open[i]!)));
    const bottom = column('closed', 0, 0, closed, heights);
    column('open', columnWidth + GAP, 0, open, heights);
    height = bottom + 1;
  } else {
    const bottom = column('closed', 0, 0, closed, closed.map(boxHeight));
    height = column('open', 0, bottom + 16, open, open.map(boxHeight)) + 1;
  }

  const record = figure(set, 'qwen-downloads');
  return {
    width,
    height,
    texts,
    arrangement: across ? 'across' : 'down',
    boxes,
    arrows,
    downloads,
    desc: [
      'Two paths, side by side.',
      'Closed-source models: customers call APIs, the model is on the cloud and they pay by usage, the main basis of current token statistics; the article speaks of clear revenue recognition and a beautiful growth curve.',
      `Open-source models: customers download them (the Qwen models: ${formatQualified(record.value, record.unit, record.qualifier)}), then may run them locally, use their own GPU clusters for inference or post-train them on the cloud, without API calls; the article calls this usage difficult to count, and how much of Qwen’s downloads became Alibaba Cloud’s revenue difficult to calculate directly.`,
    ].join(' '),
  };
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (set, width) => ({ chart: openVsClosedModel(set, width) });
