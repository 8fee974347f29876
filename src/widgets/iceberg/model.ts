import { figure, type FigureSet } from '../../data/figures';
import { formatQualified } from '../../lib/format';
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

export interface LayerShape extends Layer {
  top: number;
  bottom: number;
  points: [number, number][];
  path: string;
  labelX: number;
  labelY: number;
  /** Width of the layer at its label's height, so the label can be checked to fit. */
  widthAtLabel: number;
}

export interface IcebergModel {
  width: number;
  height: number;
  waterlineY: number;
  waterBottom: number;
  layers: LayerShape[];
  /** "as high as 70%": the API/GPU customer overlap, from its record. */
  overlap: string;
  overlapLines: string[];
  overlapX: number;
  overlapY: number;
  aboveLines: string[];
  belowLabel: string;
  illustrativeLabel: string;
}

const APEX_Y = 22;
const ICE_HEIGHT = 310;
const LINE = 15;

export function icebergModel(set: FigureSet, width = 400): IcebergModel {
  const overlapRecord = figure(set, 'api-gpu-overlap');
  const k = width / 400;
  const cx = 170 * k;
  const halfWidth = 138 * k;

  const totalWeight = LAYERS.reduce((sum, layer) => sum + layer.illustrativeWeight, 0);
  const unit = ICE_HEIGHT / totalWeight;
  const [api] = LAYERS;
  const waterlineY = APEX_Y + api!.illustrativeWeight * unit;
  const keelY = APEX_Y + ICE_HEIGHT;

  const place = (points: ProfilePoint[], from: number, to: number) =>
    points.map((p) => ({ y: from + p.at * (to - from), x: cx + p.dx * halfWidth }));
  const right = [...place(TIP_RIGHT, APEX_Y, waterlineY), ...place(BODY_RIGHT, waterlineY, keelY).slice(1)];
  const left = [...place(TIP_LEFT, APEX_Y, waterlineY), ...place(BODY_LEFT, waterlineY, keelY).slice(1)];

  let top = APEX_Y;
  const layers = LAYERS.map((layer) => {
    const bottom = top + layer.illustrativeWeight * unit;
    const points = slice(left, right, top, bottom);
    // The tip is narrow at the top, so its label sits low in it, where it is widest.
    const labelY = layer.counted ? top + 0.72 * (bottom - top) : (top + bottom) / 2;
    const l = edgeAt(left, labelY);
    const r = edgeAt(right, labelY);
    const shape: LayerShape = {
      ...layer,
      top,
      bottom,
      points,
      path: polygonPath(points),
      labelX: (l + r) / 2,
      labelY: labelY + 5,
      widthAtLabel: r - l,
    };
    top = bottom;
    return shape;
  });

  const overlap = formatQualified(overlapRecord.value, overlapRecord.unit, overlapRecord.qualifier);
  return {
    width,
    height: keelY + 64,
    waterlineY,
    waterBottom: keelY + 34,
    layers,
    overlap,
    overlapLines: ['overlap of API-call and', 'GPU-compute customers', 'on Alibaba Cloud'],
    overlapX: width - 2,
    overlapY: waterlineY - 4 * LINE - 6,
    aboveLines: ['Above the water:', 'counted in', 'token statistics'],
    belowLabel: 'Below the waterline: not counted by any public report',
    illustrativeLabel: 'Layer sizes are illustrative, not data',
  };
}

/** One layer's shape, by id. */
export function layerById(model: IcebergModel, id: LayerId): LayerShape {
  const found = model.layers.find((layer) => layer.id === id);
  if (!found) throw new Error(`Unknown layer "${id}"`);
  return found;
}
