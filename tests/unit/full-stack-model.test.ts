import { describe, expect, it } from 'vitest';
import { fullStackModel } from '../../src/widgets/full-stack/model';
import { SHORTCOMING, STACK } from '../../src/widgets/full-stack/layers';
import { TEST_WIDTHS } from '../../src/widgets/kit/bands';
import { intersects, textBox, type Rect } from '../../src/widgets/kit/geometry';
import { normalizeText, readArticle } from '../support/article-text';

const article = normalizeText(readArticle().paragraphs.join(' ')).toLowerCase();
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

describe('fullStackModel', () => {
  it('stacks the call, the model service, the PaaS layer and the IaaS layer, top to bottom', () => {
    for (const width of [280, 640, 1000]) {
      const m = fullStackModel(width);
      expect(m.layers.map((l) => l.id)).toEqual(['maas', 'paas', 'iaas']);
      expect(m.call.y + m.call.height).toBeLessThan(m.layers[0]!.y);
      m.layers.slice(1).forEach((l, i) => expect(l.y).toBeGreaterThan(m.layers[i]!.y + m.layers[i]!.height));
      // Each item a chip inside its own layer.
      for (const layer of STACK) {
        const box = m.layers.find((l) => l.id === layer.id)!;
        const chips = m.chips.filter((c) => c.layer === layer.id);
        expect(chips).toHaveLength(layer.items.length);
        for (const chip of chips) expect(inside(chip, box), `${layer.id} at ${width}`).toBe(true);
      }
    }
  });

  it('uses the article’s words: every item and the quoted conclusion are in it', () => {
    for (const layer of STACK) {
      for (const item of layer.items.filter((i) => !i.startsWith('The large model'))) {
        expect(article, item).toContain(item.toLowerCase());
      }
    }
    expect(article).toContain(SHORTCOMING.replace(/[“”]/g, '').toLowerCase());
    expect(article).toContain('much more complicated than "request - response"');
    const m = fullStackModel(640);
    expect(m.texts.map((t) => t.text).join(' ')).toContain('shortcoming in any layer');
    // How it is drawn first, then the call in the article's words (quotes straight, nested ones single).
    expect(m.desc).toMatch(
      /^A bar for the call, with what stands behind it stacked under it\. The call: An enterprise/,
    );
    expect(m.desc).toContain('IaaS layer: Chips, servers, networks, storage, GPU cluster scheduling');
    expect(m.desc).not.toMatch(/\d/);
    // The article's words keep their curly quotation marks, nested ones single, the conclusion's too.
    expect(m.desc).toContain(
      'behind the scenes, “much more complicated than ‘request - response’”. The layers, from the top',
    );
    expect(m.desc.endsWith(`. ${SHORTCOMING}.`)).toBe(true);
    expect(m.desc).not.toContain('"');
  });

  it('keeps every chip’s words inside the chip, at every width from 280 px', () => {
    for (const width of TEST_WIDTHS) {
      const m = fullStackModel(width);
      for (const mark of m.texts) {
        const box = textBox(mark);
        const chip = m.chips.find((c) => intersects(box, c));
        if (chip) expect(inside(box, chip), `"${mark.text}" at ${width} px`).toBe(true);
      }
    }
  });

  it('names the layers above their chips when narrow, beside them from 520 px', () => {
    expect(fullStackModel(320).arrangement).toBe('name-above');
    expect(fullStackModel(640).arrangement).toBe('name-beside');
    const m = fullStackModel(640);
    const name = m.texts.find((t) => t.text === 'IaaS layer')!;
    const first = m.chips.find((c) => c.layer === 'iaas')!;
    expect(name.x).toBeLessThan(first.x);
  });
});
