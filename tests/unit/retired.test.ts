/**
 * The retired graphics (src/widgets/retired.ts): a registry change, checked like the live registry, and
 * shown from the same row code as a live graphic's table.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { retiredImage } from '../../src/images/retired-image';
import { parseStrictCsv } from '../support/strict-csv';
import { retiredProblems } from '../../src/widgets/check-retired';
import { CSV_HEADER } from '../../src/widgets/data-csv';
import { dataRows } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';
import { RETIRED_WIDGETS, retiredLine, type RetiredEntry } from '../../src/widgets/retired';
import { retiredCsv } from '../../src/widgets/retired-csv';

const set = toFigureSet(await readFigures(resolve('content/figures.json')));
const byId = (id: string) => RETIRED_WIDGETS.find((entry) => entry.id === id)! as RetiredEntry;

describe('the retired list', () => {
  it('holds the six graphics the story edit of December 1, 2026 took out, and none is live', () => {
    expect(RETIRED_WIDGETS.map((entry) => entry.id).sort()).toEqual(
      [
        'adoption-paths',
        'api-gpu-overlap',
        'enterprise-adoption',
        'full-stack',
        'industry-budget',
        'market-growth',
      ].sort(),
    );
    expect(retiredProblems(RETIRED_WIDGETS, WIDGETS, set)).toEqual([]);
    for (const entry of RETIRED_WIDGETS)
      expect(retiredLine(entry)).toBe('This graphic was retired from the story on December 1, 2026.');
  });

  it('points each graphic with numbers to the live graphic that carries them, as decided', () => {
    expect(byId('market-growth').retired.successor).toBe('maas-share');
    expect(byId('api-gpu-overlap').retired.successor).toBe('iceberg');
    expect(byId('adoption-paths').retired.successor).toBe('iceberg');
    expect(byId('industry-budget').retired.successor).toBeUndefined();
    expect(byId('enterprise-adoption').retired.successor).toBeUndefined();
    // No graphic carries these two numbers: the page links to where the number stands in the story.
    expect(byId('industry-budget').retired.story).toBe('first-key-industries-budget-share');
    expect(byId('enterprise-adoption').retired.story).toBe('first-enterprises-not-in');
  });

  it.each([
    [{ id: 'maas-share' }, 'field "id": also a live graphic'],
    [{ retired: { date: '2026-02-30', story: 'introduction' } }, 'field "retired.date"'],
    [
      { retired: { date: '2026-12-01', story: 'introduction', successor: 'market-growth' } },
      'field "retired.successor"',
    ],
    [{ retired: { date: '2026-12-01', story: '#introduction' } }, 'field "retired.story"'],
    [{ statement: 'It had numbers.' }, 'field "statement": only a graphic without records'],
    [{ figures: ['no-such-record'] }, 'field "figures": no record "no-such-record"'],
    [{ title: 'Over 60% of the budget' }, 'field "title": "60" is a number no claim binds'],
  ] as [Partial<RetiredEntry>, string][])(
    'names the file, the entry and the field of a mistake: %j',
    (change, message) => {
      const broken = { ...byId('industry-budget'), ...change } as RetiredEntry;
      const problems = retiredProblems([broken], WIDGETS, set);
      expect(problems.join('\n')).toContain(`src/widgets/retired.ts: entry "${broken.id}", ${message}`);
    },
  );

  it('a graphic without records needs its statement', () => {
    const { statement: _, ...bare } = byId('full-stack');
    expect(retiredProblems([bare as RetiredEntry], WIDGETS, set).join('\n')).toContain('field "statement"');
  });
});

describe('what a retired graphic still shows', () => {
  it('its records’ rows, the same as a live graphic’s (data-rows.ts), in its CSV', () => {
    const entry = byId('market-growth');
    const rows = dataRows(entry, set);
    expect(rows.map((row) => row.id)).toEqual([...entry.figures, ...entry.derived]);
    const csv = parseStrictCsv(retiredCsv(entry, set).replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual([...CSV_HEADER]);
    expect(csv.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row.label));
  });

  it('for a graphic without records, the header alone, as the first edition published it', () => {
    const csv = parseStrictCsv(retiredCsv(byId('adoption-paths'), set).replace(/^\uFEFF/, ''));
    expect(csv).toEqual([[...CSV_HEADER]]);
  });

  it('its image: title, the retired line, corrections, each row or the statement, the source', () => {
    const entry = byId('industry-budget');
    const rows = dataRows(entry, set);
    const image = retiredImage(entry, rows, retiredLine(entry), ['Corrected December 9, 2026: a test line.']);
    for (const text of ['This graphic was retired', 'Corrected December 9, 2026', rows[0]!.display, 'Source: IDC']) {
      expect(image.svg, text).toContain(text);
    }
    const bare = retiredImage(byId('full-stack'), [], retiredLine(byId('full-stack')));
    expect(bare.svg).toContain('This graphic had no numbers.');
    expect(bare.width).toBe(1200);
  });
});
