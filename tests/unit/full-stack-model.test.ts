import { describe, expect, it } from 'vitest';
import { LAYERS, STEPS, WEAK_LAYER_QUOTE } from '../../src/widgets/full-stack/layers';
import { fullStackModel } from '../../src/widgets/full-stack/model';
import { normalizeText, readArticle } from '../support/article-text';

const article = normalizeText(readArticle().paragraphs.join(' '));
const m = fullStackModel({}, 400);

/** Rough width of a 12.5-unit label, generous enough to catch a chip too narrow for its words. */
const textWidth = (text: string) => text.length * 6.6;

describe('fullStackModel', () => {
  it('stacks MaaS on PaaS on IaaS, top to bottom, apart', () => {
    expect(m.layers.map((l) => l.name)).toEqual(['MaaS', 'PaaS', 'IaaS']);
    for (let i = 1; i < m.layers.length; i++) {
      const above = m.layers[i - 1]!;
      expect(m.layers[i]!.y).toBeGreaterThan(above.y + above.height);
    }
    expect(m.layers[0]!.y).toBeGreaterThan(m.customer.y + m.customer.height);
    const last = m.layers.at(-1)!;
    expect(last.y + last.height).toBeLessThan(m.height);
  });

  it('names the capabilities of each layer as the article lists them', () => {
    const chips = (id: string) => m.layers.find((l) => l.id === id)!.chips.map((c) => c.label);
    expect(chips('paas')).toEqual(['Store data', 'Govern data', 'Pour it into training', 'Agent workflows']);
    expect(chips('iaas')).toEqual(['Chips', 'Servers', 'Networks', 'Storage', 'GPU cluster scheduling']);
  });

  it('quotes only what the article says', () => {
    for (const layer of LAYERS) expect(article, layer.quote).toContain(normalizeText(layer.quote));
    expect(article).toContain(WEAK_LAYER_QUOTE);
    for (const step of STEPS) expect(article).toContain(normalizeText(step.quote));
  });

  it('fits every chip inside its layer, its words inside the chip, and chips apart', () => {
    for (const layer of m.layers) {
      for (const [i, chip] of layer.chips.entries()) {
        expect(chip.x).toBeGreaterThanOrEqual(layer.x);
        expect(chip.x + chip.width).toBeLessThanOrEqual(layer.x + layer.width);
        expect(chip.y).toBeGreaterThan(layer.titleY);
        expect(chip.y + chip.height).toBeLessThanOrEqual(layer.y + layer.height);
        expect(textWidth(chip.label), chip.label).toBeLessThan(chip.width);
        for (const other of layer.chips.slice(i + 1)) {
          const apart =
            other.x >= chip.x + chip.width || other.x + other.width <= chip.x || other.y >= chip.y + chip.height;
          expect(apart, `${chip.label} / ${other.label}`).toBe(true);
        }
      }
    }
  });

  it('follows the request down one layer per step, then back up', () => {
    expect(m.steps.map((s) => s.short)).toEqual(['MaaS', 'PaaS', 'IaaS', 'Response']);
    const down = m.steps.slice(0, 3);
    for (const [i, step] of down.entries()) {
      const layer = m.layers[i]!;
      expect(step.marker.y).toBeGreaterThan(layer.y);
      expect(step.marker.y).toBeLessThan(layer.y + layer.height);
      expect(step.marker.x).toBe(m.requestX);
      expect(step.route).toMatch(new RegExp(`V${step.marker.y}$`));
    }
    const back = m.steps[3]!;
    expect(back.route).toBe(m.route);
    expect(back.marker.x).toBe(m.responseX);
    expect(back.quote).toBe(WEAK_LAYER_QUOTE);
  });

  it('routes the call outside the layers and inside the view box', () => {
    for (const layer of m.layers) {
      expect(m.requestX).toBeLessThan(layer.x);
      expect(m.responseX).toBeGreaterThan(layer.x + layer.width);
    }
    const numbers = m.route.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(Math.max(m.width, m.height));
    }
  });

  it('summarises the route for the chart description', () => {
    expect(m.summary).toContain('MaaS (large model API), then PaaS (store data, govern data');
    expect(m.summary).toContain('storage, GPU cluster scheduling)');
  });
});
