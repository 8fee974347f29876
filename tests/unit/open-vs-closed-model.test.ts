import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { openVsClosedModel, type Node } from '../../src/widgets/open-vs-closed/model';
import { normalizeText, readArticle } from '../support/article-text';

const article = normalizeText(readArticle().paragraphs.join(' '));

/** Rough width of a 13-unit bold label, generous enough to catch text running out of its box. */
const textWidth = (text: string) => text.length * 7.4;

function expectLinesInside(node: Node) {
  for (const line of node.lines) {
    expect(textWidth(line.text), line.text).toBeLessThan(node.width);
    expect(line.y - 10).toBeGreaterThan(node.y);
    expect(line.y).toBeLessThan(node.y + node.height);
  }
}

describe('openVsClosedModel', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const m = openVsClosedModel(set, 400);

  it('takes the download count from the record, with its hedge', () => {
    expect(m.downloads).toBe('over 800 million downloads');
    expect(m.open.source.lines.map((l) => l.text)).toEqual(['over 800', 'million', 'downloads']);
    expect(m.summary).toContain('over 800 million downloads');
  });

  it('follows the data', () => {
    const changed = toFigureSet(figures.map((f) => (f.id === 'qwen-downloads' ? { ...f, value: 1.2e9 } : f)));
    const n = openVsClosedModel(changed);
    expect(n.downloads).toBe('over 1.2 billion downloads');
    expect(n.open.source.lines.map((l) => l.text)).toEqual(['over 1.2', 'billion', 'downloads']);
  });

  it('draws one direct route for closed source and three uncounted ones for open source', () => {
    expect(m.closed.flows).toHaveLength(1);
    const api = m.closed.flows[0]!;
    expect(api.tail).toBeNull();
    expect(api.x + api.width).toBe(m.closed.revenue.x);
    expect(m.open.flows.map((f) => f.label)).toEqual([
      'Deployed locally',
      'On own GPU clusters',
      'Post-trained on the cloud',
    ]);
    for (const flow of m.open.flows) {
      expect(flow.tail).not.toBeNull();
      expect(flow.x + flow.width).toBeLessThan(flow.tail!.x1);
      expect(flow.tail!.x2).toBeLessThan(m.open.revenue.x);
    }
  });

  it('draws every band the same width: the article gives no split', () => {
    const heights = [...m.closed.flows, ...m.open.flows].map((f) => f.height);
    expect(new Set(heights).size).toBe(1);
    expect(m.illustrativeNote).toMatch(/illustrative/);
  });

  it('keeps the open-source bands apart and their labels clear of the band above', () => {
    for (let i = 1; i < m.open.flows.length; i++) {
      const above = m.open.flows[i - 1]!;
      const flow = m.open.flows[i]!;
      expect(flow.labelY - 12).toBeGreaterThan(above.y + above.height);
    }
    for (const flow of [...m.closed.flows, ...m.open.flows]) {
      expect(flow.x + 8 + textWidth(flow.label) * 0.9, flow.label).toBeLessThan(m.open.revenue.x);
    }
  });

  it('fits the text of every box inside it', () => {
    for (const block of [m.closed, m.open]) {
      expectLinesInside(block.source);
      expectLinesInside(block.revenue);
    }
  });

  it('stacks the two blocks without overlap inside the view box', () => {
    expect(m.open.headingY - 12).toBeGreaterThan(m.closed.captionY);
    expect(m.open.source.y).toBeGreaterThan(m.open.headingY);
    expect(m.illustrativeY).toBeGreaterThan(m.open.captionY);
    expect(m.height).toBeGreaterThan(m.illustrativeY);
    expect(m.open.revenue.x + m.open.revenue.width).toBe(m.width);
  });

  it('quotes the article only where it says so', () => {
    const quoted = m.open.revenue.lines
      .map((l) => l.text)
      .join(' ')
      .match(/“([^”]+)”/)![1]!;
    expect(article).toContain(quoted);
  });
});
