import type { FigureSet } from '../../data/figures';
import { ADOPTION_PATHS, type AdoptionPathText, type Place } from './paths';

export interface Column {
  id: Place;
  label: string;
  sub: string;
  x: number;
  width: number;
  cx: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** model: where the model runs (filled); party: the caller or the data (outlined); left: where it came from. */
  kind: 'model' | 'party' | 'left';
}

export interface Arrow {
  /** The shaft. */
  line: { x1: number; x2: number; y: number };
  /** Arrowhead polygons (one or two), as `points` attributes. */
  heads: string[];
  label: string;
  labelX: number;
  labelY: number;
  dashed: boolean;
}

export interface Note {
  x: number;
  y: number;
  text: string;
}

export interface PathRow extends AdoptionPathText {
  y: number;
  height: number;
  labelY: number;
  countedLabel: string;
  boxes: Box[];
  arrows: Arrow[];
  notes: Note[];
}

export interface AdoptionPathsModel {
  width: number;
  height: number;
  columns: Column[];
  /** Dashed separators between the columns, one piece per row so they never cross a row's label. */
  dividers: { x: number; y1: number; y2: number }[];
  rows: PathRow[];
  legendY: number;
  /** One sentence per path for the chart's <desc>. */
  summary: string;
}

const COLUMN_TEXT: Record<Place, { label: string; sub: string }> = {
  cloud: { label: 'Cloud', sub: 'the provider’s' },
  domain: { label: 'Enterprise', sub: 'local or private cloud' },
  device: { label: 'Device', sub: 'vehicle, robot' },
};

const PLACES: readonly Place[] = ['cloud', 'domain', 'device'];

const HEADER = 46;
const ROW = 66;
const BOX_H = 24;
const HEAD = 6;

function arrowHead(x: number, y: number, pointsRight: boolean): string {
  const back = pointsRight ? x - HEAD : x + HEAD;
  return `${x},${y} ${back},${y - HEAD / 1.4} ${back},${y + HEAD / 1.4}`;
}

function arrow(from: number, to: number, y: number, label: string, both: boolean, dashed: boolean): Arrow {
  const right = to > from;
  const heads = [arrowHead(to, y, right)];
  if (both) heads.push(arrowHead(from, y, !right));
  return {
    line: { x1: from, x2: to, y },
    heads,
    label,
    labelX: (from + to) / 2,
    labelY: y - 6,
    dashed,
  };
}

function box(cx: number, y: number, width: number, label: string, kind: Box['kind']): Box {
  return { x: cx - width / 2, y, width, height: BOX_H, label, kind };
}

/**
 * The diagram: one row per path, lightest at the top, three columns for where things sit. The
 * filled box is where the model runs; it moves out of the cloud as the paths get deeper.
 */
export function adoptionPathsModel(_figures: FigureSet, width = 400): AdoptionPathsModel {
  const colWidth = width / PLACES.length;
  const columns = PLACES.map((id, i) => ({
    id,
    ...COLUMN_TEXT[id],
    x: i * colWidth,
    width: colWidth,
    cx: i * colWidth + colWidth / 2,
  }));
  const cx = (place: Place) => columns.find((c) => c.id === place)!.cx;
  const gap = 5;

  const rows = ADOPTION_PATHS.map((path, i): PathRow => {
    const y = HEADER + i * ROW;
    const labelY = y + 17;
    const boxY = y + 31;
    const mid = boxY + BOX_H / 2;
    const boxes: Box[] = [];
    const arrows: Arrow[] = [];
    const notes: Note[] = [];
    const model = box(cx(path.modelPlace), boxY, 52, 'Model', 'model');

    switch (path.id) {
      case 'api': {
        const caller = box(cx('domain'), boxY, 74, 'Enterprise', 'party');
        boxes.push(model, caller);
        arrows.push(arrow(model.x + model.width + gap, caller.x - gap, mid + 4, 'API call', true, false));
        break;
      }
      case 'cloud-training': {
        const data = box(cx('domain'), boxY, 68, 'Own data', 'party');
        boxes.push(model, data);
        arrows.push(arrow(data.x - gap, model.x + model.width + gap, mid + 4, 'poured in', false, false));
        break;
      }
      case 'local-deployment': {
        // The model box sits left of centre so the data box fits beside it in the same column.
        const domain = columns[1]!;
        const local = { ...model, x: domain.x + 8 };
        const data = { ...box(0, boxY, 50, 'Data', 'party'), x: local.x + local.width + 8 };
        const origin = { ...box(0, boxY, 52, 'Model', 'left'), x: columns[0]!.x + 8 };
        boxes.push(origin, local, data);
        arrows.push(arrow(origin.x + origin.width + gap, local.x - gap, mid + 4, 'download', false, true));
        break;
      }
      case 'on-device': {
        model.x = columns[2]!.x + 12;
        boxes.push(model);
        notes.push({ x: model.x + model.width + 6, y: mid + 4, text: 'in ms' });
        break;
      }
    }

    return {
      ...path,
      y,
      height: ROW - 6,
      labelY,
      countedLabel: path.counted ? '✓ in token statistics' : 'not in token statistics',
      boxes,
      arrows,
      notes,
    };
  });

  const bottom = HEADER + ADOPTION_PATHS.length * ROW;
  return {
    width,
    height: bottom + 26,
    columns,
    dividers: rows.flatMap((row) =>
      columns.slice(1).map((c) => ({ x: c.x, y1: row.labelY + 7, y2: row.y + row.height - 2 })),
    ),
    rows,
    legendY: bottom + 14,
    summary: ADOPTION_PATHS.map(
      (p) =>
        `${p.step}. ${p.name} (${p.depth}): the model runs ${placePhrase(p.modelPlace)}; ${
          p.counted ? 'counted' : 'not counted'
        } by token statistics.`,
    ).join(' '),
  };
}

function placePhrase(place: Place): string {
  switch (place) {
    case 'cloud':
      return 'on the cloud';
    case 'domain':
      return 'locally or on a private cloud';
    case 'device':
      return 'on the device';
  }
}
