import { figure, type FigureSet } from '../../data/figures';
import { formatQualified } from '../../data/format';
import { bandFor, type BandId } from '../kit/bands';
import type { ChartLayout, TextMark } from '../kit/geometry';
import { lineHeight, textWidth, wrap } from '../kit/text';
import { LAYERS, type Layer, type LayerId } from './layers';

/** One vertex of the outline: `at` runs 0..1 down its part of the berg, `dx` is a fraction of the widest half. */
export interface ProfilePoint {
  at: number;
  dx: number;
}

/*
 * A faceted, slightly lopsided berg: a narrow tip above the waterline and a wide hidden body.
 * Only the look is chosen here; where the layers cut it comes from their illustrative weights.
 */
const TIP_RIGHT: ProfilePoint[] = [
  { at: 0, dx: 0.03 },
  { at: 0.3, dx: 0.17 },
  { at: 0.55, dx: 0.22 },
  { at: 1, dx: 0.38 },
];
const TIP_LEFT: ProfilePoint[] = [
  { at: 0, dx: -0.05 },
  { at: 0.35, dx: -0.19 },
  { at: 0.7, dx: -0.25 },
  { at: 1, dx: -0.36 },
];
const BODY_RIGHT: ProfilePoint[] = [
  { at: 0, dx: 0.38 },
  { at: 0.12, dx: 0.7 },
  { at: 0.35, dx: 0.97 },
  { at: 0.6, dx: 0.92 },
  { at: 0.8, dx: 0.7 },
  { at: 0.93, dx: 0.38 },
  { at: 1, dx: 0.08 },
];
const BODY_LEFT: ProfilePoint[] = [
  { at: 0, dx: -0.36 },
  { at: 0.18, dx: -0.82 },
  { at: 0.4, dx: -1 },
  { at: 0.66, dx: -0.86 },
  { at: 0.85, dx: -0.6 },
  { at: 1, dx: -0.12 },
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
  /** Apex to keel in px; the berg is as wide as it is tall in every band, so it is never stretched. */
  ice: number;
  /** Between the berg's region and the label column. */
  gap: number;
  /** The label column's width; 0 takes what the band's narrowest width leaves. */
  column: number;
}

const GEOMETRY: Record<BandId, BandGeometry> = {
  narrow: { arrangement: 'inside', ice: 250, gap: 0, column: 0 },
  // 280, not 290: the column beside it keeps room for "Local & private cloud" with the reader's text spacing.
  medium: { arrangement: 'beside', ice: 280, gap: 24, column: 0 },
  wide: { arrangement: 'beside', ice: 330, gap: 32, column: 260 },
};

const APEX_Y = 10;
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

const ILLUSTRATIVE = 'Layer sizes are illustrative, not data';

/**
 * The API/GPU customer overlap, hedge kept, and the sentence that carries it: the overlap of two
 * customer groups, as the article puts it, not a share of either (it gives no denominator).
 */
export function overlapText(set: FigureSet): { overlap: string; overlapNote: string } {
  const record = figure(set, 'api-gpu-overlap');
  const overlap = formatQualified(record.value, record.unit, record.qualifier);
  return {
    overlap,
    overlapNote: `On Alibaba Cloud, the overlap between customers using API calls and those using GPU computing power is ${overlap}.`,
  };
}

export function icebergModel(set: FigureSet, width: number): IcebergModel {
  const band = bandFor(width);
  const g = GEOMETRY[band.id];
  // Arrangement and wrapping follow the band's narrowest width, so every layout of a band is one height.
  const room = band.min;
  const half = g.ice / 2;
  const regionWidth = 2 * half + 2 * PAD;
  const beside = g.arrangement === 'beside';
  const column = beside ? g.column || room - regionWidth - g.gap : 0;
  const composition = beside ? regionWidth + g.gap + column : width;
  const regionX = beside ? Math.max(0, (width - composition) / 2) : 0;
  const berg: BergRegion = {
    x: regionX,
    width: beside ? regionWidth : width,
    viewBox: `0 0 ${regionWidth} 0`,
    axis: beside ? regionX + regionWidth / 2 : width / 2,
  };

  const cx = PAD + half;
  const totalWeight = LAYERS.reduce((sum, layer) => sum + layer.illustrativeWeight, 0);
  const unit = g.ice / totalWeight;
  const waterlineY = APEX_Y + LAYERS[0]!.illustrativeWeight * unit;
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
    const bottom = top + layer.illustrativeWeight * unit;
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
    // on one line, or on two where the layer is too slim for one (the keel, with room for the reader's
    // text spacing).
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
    if (!placed.fits) {
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

  /** The tip is too slender for its name: name and status go in the sky to its left, from the top. */
  function skyTexts(shape: LayerShape) {
    const status = 'Counted in token statistics';
    const nameY = APEX_Y + 4;
    for (let count = 1; count <= 3; count++) {
      const lastY = nameY + STATUS_GAP + (count - 1) * lineHeight('small');
      const avail = room / 2 - (cx - edgeAt(left, lastY + 3)) - 8;
      const lines = wrap(status, 'small', avail);
      if (lines.length > count && count < 3) continue;
      shape.texts.push({ x: 0, y: nameY, text: shape.name, size: 'label', bold: true });
      lines.forEach((text, i) =>
        shape.texts.push({
          x: 0,
          y: nameY + STATUS_GAP + i * lineHeight('small'),
          text,
          size: 'small',
          tone: 'accent',
        }),
      );
      return;
    }
  }

  const notes: TextMark[] = [];
  let waterBottom = keelY + 16;
  if (!beside) {
    // Narrow: the hidden layers' names cannot say they are not counted, so the deep does.
    const deep = wrap('Below the waterline: not counted in any public report', 'small', room - 8);
    deep.forEach((text, i) =>
      notes.push({
        x: berg.axis,
        y: keelY + 18 + i * lineHeight('small'),
        text,
        size: 'small',
        anchor: 'middle',
        tone: 'on-deep',
      }),
    );
    waterBottom = keelY + 18 + (deep.length - 1) * lineHeight('small') + 9;
  }
  const illustrativeY = waterBottom + 18;
  // Wrapped where it is wider than the band (narrow, with room for the reader's text spacing).
  const illustrative = wrap(ILLUSTRATIVE, 'small', beside ? composition : room);
  illustrative.forEach((text, i) =>
    notes.push({
      x: beside ? regionX : 0,
      y: illustrativeY + i * lineHeight('small'),
      text,
      size: 'small',
      tone: 'muted',
    }),
  );
  const height = Math.ceil(illustrativeY + (illustrative.length - 1) * lineHeight('small') + 5);
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

/** One layer's shape, by id. */
export function layerById(model: IcebergModel, id: LayerId): LayerShape {
  const found = model.layers.find((layer) => layer.id === id);
  if (!found) throw new Error(`Unknown layer "${id}"`);
  return found;
}
