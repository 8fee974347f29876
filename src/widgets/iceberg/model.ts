import { figure, type FigureSet } from '../../data/figures';
import { formatQualified } from '../../data/format';
import { bandFor, type BandId } from '../kit/bands';
import type { ChartLayout, TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import { TYPE } from '../kit/type';
import { LAYERS, type Layer } from './layers';
import type { WidgetLayouts } from '../types';

/** One vertex of the outline: `at` runs 0..1 down its part of the berg, `dx` is a fraction of the widest half. */
export interface ProfilePoint {
  at: number;
  dx: number;
}

/*
 * A faceted, slightly lopsided berg, drawn as a picture and not as a quantity: four bands of equal height
 * (the article gives no sizes for these uses, only that the hidden ones are "also huge"), a tip that
 * widens to the waterline and a body not much wider, so that no band reads as many times another.
 */
const TIP_RIGHT: ProfilePoint[] = [
  { at: 0, dx: 0.06 },
  { at: 0.4, dx: 0.28 },
  { at: 1, dx: 0.6 },
];
const TIP_LEFT: ProfilePoint[] = [
  { at: 0, dx: -0.08 },
  { at: 0.5, dx: -0.3 },
  { at: 1, dx: -0.58 },
];
const BODY_RIGHT: ProfilePoint[] = [
  { at: 0, dx: 0.6 },
  { at: 0.15, dx: 0.9 },
  { at: 0.4, dx: 1 },
  { at: 0.7, dx: 0.9 },
  { at: 0.9, dx: 0.68 },
  { at: 1, dx: 0.38 },
];
const BODY_LEFT: ProfilePoint[] = [
  { at: 0, dx: -0.58 },
  { at: 0.2, dx: -0.95 },
  { at: 0.45, dx: -1 },
  { at: 0.75, dx: -0.88 },
  { at: 1, dx: -0.42 },
];

/** A vertex of an edge in chart units. */
export interface EdgePoint {
  y: number;
  x: number;
}

/** x of a piecewise-linear edge at height y (clamped to its ends; at a horizontal step, the first vertex there). */
export function edgeAt(edge: readonly EdgePoint[], y: number): number {
  const first = edge[0];
  const last = edge.at(-1);
  if (!first || !last) throw new Error('An edge needs at least one point');
  if (y <= first.y) return first.x;
  for (let i = 1; i < edge.length; i++) {
    const a = edge[i - 1]!;
    const b = edge[i]!;
    if (y <= b.y) return b.y === a.y ? a.x : a.x + (b.x - a.x) * ((y - a.y) / (b.y - a.y));
  }
  return last.x;
}

/** The part of the outline between two heights, as a closed polygon: down the right edge, up the left. */
export function slice(left: readonly EdgePoint[], right: readonly EdgePoint[], y0: number, y1: number) {
  const inside = (p: EdgePoint) => p.y > y0 && p.y < y1;
  const down: [number, number][] = [
    [edgeAt(right, y0), y0],
    ...right.filter(inside).map((p): [number, number] => [p.x, p.y]),
    [edgeAt(right, y1), y1],
  ];
  const up: [number, number][] = [
    [edgeAt(left, y1), y1],
    ...left
      .filter(inside)
      .reverse()
      .map((p): [number, number] => [p.x, p.y]),
    [edgeAt(left, y0), y0],
  ];
  return [...down, ...up];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A closed polygon as path data. Written out rather than with d3-shape: straight facets need no curve code in the bundle. */
export function polygonPath(points: readonly [number, number][]): string {
  return points.length ? `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z` : '';
}

/** Names inside the layers when the column is narrow; beside the berg, with leader lines, when there is room. */
export type Arrangement = 'inside' | 'beside';

interface BandGeometry {
  arrangement: Arrangement;
  /** Apex to keel in px: four bands of a quarter each. */
  ice: number;
  /** Half the berg's widest breadth in px; the berg is drawn at scale 1, never stretched. */
  half: number;
  /** Between the berg's region and the label column. */
  gap: number;
  /** The label column's width; 0 takes what the band's narrowest width leaves. */
  column: number;
  /** Inside: how far right of the middle the berg stands, leaving the sky at its left for the tip's label. */
  shift: number;
}

const GEOMETRY: Record<BandId, BandGeometry> = {
  narrow: { arrangement: 'inside', ice: 184, half: 104, gap: 0, column: 0, shift: 30 },
  // Half 140, not 146 (the wide band's proportion): the column beside it keeps room for "Local & private
  // cloud" on one line with the reader's text spacing (210 px for 207).
  medium: { arrangement: 'beside', ice: 256, half: 140, gap: 24, column: 0, shift: 0 },
  wide: { arrangement: 'beside', ice: 300, half: 165, gap: 32, column: 260, shift: 0 },
};

/** The top of the chart's text and, unless the tip's label needs the berg lower, of the berg. */
const TOP_Y = 10;
/** Room in the berg's own viewBox for its outline's stroke. */
const PAD = 3;
const STATUS_GAP = 17;

/**
 * Where the berg is drawn: a nested <svg> of this x and width (chart px) and the chart's height, whose
 * viewBox is the berg's own px at scale 1. Its aspect is kept (xMidYMid meet), so when the band's layout
 * is shown in a wider column the berg stays centred on `axis` at its own size instead of stretching.
 */
export interface BergRegion {
  x: number;
  width: number;
  viewBox: string;
  /** Chart x of the berg's vertical axis (the region's centre). */
  axis: number;
}

export interface Leader {
  /** Starts on the berg's axis, under the berg, so it always leaves the berg at its edge. */
  x1: number;
  x2: number;
  y: number;
  underwater: boolean;
}

export interface LayerShape extends Layer {
  top: number;
  bottom: number;
  /** The layer's outline in the berg's viewBox units. */
  points: [number, number][];
  path: string;
  /** Its name (and beside the berg, whether it is counted), in chart px. */
  texts: TextMark[];
  leader?: Leader;
}

export interface IcebergModel extends ChartLayout {
  arrangement: Arrangement;
  berg: BergRegion;
  waterlineY: number;
  waterBottom: number;
  layers: LayerShape[];
  /** What the waterline divides (narrow only: beside, each label says it) and the illustrative flag. */
  notes: TextMark[];
  /** "as high as 70%": the API/GPU customer overlap, from its record. */
  overlap: string;
  /** The overlap in the article's terms, with no denominator it does not give. */
  overlapNote: string;
  illustrativeLabel: string;
}

/** Said in the chart, at label size in the text colour: the drawing is a picture, not a measurement. */
const ILLUSTRATIVE = 'Not to scale: the article gives no sizes';

/**
 * The API/GPU customer overlap, hedge kept, and the sentence that carries it: the overlap of two
 * customer groups, as the article puts it, not a share of either (it gives no denominator).
 */
export function overlapText(set: FigureSet): { overlap: string; overlapNote: string } {
  const record = figure(set, 'api-gpu-overlap');
  const overlap = formatQualified(record.value, record.unit, record.qualifier);
  return {
    overlap,
    overlapNote: `According to Silicon Star People, on Alibaba Cloud, the overlap between customers using API calls and those using GPU computing power is ${overlap}.`,
  };
}

export function icebergModel(set: FigureSet, width: number): IcebergModel {
  const band = bandFor(width);
  const g = GEOMETRY[band.id];
  // Arrangement and wrapping follow the band's narrowest width, so every layout of a band is one height.
  const room = band.min;
  const half = g.half;
  const regionWidth = 2 * half + 2 * PAD;
  const beside = g.arrangement === 'beside';
  const column = beside ? g.column || room - regionWidth - g.gap : 0;
  const composition = beside ? regionWidth + g.gap + column : width;
  const regionX = beside ? Math.max(0, (width - composition) / 2) : 2 * g.shift;
  const berg: BergRegion = {
    x: regionX,
    width: beside ? regionWidth : width - regionX,
    viewBox: `0 0 ${regionWidth} 0`,
    axis: beside ? regionX + regionWidth / 2 : width / 2 + g.shift,
  };

  const cx = PAD + half;
  // Equal bands: no layer is drawn as more than another.
  const unit = g.ice / LAYERS.length;
  const sky = beside ? undefined : skyLines();
  // Narrow, the tip's label stands in the sky beside it and must end above the waterline: the berg goes
  // down as far as the label needs (with the reader's text spacing its status takes three lines).
  const APEX_Y = sky ? Math.max(TOP_Y, Math.ceil(sky.bottom + 4 - unit)) : TOP_Y;
  const waterlineY = APEX_Y + unit;
  const keelY = APEX_Y + g.ice;
  const place = (points: ProfilePoint[], from: number, to: number) =>
    points.map((p) => ({ y: from + p.at * (to - from), x: cx + p.dx * half }));
  const right = [...place(TIP_RIGHT, APEX_Y, waterlineY), ...place(BODY_RIGHT, waterlineY, keelY).slice(1)];
  const left = [...place(TIP_LEFT, APEX_Y, waterlineY), ...place(BODY_LEFT, waterlineY, keelY).slice(1)];
  /** Half the room a text centred on the axis has at height y: the nearer edge decides. */
  const roomAt = (y: number) => Math.min(cx - edgeAt(left, y), edgeAt(right, y) - cx);

  const labelX = regionX + regionWidth + g.gap;
  let top = APEX_Y;
  const layers = LAYERS.map((layer): LayerShape => {
    const bottom = top + unit;
    const points = slice(left, right, top, bottom);
    const shape: LayerShape = { ...layer, top, bottom, points, path: polygonPath(points), texts: [] };
    if (beside) besideTexts(shape);
    else insideTexts(shape);
    top = bottom;
    return shape;
  });

  function besideTexts(shape: LayerShape) {
    const status = wrap(shape.counted ? 'Counted in token statistics' : 'Not counted', 'small', column);
    const blockHeight = 11 + STATUS_GAP + (status.length - 1) * lineHeight('small') + 3;
    // The tip's label sits low in the sky, clear of the waterline; the others in the middle of their layer.
    const blockTop = shape.counted ? shape.bottom - 8 - blockHeight : (shape.top + shape.bottom) / 2 - blockHeight / 2;
    const nameY = blockTop + 11;
    const name: TextMark = { x: labelX, y: nameY, text: shape.name, size: 'label', bold: true };
    // Under water the names are set in the colour that reads on it; the tip's stays the foreground.
    shape.texts.push(shape.counted ? name : { ...name, tone: 'on-deep' });
    status.forEach((line, i) =>
      shape.texts.push({
        x: labelX,
        y: nameY + STATUS_GAP + i * lineHeight('small'),
        text: line,
        size: 'small',
        tone: shape.counted ? 'accent' : 'on-deep',
      }),
    );
    shape.leader = { x1: berg.axis, x2: labelX - 6, y: nameY - 4.5, underwater: !shape.counted };
  }

  function insideTexts(shape: LayerShape) {
    if (shape.counted) {
      skyTexts(shape);
      return;
    }
    // The name goes where the layer leaves it most room around the axis, over the text's whole height;
    // on one line, or on two where the layer is too slim for one (with room for the reader's text spacing,
    // "Local & private cloud" no longer fits the narrow band's third layer on one line).
    const place = (lines: string[]) => {
      const need = Math.max(...lines.map((line) => textWidth(line, 'label', true))) / 2 + 4;
      const depth = (lines.length - 1) * lineHeight('label');
      // Nearest the layer's middle among the heights with a little to spare, else the roomiest.
      const middle = (shape.top + shape.bottom - depth) / 2 + 5;
      let best = { y: middle, room: -Infinity };
      let centred: { y: number; room: number } | undefined;
      for (let y = Math.ceil(shape.top + 15); y + depth <= shape.bottom - 6; y++) {
        const r = Math.min(roomAt(y - 11), roomAt(y), roomAt(y + depth), roomAt(y + depth + 3));
        if (r > best.room + 0.5) best = { y, room: r };
        if (r >= need + 6 && (!centred || Math.abs(y - middle) < Math.abs(centred.y - middle)))
          centred = { y, room: r };
      }
      best = centred ?? best;
      return { lines, y: best.y, fits: best.room >= need, need, room: best.room };
    };
    const one = place([shape.name]);
    const placed = one.fits ? one : place(wrap(shape.name, 'label', one.room * 2 - 8, true).slice(0, 2));
    // Two lines must still carry the whole name: a third would be cut, so say so rather than drop words.
    if (!placed.fits || placed.lines.join(' ') !== shape.name) {
      throw new Error(`"${shape.name}" does not fit inside its layer at ${band.id} (${placed.need} > ${placed.room})`);
    }
    placed.lines.forEach((text, i) =>
      shape.texts.push({
        x: berg.axis,
        y: placed.y + i * lineHeight('label'),
        text,
        size: 'label',
        bold: true,
        anchor: 'middle',
        tone: 'on-ice',
      }),
    );
  }

  /**
   * The tip is too slender for its name, so name and status go in the sky to its left, from the top,
   * wrapped to the sky's narrowest width: beside the tip's foot, which is its widest point.
   */
  function skyLines() {
    const nameY = TOP_Y + 4;
    const footLeft = -(TIP_LEFT.at(-1)?.dx ?? 0) * half;
    const status = wrap('Counted in token statistics', 'small', room / 2 + g.shift - footLeft - 8);
    const lastY = nameY + STATUS_GAP + (status.length - 1) * lineHeight('small');
    // The last line's descent.
    return { nameY, status, bottom: lastY + 0.25 * TYPE.small };
  }

  function skyTexts(shape: LayerShape) {
    if (!sky) return;
    shape.texts.push({ x: 0, y: sky.nameY, text: shape.name, size: 'label', bold: true });
    sky.status.forEach((text, i) =>
      shape.texts.push({
        x: 0,
        y: sky.nameY + STATUS_GAP + i * lineHeight('small'),
        text,
        size: 'small',
        tone: 'accent',
      }),
    );
  }

  const notes: TextMark[] = [];
  let waterBottom = keelY + 16;
  if (!beside) {
    // Narrow: the hidden layers' names cannot say they are not counted, so the deep does.
    const deep = wrap('Below the waterline: not counted', 'small', room - 8);
    deep.forEach((text, i) =>
      notes.push({
        x: width / 2,
        y: keelY + 18 + i * lineHeight('small'),
        text,
        size: 'small',
        anchor: 'middle',
        tone: 'on-deep',
      }),
    );
    waterBottom = keelY + 18 + (deep.length - 1) * lineHeight('small') + 9;
  }
  const illustrativeY = waterBottom + 19;
  const statement = wrap(ILLUSTRATIVE, 'label', beside ? composition : room, true);
  statement.forEach((text, i) =>
    notes.push({
      x: beside ? regionX : 0,
      y: illustrativeY + i * lineHeight('label'),
      text,
      size: 'label',
      bold: true,
    }),
  );
  const height = Math.ceil(illustrativeY + (statement.length - 1) * lineHeight('label') + 5);
  berg.viewBox = `0 0 ${regionWidth} ${height}`;

  const { overlap, overlapNote } = overlapText(set);
  return {
    width,
    height,
    texts: [...layers.flatMap((layer) => layer.texts), ...notes],
    arrangement: g.arrangement,
    berg,
    waterlineY,
    waterBottom,
    layers,
    notes,
    overlap,
    overlapNote,
    illustrativeLabel: ILLUSTRATIVE,
  };
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (set, width) => ({ iceberg: icebergModel(set, width) });
