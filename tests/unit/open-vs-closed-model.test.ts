import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { TEST_WIDTHS } from '../../src/widgets/kit/bands';
import { intersects, textBox, type Rect, type TextMark } from '../../src/widgets/kit/geometry';
import { openVsClosedModel, type OpenVsClosedModel } from '../../src/widgets/open-vs-closed/model';
import { normalizeText, readArticle } from '../support/article-text';
import { itLaysOutAtEveryWidth } from '../support/layouts';

const article = normalizeText(readArticle().paragraphs.join(' '));

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const allTexts = (m: OpenVsClosedModel): TextMark[] => [...m.texts, ...m.allTexts, ...m.countedTexts];
const words = (m: OpenVsClosedModel) => allTexts(m).map((t) => t.text);

describe('openVsClosedModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const wide = openVsClosedModel(set, 1000);
  const narrow = openVsClosedModel(set, 320);

  it('takes the download count from the record, with its hedge, in every layout', () => {
    expect(wide.downloads).toBe('over 800 million downloads');
    expect(wide.desc).toContain('over 800 million downloads');
    for (const width of TEST_WIDTHS) {
      const m = openVsClosedModel(set, width);
      // The hedge and its number share a line wherever the count is set.
      const counts = words(m).filter((text) => /\d/.test(text));
      expect(counts.length, `${width} px`).toBeGreaterThan(0);
      for (const text of counts) expect(text, `${width} px`).toMatch(/^over 800 million( downloads)?$/);
      expect(words(m).join(' '), `${width} px`).toContain('over 800 million downloads');
    }
  });

  it('follows the data', () => {
    const changed = toFigureSet(figures.map((f) => (f.id === 'qwen-downloads' ? { ...f, value: 1.2e9 } : f)));
    for (const width of [320, 1000]) {
      const m = openVsClosedModel(changed, width);
      expect(m.downloads).toBe('over 1.2 billion downloads');
      expect(words(m).some((text) => text.startsWith('over 1.2 billion'))).toBe(true);
      expect(words(m).some((text) => text.includes('800'))).toBe(false);
    }
  });

  it('draws one direct route for closed source and three uncounted ones for open source', () => {
    for (const m of [wide, narrow]) {
      const box = (id: string) => m.boxes.find((b) => b.id === id)!;
      const closed = m.bands.filter((b) => b.kind === 'closed');
      const open = m.bands.filter((b) => b.kind === 'open');
      expect(closed.map((b) => b.label)).toEqual(['pay by usage']);
      expect(open.map((b) => b.label)).toEqual([
        'Deployed locally',
        'On own GPU clusters',
        'Post-trained on the cloud',
      ]);
      // The API band runs from the customers right into the revenue box.
      const api = closed[0]!.run;
      expect(intersects(api, box('closed-source'))).toBe(true);
      expect(intersects(api, box('closed-revenue'))).toBe(true);
      // Open-source bands stop short of the revenue; a dotted tail goes on, and stops short too.
      const revenue = box('open-revenue');
      expect(m.tails).toHaveLength(3);
      for (const [i, band] of open.entries()) {
        expect(intersects(band.run, revenue), band.id).toBe(false);
        const tail = m.tails[i]!;
        const tailEnd = m.arrangement === 'across' ? tail.x2 : tail.y2;
        const revenueStart = m.arrangement === 'across' ? revenue.x : revenue.y;
        expect(tailEnd).toBeLessThan(revenueStart);
        const bandEnd = m.arrangement === 'across' ? band.run.x + band.run.width : band.run.y + band.run.height;
        expect(m.arrangement === 'across' ? tail.x1 : tail.y1).toBeGreaterThan(bandEnd);
      }
    }
  });

  it('draws every band the same width, flagged as illustrative', () => {
    for (const m of [wide, narrow]) {
      expect(new Set(m.bands.map((b) => b.thickness)).size).toBe(1);
      expect(words(m)).toContain('Band widths: illustrative');
      expect(m.desc).toContain('Band widths are illustrative');
    }
  });

  it('keeps every text inside its box or clear of every box and band', () => {
    for (const width of TEST_WIDTHS) {
      const m = openVsClosedModel(set, width);
      for (const mark of allTexts(m)) {
        const box = textBox(mark);
        const home = m.boxes.find((b) => intersects(box, b));
        if (home) expect(inside(box, home), `"${mark.text}" at ${width} px`).toBe(true);
        for (const other of m.boxes.filter((b) => b !== home)) {
          expect(intersects(box, other), `"${mark.text}" on ${other.id} at ${width} px`).toBe(false);
        }
        for (const band of m.bands) {
          expect(intersects(box, band.run), `"${mark.text}" on band ${band.id} at ${width} px`).toBe(false);
        }
      }
    }
  });

  it('quotes the article only where it says so', () => {
    for (const m of [wide, narrow]) {
      const quoted = words(m)
        .join(' ')
        .match(/“([^”]+)”/)![1]!;
      expect(article).toContain(quoted);
    }
  });

  it('writes the alternative text as sentences with a space after each full stop', () => {
    expect(wide.desc).toContain('directly. Band widths');
    expect(wide.desc).not.toMatch(/[.;:][A-Za-z]/);
  });

  it('runs top to bottom when narrow and left to right when wide', () => {
    expect(narrow.arrangement).toBe('down');
    expect(wide.arrangement).toBe('across');
    // Narrow: every box spans the column and the revenue comes below its source.
    for (const box of narrow.boxes) expect(box.width).toBe(320);
    const below = (m: OpenVsClosedModel, kind: string) =>
      m.boxes.find((b) => b.id === `${kind}-revenue`)!.y > m.boxes.find((b) => b.id === `${kind}-source`)!.y;
    expect(below(narrow, 'closed') && below(narrow, 'open')).toBe(true);
    // Wide: source and revenue share a row, the revenue at the right edge.
    for (const kind of ['closed', 'open']) {
      const source = wide.boxes.find((b) => b.id === `${kind}-source`)!;
      const revenue = wide.boxes.find((b) => b.id === `${kind}-revenue`)!;
      expect(revenue.y).toBe(source.y);
      expect(revenue.x + revenue.width).toBe(1000);
      expect(source.x + source.width).toBeLessThan(revenue.x);
    }
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  itLaysOutAtEveryWidth((width) => {
    const m = openVsClosedModel(set, width);
    return { all: m.views.all, counted: m.views.counted };
  });
});
