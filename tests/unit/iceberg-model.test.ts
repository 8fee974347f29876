import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { LAYER_IDS, LAYERS, layerAfterKey, layerFromStep } from '../../src/widgets/iceberg/layers';
import { edgeAt, icebergModel, polygonPath, slice, type EdgePoint } from '../../src/widgets/iceberg/model';

/** Shoelace area of a polygon. */
function area(points: [number, number][]) {
  let sum = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  });
  return Math.abs(sum) / 2;
}

/** A generous estimate of rendered text width in chart units (system sans-serif, bold for 13 px labels). */
const textWidth = (text: string, size: number) => text.length * size * 0.58;

describe('icebergModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const m = icebergModel(set, 400);

  it('stacks the four layers, lightest on top, with only API calls above the waterline', () => {
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
  });

  it('draws the hidden part larger than the tip, in the illustrative proportions the layers declare', () => {
    const thickness = m.layers.map((l) => l.bottom - l.top);
    const total = thickness.reduce((a, b) => a + b, 0);
    const weights = LAYERS.map((l) => l.illustrativeWeight);
    const weightTotal = weights.reduce((a, b) => a + b, 0);
    thickness.forEach((t, i) => expect(t / total).toBeCloseTo(weights[i]! / weightTotal, 10));
    const areas = m.layers.map((l) => area(l.points));
    expect(areas.slice(1).reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * areas[0]!);
  });

  it('keeps every layer inside the chart and inside its own band', () => {
    for (const layer of m.layers) {
      for (const [x, y] of layer.points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(m.width);
        expect(y).toBeGreaterThanOrEqual(layer.top - 1e-9);
        expect(y).toBeLessThanOrEqual(layer.bottom + 1e-9);
      }
      expect(layer.path).toMatch(/^M[\d.,L]+Z$/);
    }
  });

  it('puts each label inside its layer, narrower than the layer', () => {
    for (const layer of m.layers) {
      expect(layer.labelY - 13).toBeGreaterThan(layer.top);
      expect(layer.labelY).toBeLessThan(layer.bottom);
      expect(textWidth(layer.name, 13)).toBeLessThan(layer.widthAtLabel);
    }
  });

  it('keeps the notes in the sky clear of the tip', () => {
    const tip = m.layers[0]!;
    const tipLeft = Math.min(...tip.points.map(([x]) => x));
    const tipRight = Math.max(...tip.points.map(([x]) => x));
    for (const line of m.aboveLines) expect(textWidth(line, 12.5)).toBeLessThan(tipLeft);
    expect(m.overlapX - textWidth(m.overlap, 14)).toBeGreaterThan(tipRight);
    for (const line of m.overlapLines) expect(m.overlapX - textWidth(line, 12.5)).toBeGreaterThan(tipRight);
    expect(m.overlapY + m.overlapLines.length * 15).toBeLessThan(m.waterlineY);
  });

  it('takes the API/GPU customer overlap from its record', () => {
    expect(m.overlap).toBe('as high as 70%');
    const changed = toFigureSet(figures.map((f) => (f.id === 'api-gpu-overlap' ? { ...f, value: 55 } : f)));
    expect(icebergModel(changed).overlap).toBe('as high as 55%');
  });

  it('stays inside any chart width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1200 }), (width) => {
        const model = icebergModel(set, width);
        for (const layer of model.layers) {
          for (const [x, y] of layer.points) {
            expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(width);
          }
        }
      }),
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
  it('accepts only the four layer ids from the page', () => {
    for (const id of LAYER_IDS) expect(layerFromStep(id)).toBe(id);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined)), (value) => {
        const layer = layerFromStep(value);
        expect(layer === null || LAYER_IDS.includes(layer)).toBe(true);
        if (layer !== null) expect(layer).toBe(value);
      }),
    );
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
