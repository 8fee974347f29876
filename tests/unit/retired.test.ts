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
import { showRetired } from '../../src/widgets/retired-text';
import { ClaimError } from '../../src/data/claims';
import { PLACEHOLDER } from '../../src/data/bound-text';
import { retiredCsv } from '../../src/widgets/retired-csv';

const set = toFigureSet(await readFigures(resolve('content/figures.json')));
const byId = (id: string) => RETIRED_WIDGETS.find((entry) => entry.id === id)! as RetiredEntry;

describe('the retired list', () => {
  it('holds the five graphics the story edit of 1 December 2026 took out, and none is live', () => {
    expect(RETIRED_WIDGETS.map((entry) => entry.id).sort()).toEqual(
      ['adoption-paths', 'api-gpu-overlap', 'enterprise-adoption', 'industry-budget', 'market-growth'].sort(),
    );
    expect(retiredProblems(RETIRED_WIDGETS, WIDGETS, set)).toEqual([]);
    for (const entry of RETIRED_WIDGETS)
      expect(retiredLine(entry)).toBe('This graphic was retired from the story on 1 December 2026.');
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
    [
      { description: 'The budget in the first half of 2025.' },
      'field "description": "2025" is a number no claim binds',
    ],
    [{ source: 'IDC, H1 2025' }, 'field "source": "2025" is a number no claim binds'],
    [{ source: 'IDC, {maas-market|period}' }, 'field "source": {maas-market} is not one of the widget\'s figures'],
    [
      { title: 'The budget {key-industries-budget-share|hedge=nearly}' },
      'field "title": {key-industries-budget-share|hedge=nearly}',
    ],
  ] as [Partial<RetiredEntry>, string][])(
    'names the file, the entry and the field of a mistake: %j',
    (change, message) => {
      const broken = { ...byId('industry-budget'), ...change } as RetiredEntry;
      const problems = retiredProblems([broken], WIDGETS, set);
      expect(problems.join('\n')).toContain(`src/widgets/retired.ts: entry "${broken.id}", ${message}`);
    },
  );

  it('a graphic without records needs its statement, which is bound text too', () => {
    const { statement: _, ...bare } = byId('adoption-paths');
    expect(retiredProblems([bare as RetiredEntry], WIDGETS, set).join('\n')).toContain('field "statement"');
    const typed = { ...byId('adoption-paths'), statement: 'It showed 3 layers.' } as RetiredEntry;
    expect(retiredProblems([typed], WIDGETS, set).join('\n')).toContain(
      'src/widgets/retired.ts: entry "adoption-paths", field "statement": "3" is a number no claim binds',
    );
  });

  it('shows its texts rendered from the records, as the live registry’s: no placeholder left, the period in words', () => {
    for (const entry of RETIRED_WIDGETS) {
      const shown = showRetired(entry, set);
      for (const text of [shown.title, shown.description, shown.source, shown.statement ?? '']) {
        expect(text, entry.id).not.toMatch(PLACEHOLDER);
        expect(text, entry.id).not.toMatch(/[{}]/);
      }
    }
    const growth = showRetired(byId('market-growth'), set);
    expect(growth.title).toBe(
      'China’s public cloud, AI large-model solution and MaaS markets in the first half of 2025',
    );
    expect(growth.source).toContain(', H1 2025, ');
  });

  it('refuses to show an entry whose text the data cannot fill, naming the file, the entry and the field', () => {
    const broken = { ...byId('api-gpu-overlap'), description: 'Overlap {api-gpu-overlap|when}.' } as RetiredEntry;
    expect(() => showRetired(broken, set)).toThrow(ClaimError);
    expect(() => showRetired(broken, set)).toThrow(
      /src\/widgets\/retired\.ts: entry "api-gpu-overlap", field "description": .*states no period/,
    );
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
    const entry = showRetired(byId('industry-budget'), set);
    const rows = dataRows(entry, set);
    const image = retiredImage(entry, rows, retiredLine(entry), ['Corrected 9 December 2026: a test line.']);
    for (const text of ['This graphic was retired', 'Corrected 9 December 2026', rows[0]!.display, 'Source: IDC']) {
      expect(image.svg, text).toContain(text);
    }
    const bare = retiredImage(showRetired(byId('adoption-paths'), set), [], retiredLine(byId('adoption-paths')));
    expect(bare.svg).toContain('This graphic had no numbers.');
    expect(bare.width).toBe(1200);
  });
});
