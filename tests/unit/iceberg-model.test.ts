import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import {
  FACT_TERMS,
  HIDDEN_PANEL,
  LAYER_IDS,
  LAYERS,
  NOT_STATED,
  layerAfterKey,
  layerFromStep,
  litLayers,
} from '../../src/widgets/iceberg/layers';
import {
  edgeAt,
  icebergModel,
  overlapText,
  polygonPath,
  slice,
  type EdgePoint,
  type IcebergModel,
  type LayerShape,
} from '../../src/widgets/iceberg/model';
import { TEST_WIDTHS } from '../../src/widgets/kit/bands';
import { textBox } from '../../src/widgets/kit/geometry';
import { layoutProblems } from '../../src/widgets/kit/layout-check';

/** Shoelace area of a polygon. */
function area(points: [number, number][]) {
  let sum = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  });
  return Math.abs(sum) / 2;
}

/** Where a horizontal line at y crosses a polygon: its leftmost and rightmost crossings. */
function crossings(points: [number, number][], y: number): [number, number] {
  const xs: number[] = [];
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    if ((y1 <= y && y < y2) || (y2 <= y && y < y1)) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  });
  return [Math.min(...xs), Math.max(...xs)];
}

const viewBoxSize = (viewBox: string) => viewBox.split(' ').map(Number).slice(2) as [number, number];

describe('icebergModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const wide = icebergModel(set, 1000);
  const narrow = icebergModel(set, 320);
  /** A berg x (its own viewBox units, drawn at scale 1 centred on the axis) in chart px. */
  const toChart = (m: IcebergModel, x: number) => m.berg.axis + x - viewBoxSize(m.berg.viewBox)[0] / 2;
  const edges = (layer: LayerShape) => {
    const xs = layer.points.map(([x]) => x);
    return [Math.min(...xs), Math.max(...xs)] as const;
  };

  it('stacks the four layers, lightest on top, with only API calls above the waterline', () => {
    for (const m of [wide, narrow]) {
      expect(m.layers.map((l) => l.id)).toEqual(['api', 'post-training', 'local', 'on-device']);
      const [api, ...hidden] = m.layers;
      expect(api!.counted).toBe(true);
      expect(api!.bottom).toBeCloseTo(m.waterlineY, 10);
      for (const layer of hidden) {
        expect(layer.counted).toBe(false);
        expect(layer.top).toBeGreaterThanOrEqual(m.waterlineY - 1e-9);
      }
      m.layers.slice(1).forEach((layer, i) => expect(layer.top).toBeCloseTo(m.layers[i]!.bottom, 10));
      expect(m.layers.at(-1)!.bottom).toBeLessThan(m.waterBottom);
    }
  });

  it('draws four bands of equal height, none many times another’s area, and says in the chart it is not to scale', () => {
    for (const m of [wide, narrow]) {
      const thickness = m.layers.map((l) => l.bottom - l.top);
      for (const t of thickness) expect(t).toBeCloseTo(thickness[0]!, 10);
      const areas = m.layers.map((l) => area(l.points));
      // A picture, not a quantity: the widest band is at most about three times the tip.
      expect(Math.max(...areas) / Math.min(...areas)).toBeLessThan(3.5);
      const statement = m.notes.filter((t) => t.size === 'label');
      expect(statement.map((t) => t.text).join(' ')).toBe('Not to scale: the article gives no sizes');
      for (const t of statement) {
        expect(t.bold).toBe(true);
        expect(t.tone).toBeUndefined();
      }
      expect(m.illustrativeLabel).toBe('Not to scale: the article gives no sizes');
    }
  });

  it('keeps the berg in a region of its own aspect: never stretched, at every width', () => {
    for (const width of TEST_WIDTHS) {
      const m = icebergModel(set, width);
      const [vbWidth, vbHeight] = viewBoxSize(m.berg.viewBox);
      expect(vbHeight).toBe(m.height);
      // Scale 1 at the layout width (the region is at least as wide as the berg), so "meet" centres it on the axis.
      expect(m.berg.width).toBeGreaterThanOrEqual(vbWidth);
      expect(m.berg.x).toBeGreaterThanOrEqual(0);
      expect(m.berg.x + m.berg.width).toBeLessThanOrEqual(width + 1e-9);
      expect(m.berg.axis).toBeCloseTo(m.berg.x + m.berg.width / 2, 10);
      for (const layer of m.layers) {
        for (const [x, y] of layer.points) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(vbWidth);
          expect(y).toBeGreaterThanOrEqual(layer.top - 1e-9);
          expect(y).toBeLessThanOrEqual(layer.bottom + 1e-9);
        }
        expect(layer.path).toMatch(/^M[\d.,L]+Z$/);
      }
    }
  });

  it("when narrow, writes each hidden layer's name inside it and the tip's in the sky beside it", () => {
    const [tip, ...hidden] = narrow.layers;
    for (const layer of hidden) {
      // The name, on two lines where the layer is too slim for one.
      expect(layer.texts.map((t) => t.text).join(' ')).toBe(layer.name);
      expect(layer.texts.length).toBeLessThanOrEqual(2);
      for (const name of layer.texts) {
        expect(name.tone).toBe('on-ice');
        const box = textBox(name);
        expect(box.y).toBeGreaterThan(layer.top);
        expect(box.y + box.height).toBeLessThan(layer.bottom);
        // Inside the outline at the top and the bottom of the text.
        for (const y of [box.y, box.y + box.height]) {
          const [l, r] = crossings(layer.points, y).map((x) => toChart(narrow, x));
          expect(box.x).toBeGreaterThan(l!);
          expect(box.x + box.width).toBeLessThan(r!);
        }
      }
    }
    const tipLeft = toChart(narrow, edges(tip!)[0]);
    for (const mark of tip!.texts) {
      const box = textBox(mark);
      expect(box.x + box.width).toBeLessThan(tipLeft);
      expect(box.y + box.height).toBeLessThan(narrow.waterlineY);
    }
    expect(tip!.texts.map((t) => t.text).join(' ')).toBe('API calls Counted in token statistics');
    // The tip's label ends above the waterline however many lines its status takes: the berg stands lower.
    expect(tip!.texts.length).toBe(4);
    expect(narrow.layers[0]!.top).toBeGreaterThan(icebergModel(set, 640).layers[0]!.top);
    expect(narrow.notes.map((t) => t.text).join(' ')).toMatch(/Below the waterline: not counted/);
  });

  it('when there is room, sets the labels beside the berg, each with a leader from inside its own layer', () => {
    for (const width of [520, 640, 800, 1000, 1400]) {
      const m = icebergModel(set, width);
      expect(m.arrangement).toBe('beside');
      const bergRight = Math.max(...m.layers.map((l) => toChart(m, edges(l)[1])));
      for (const layer of m.layers) {
        const leader = layer.leader!;
        expect(leader.y).toBeGreaterThan(layer.top);
        expect(leader.y).toBeLessThan(layer.bottom);
        // The leader starts under the berg, so it leaves it at its edge whatever the column's width.
        const [l, r] = crossings(layer.points, leader.y).map((x) => toChart(m, x));
        expect(leader.x1).toBeGreaterThan(l!);
        expect(leader.x1).toBeLessThan(r!);
        expect(leader.x2).toBeGreaterThan(bergRight);
        expect(leader.underwater).toBe(!layer.counted);
        for (const mark of layer.texts) {
          expect(mark.x).toBeGreaterThan(leader.x2);
          const box = textBox(mark);
          if (layer.counted) expect(box.y + box.height).toBeLessThan(m.waterlineY);
          else expect(box.y).toBeGreaterThan(m.waterlineY);
        }
      }
      expect(m.layers[0]!.texts.map((t) => t.text).join(' ')).toBe('API calls Counted in token statistics');
      // Beside the berg every name keeps one line, with room for the reader's text spacing ("Local &
      // private cloud" takes 207 px of the 210 the medium band's column has).
      for (const layer of m.layers) expect(layer.texts[0]!.text).toBe(layer.name);
    }
  });

  it('arranges itself differently when narrow', () => {
    expect(narrow.arrangement).toBe('inside');
    expect(wide.arrangement).toBe('beside');
    expect(narrow.layers.every((l) => l.leader === undefined)).toBe(true);
    const name = (m: IcebergModel) => m.layers[2]!.texts[0]!;
    expect(name(narrow).anchor).toBe('middle');
    expect(name(wide).anchor ?? 'start').toBe('start');
    expect(name(narrow).x).toBeCloseTo(narrow.berg.axis, 10);
    expect(name(wide).x).toBeGreaterThan(wide.berg.x + wide.berg.width);
  });

  it('takes the API/GPU customer overlap from its record, hedge kept, as an overlap of the two groups', () => {
    expect(wide.overlap).toBe('as high as 70%');
    expect(wide.overlapNote).toBe(
      'According to Silicon Star People, on Alibaba Cloud, the overlap between customers using API calls and those using GPU computing power is as high as 70%.',
    );
    expect(wide.overlapNote).not.toMatch(/\b(most|of API|majority)\b/i);
    const changed = toFigureSet(figures.map((f) => (f.id === 'api-gpu-overlap' ? { ...f, value: 55 } : f)));
    expect(icebergModel(changed, 640).overlap).toBe('as high as 55%');
    expect(overlapText(changed).overlapNote).toMatch(/is as high as 55%\.$/);
    // It is not drawn before the text gives it: no chart text carries it.
    for (const m of [wide, narrow]) expect(m.texts.some((t) => t.text.includes('70%'))).toBe(false);
  });

  it('gives every layer the four facts of its path, and says so where the article does not', () => {
    for (const layer of LAYERS) {
      expect(Object.keys(layer.facts).sort()).toEqual(Object.keys(FACT_TERMS).sort());
      for (const fact of Object.values(layer.facts)) expect(fact.length).toBeGreaterThan(0);
      expect(layer.facts.counted.startsWith(layer.counted ? 'In token statistics' : 'In no public report')).toBe(true);
    }
    const byId = Object.fromEntries(LAYERS.map((l) => [l.id, l.facts]));
    // The article says where the data of only the two middle paths goes, and how only API calls are paid.
    expect([
      byId['api']!.data,
      byId['on-device']!.data,
      byId['post-training']!.paid,
      byId['local']!.paid,
      byId['on-device']!.paid,
    ]).toEqual([NOT_STATED, NOT_STATED, NOT_STATED, NOT_STATED, NOT_STATED]);
    expect(byId['post-training']!.data).not.toBe(NOT_STATED);
    expect(byId['local']!.data).toBe('Within the domain');
    expect(byId['api']!.paid).toMatch(/usage/i);
    expect(byId['api']!.model).toMatch(/cloud/);
    expect(byId['on-device']!.model).toBe('On the device; the response must come in milliseconds');
    // The article's on-device scenarios are vehicles and robots; industrial equipment and IoT are another passage's.
    expect(LAYERS.find((l) => l.id === 'on-device')!.title).toBe('On-device inference, such as in vehicles and robots');
  });

  it('stays inside any chart width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1400 }), (width) => {
        const model = icebergModel(set, width);
        expect(layoutProblems(model)).toEqual([]);
        const [vbWidth] = viewBoxSize(model.berg.viewBox);
        for (const layer of model.layers) {
          for (const [x, y] of layer.points) {
            expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(vbWidth);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('outline geometry', () => {
  const edgeArb = fc
    .array(
      fc.record({ y: fc.double({ min: 0, max: 400, noNaN: true }), x: fc.double({ min: 0, max: 400, noNaN: true }) }),
      {
        minLength: 2,
        maxLength: 12,
      },
    )
    .map((points) => points.sort((a, b) => a.y - b.y));

  it('interpolates an edge between its neighbouring vertices and hits every vertex', () => {
    fc.assert(
      fc.property(edgeArb, fc.double({ min: -50, max: 450, noNaN: true }), (edge, y) => {
        const x = edgeAt(edge, y);
        const xs = edge.map((p) => p.x);
        expect(x).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
        expect(x).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
        const distinct = edge.filter((p, i) => edge.findIndex((q) => q.y === p.y) === i);
        for (const p of distinct) {
          const firstAtY = edge.find((q) => q.y === p.y)!;
          expect(edgeAt(edge, p.y)).toBeCloseTo(firstAtY.x, 9);
        }
      }),
    );
  });

  it('cuts an outline into slices whose areas add up to the whole', () => {
    const left: EdgePoint[] = [
      { y: 0, x: 90 },
      { y: 40, x: 60 },
      { y: 120, x: 10 },
      { y: 200, x: 80 },
    ];
    const right: EdgePoint[] = [
      { y: 0, x: 110 },
      { y: 70, x: 190 },
      { y: 150, x: 170 },
      { y: 200, x: 120 },
    ];
    const whole = area(slice(left, right, 0, 200));
    fc.assert(
      fc.property(fc.uniqueArray(fc.double({ min: 1, max: 199, noNaN: true }), { maxLength: 6 }), (cuts) => {
        const ys = [0, ...cuts.sort((a, b) => a - b), 200];
        const parts = ys.slice(1).map((y1, i) => slice(left, right, ys[i]!, y1));
        for (const [i, part] of parts.entries()) {
          expect(part[0]![1]).toBe(ys[i]);
          for (const [, y] of part) {
            expect(y).toBeGreaterThanOrEqual(ys[i]!);
            expect(y).toBeLessThanOrEqual(ys[i + 1]!);
          }
        }
        expect(parts.reduce((sum, part) => sum + area(part), 0)).toBeCloseTo(whole, 6);
      }),
    );
  });

  it('writes a closed path with one decimal', () => {
    expect(
      polygonPath([
        [0, 0],
        [10.26, 0],
        [5, 8.04],
      ]),
    ).toBe('M0,0L10.3,0L5,8Z');
    expect(polygonPath([])).toBe('');
  });
});

describe('choosing a layer', () => {
  it('accepts only the four layer ids and the payoff step from the page', () => {
    for (const id of LAYER_IDS) expect(layerFromStep(id)).toBe(id);
    expect(layerFromStep('hidden')).toBe('hidden');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined)), (value) => {
        const layer = layerFromStep(value);
        expect(layer === null || layer === 'hidden' || (LAYER_IDS as readonly string[]).includes(layer)).toBe(true);
        if (layer !== null) expect(layer).toBe(value);
      }),
    );
  });

  it('lights one layer, or every layer under the waterline for the payoff step', () => {
    expect(litLayers('local')).toEqual(['local']);
    expect(litLayers('hidden')).toEqual(['post-training', 'local', 'on-device']);
    expect(litLayers(null)).toEqual([]);
    expect(HIDDEN_PANEL.facts.map(([term]) => term)).toContain('Counted');
    expect(layerAfterKey('hidden', 'ArrowDown')).toBe('local');
  });

  it('moves with the arrow keys, stopping at the ends, and jumps with Home and End', () => {
    expect(layerAfterKey(null, 'ArrowDown')).toBe('api');
    expect(layerAfterKey('api', 'ArrowDown')).toBe('post-training');
    expect(layerAfterKey('api', 'ArrowUp')).toBe('api');
    expect(layerAfterKey('on-device', 'ArrowRight')).toBe('on-device');
    expect(layerAfterKey('local', 'ArrowLeft')).toBe('post-training');
    expect(layerAfterKey('local', 'Home')).toBe('api');
    expect(layerAfterKey('api', 'End')).toBe('on-device');
    expect(layerAfterKey('api', 'a')).toBeNull();
    fc.assert(
      fc.property(fc.constantFrom(null, ...LAYER_IDS), fc.constantFrom('ArrowUp', 'ArrowDown'), (from, key) => {
        const to = layerAfterKey(from, key)!;
        const step = LAYER_IDS.indexOf(to) - (from === null ? 0 : LAYER_IDS.indexOf(from));
        expect(Math.abs(step)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
