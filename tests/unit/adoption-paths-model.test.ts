import { describe, expect, it } from 'vitest';
import { adoptionPathsModel } from '../../src/widgets/adoption-paths/model';
import { ADOPTION_PATHS, QUESTIONS } from '../../src/widgets/adoption-paths/paths';
import { normalizeText, readArticle } from '../support/article-text';

const article = normalizeText(readArticle().paragraphs.join(' '));
const m = adoptionPathsModel({}, 400);

/** Passages in curly quotes inside an answer: each must be the article's own words. */
function quotedPassages(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
}

describe('adoptionPathsModel', () => {
  it('has the four paths from the lightest to the deepest, and only the API call is counted', () => {
    expect(m.rows.map((r) => r.id)).toEqual(['api', 'cloud-training', 'local-deployment', 'on-device']);
    expect(m.rows.map((r) => r.step)).toEqual([1, 2, 3, 4]);
    expect(m.rows.filter((r) => r.counted).map((r) => r.id)).toEqual(['api']);
    expect(m.rows[0]!.countedLabel).toMatch(/^✓ in token/);
    expect(m.rows.slice(1).every((r) => r.countedLabel.startsWith('not'))).toBe(true);
  });

  it('answers the same four questions for every path', () => {
    const questions = Object.values(QUESTIONS);
    for (const path of ADOPTION_PATHS) {
      expect(path.facts.map((f) => f.question)).toEqual(questions);
      for (const fact of path.facts) expect(fact.answer.length).toBeGreaterThan(10);
    }
  });

  it('quotes only what the article says', () => {
    for (const path of ADOPTION_PATHS) {
      expect(article, path.quote).toContain(normalizeText(path.quote));
      for (const fact of path.facts) {
        for (const passage of quotedPassages(fact.answer)) expect(article, passage).toContain(normalizeText(passage));
      }
    }
  });

  it('moves the model out of the cloud as the paths get deeper', () => {
    const columnOf = (x: number) => m.columns.findIndex((c) => x >= c.x && x < c.x + c.width);
    const modelColumns = m.rows.map((row) => {
      const model = row.boxes.find((b) => b.kind === 'model')!;
      expect(columnOf(model.x + model.width), `${row.id} model stays in one column`).toBe(columnOf(model.x));
      return m.columns[columnOf(model.x)]!.id;
    });
    expect(modelColumns).toEqual(['cloud', 'cloud', 'domain', 'device']);
    for (let i = 1; i < modelColumns.length; i++) {
      expect(columnOf(m.rows[i]!.boxes.find((b) => b.kind === 'model')!.x)).toBeGreaterThanOrEqual(
        columnOf(m.rows[i - 1]!.boxes.find((b) => b.kind === 'model')!.x),
      );
    }
  });

  it('keeps every shape inside the view box, rows apart and boxes in a row apart', () => {
    for (const [i, row] of m.rows.entries()) {
      if (i > 0) expect(row.y).toBeGreaterThanOrEqual(m.rows[i - 1]!.y + m.rows[i - 1]!.height);
      const sorted = [...row.boxes].sort((a, b) => a.x - b.x);
      for (const [j, b] of sorted.entries()) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(m.width);
        expect(b.y).toBeGreaterThan(row.labelY);
        expect(b.y + b.height).toBeLessThanOrEqual(row.y + row.height);
        if (j > 0) expect(b.x).toBeGreaterThan(sorted[j - 1]!.x + sorted[j - 1]!.width);
      }
      for (const a of row.arrows) {
        const [lo, hi] = [Math.min(a.line.x1, a.line.x2), Math.max(a.line.x1, a.line.x2)];
        expect(hi - lo).toBeGreaterThan(20);
        for (const b of row.boxes)
          expect(lo >= b.x + b.width || hi <= b.x, `${row.id} arrow clears ${b.label}`).toBe(true);
      }
    }
    expect(m.legendY).toBeLessThan(m.height);
  });

  it('never runs a column divider through a row label', () => {
    for (const d of m.dividers) {
      for (const row of m.rows) expect(d.y1 > row.labelY || d.y2 < row.labelY - 14).toBe(true);
    }
  });

  it('summarises every path for the chart description', () => {
    for (const path of ADOPTION_PATHS) expect(m.summary).toContain(path.name);
    expect(m.summary.match(/not counted/g)).toHaveLength(3);
  });
});
