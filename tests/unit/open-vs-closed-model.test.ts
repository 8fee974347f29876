import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { TEST_WIDTHS } from '../../src/widgets/kit/bands';
import { intersects, textBox, type Rect } from '../../src/widgets/kit/geometry';
import { openVsClosedModel, type OpenVsClosedModel } from '../../src/widgets/open-vs-closed/model';
import { normalizeText, readArticle } from '../support/article-text';

const article = normalizeText(readArticle().paragraphs.join(' '));

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const words = (m: OpenVsClosedModel) => m.texts.map((t) => t.text);

describe('openVsClosedModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const wide = openVsClosedModel(set, 1000);
  const narrow = openVsClosedModel(set, 320);

  it('states the Qwen downloads as the article does, bound to the record, its hedge and number on one line', () => {
    expect(wide.downloads).toBe('exceeded 800 million times');
    expect(wide.desc).toContain('over 800 million downloads');
    for (const width of TEST_WIDTHS) {
      const m = openVsClosedModel(set, width);
      const counts = words(m).filter((text) => /\d/.test(text));
      expect(counts, `${width} px`).toHaveLength(1);
      expect(counts[0], `${width} px`).toContain('exceeded 800 million times');
    }
  });

  it('follows the data', () => {
    const changed = toFigureSet(figures.map((f) => (f.id === 'qwen-downloads' ? { ...f, value: 1.2e9 } : f)));
    for (const width of [320, 1000]) {
      const m = openVsClosedModel(changed, width);
      expect(m.downloads).toBe('exceeded 1.2 billion times');
      expect(words(m).some((text) => text.includes('800'))).toBe(false);
    }
  });

  it('compares the two paths in two columns of words, the same rows across, and draws no quantity', () => {
    for (const m of [wide, narrow]) {
      for (const kind of ['closed', 'open'] as const) {
        const boxes = m.boxes.filter((b) => b.kind === kind);
        expect(boxes.map((b) => b.role)).toEqual(['step', 'step', 'status']);
      }
      expect(m.arrows).toHaveLength(4);
    }
    // Side by side, each row of boxes is one height: nothing is wider or taller because of a number.
    for (let i = 0; i < 3; i++) {
      const [c, o] = (['closed', 'open'] as const).map((kind) => wide.boxes.filter((b) => b.kind === kind)[i]!);
      expect(c!.height).toBe(o!.height);
      expect(c!.y).toBe(o!.y);
      expect(c!.width).toBe(o!.width);
    }
    const text = words(wide).join(' ');
    expect(text).toContain('Customers call APIs');
    expect(text).toContain('They pay by usage');
    expect(text).toContain('Customers download them');
    expect(text).toContain('on their own GPU clusters');
    expect(text).toContain('post-trained on the cloud');
    // Revenue only where the article claims it: recognised for closed source, hard to calculate for open.
    expect(text).toContain('“Clear revenue recognition and a beautiful growth curve”');
    expect(text).toContain('“difficult to calculate directly”');
    expect(text).not.toMatch(/illustrative|band/i);
  });

  it('keeps every text inside its box, or outside every box', () => {
    for (const width of TEST_WIDTHS) {
      const m = openVsClosedModel(set, width);
      for (const mark of m.texts) {
        const box = textBox(mark);
        const home = m.boxes.find((b) => intersects(box, b));
        if (home) expect(inside(box, home), `"${mark.text}" at ${width} px`).toBe(true);
        for (const other of m.boxes.filter((b) => b !== home)) {
          expect(intersects(box, other), `"${mark.text}" at ${width} px`).toBe(false);
        }
      }
    }
  });

  it('quotes the article only where it says so', () => {
    for (const m of [wide, narrow]) {
      const quoted = [
        ...words(m)
          .join(' ')
          .matchAll(/“([^”]+)”/g),
      ].map((q) => q[1]!);
      expect(quoted.length).toBeGreaterThanOrEqual(2);
      for (const q of quoted) expect(article.toLowerCase()).toContain(q.toLowerCase());
    }
  });

  it('keeps the article’s “may”, its revenue Alibaba Cloud’s from Qwen’s downloads, and no unglossed “caliber”', () => {
    for (const m of [wide, narrow]) {
      const text = words(m).join(' ');
      expect(text).toContain('They may run them their own way');
      expect(text).toContain('Alibaba Cloud’s revenue from Qwen’s downloads');
      expect(text).toContain('Qwen’s global download volume has exceeded 800 million times');
      expect(text).toContain('The main basis of current token statistics');
      expect(m.desc).toContain('(the Qwen models: over 800 million downloads), then may run them locally');
      expect(m.desc).toContain('how much of Qwen’s downloads became Alibaba Cloud’s revenue');
      expect([text, m.desc].join(' ')).not.toMatch(/caliber|Then run them|Revenue from the downloads/);
    }
  });

  it('writes the alternative text as sentences with a space after each full stop', () => {
    expect(wide.desc).not.toMatch(/[.;:][A-Za-z]/);
    expect(wide.desc).toMatch(/^Two paths/);
  });

  it('sets the paths side by side from 520 px, one above the other when narrow', () => {
    expect(narrow.arrangement).toBe('down');
    expect(wide.arrangement).toBe('across');
    for (const box of narrow.boxes) expect(box.width).toBe(320);
    const firstOpen = narrow.boxes.find((b) => b.kind === 'open')!;
    expect(firstOpen.y).toBeGreaterThan(Math.max(...narrow.boxes.filter((b) => b.kind === 'closed').map((b) => b.y)));
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});
