import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastModified, parseCorrections, readCorrections } from '../../src/data/load-corrections';
import {
  correctionLine,
  correctionMark,
  correctionsOf,
  knownFigureIds,
  reachedBy,
} from '../../src/data/figure-corrections';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { graphicCorrections } from '../../src/widgets/corrections';
import { WIDGETS } from '../../src/widgets/registry';
import { RETIRED_WIDGETS } from '../../src/widgets/retired';

const FILE = 'content/corrections.json';
const set = toFigureSet(await readFigures(resolve('content/figures.json')));

describe('corrections', () => {
  it('the shipped list is valid (and empty so far)', () => {
    expect(readCorrections()).toEqual([]);
  });

  it('accepts a dated entry and sorts oldest first', () => {
    const list = parseCorrections(
      [
        { date: '2026-03-02', kind: 'update', text: 'Later.' },
        { date: '2026-02-01', kind: 'correction', text: 'Earlier.' },
      ],
      FILE,
    );
    expect(list.map((c) => c.date)).toEqual(['2026-02-01', '2026-03-02']);
    expect(lastModified(list, '2026-01-07')).toBe('2026-03-02');
    expect(lastModified([], '2026-01-07')).toBe('2026-01-07');
  });

  it.each([
    [{ date: '2026-02-30', kind: 'correction', text: 'x' }, 'entry #1, field "date": date must be a real calendar day'],
    [{ date: '7 Feb 2026', kind: 'correction', text: 'x' }, 'field "date": date must be a day as YYYY-MM-DD'],
    [{ date: '2026-02-01', kind: 'erratum', text: 'x' }, 'field "kind"'],
    [{ date: '2026-02-01', kind: 'update', text: ' ' }, 'field "text": text must not be empty'],
    [{ date: '2026-02-01', kind: 'update', text: 'x', by: 'me' }, 'field "by"'],
  ])('names the file, the entry and the field of a malformed entry: %j', (entry, message) => {
    expect(() => parseCorrections([entry], FILE)).toThrow(`${FILE}: `);
    expect(() => parseCorrections([entry], FILE)).toThrow(message);
  });

  it('names the file when it is not a list or not JSON', () => {
    expect(() => parseCorrections({}, FILE)).toThrow(`${FILE}: expected a JSON array`);
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    writeFileSync(join(dir, 'bad.json'), '[{');
    expect(() => readCorrections(join(dir, 'bad.json'), dir)).toThrow('bad.json: is not valid JSON');
  });
});

describe('corrections that name figures', () => {
  const known = knownFigureIds(set);
  const entry = (figures: unknown) => ({
    date: '2026-12-09',
    kind: 'correction',
    text: 'The figure was misread.',
    figures,
  });

  it('take the figures they concern, records or derived', () => {
    const [one] = parseCorrections([entry(['maas-market', 'maas-share-of-cloud'])], FILE, known);
    expect(one!.figures).toEqual(['maas-market', 'maas-share-of-cloud']);
  });

  it.each([
    [
      ['no-such-figure'],
      'entry #1, field "figures": no figure "no-such-figure" in content/figures.json or src/data/figures.ts',
    ],
    [[], 'entry #1, field "figures": figures must name at least one figure'],
    ['maas-market', 'entry #1, field "figures": figures must be a list of figure ids'],
    [['Maas Market'], 'entry #1, field "figures.0": figures must be figure ids (kebab-case)'],
  ])('name the file, the entry and the field of a mistake: %j', (figures, message) => {
    expect(() => parseCorrections([entry(figures)], FILE, known)).toThrow(`${FILE}: ${message}`);
  });

  it('reach every graphic drawn from the figure, through derived figures too', () => {
    const correction = parseCorrections([entry(['maas-market'])], FILE, known);
    const reaching = (id: string) =>
      graphicCorrections(
        [...WIDGETS, ...RETIRED_WIDGETS].find((w) => w.id === id)!,
        set,
        correction,
      ).length;
    expect(reaching('maas-share')).toBe(1);
    // market-growth shows the MaaS share, which is computed from the MaaS market.
    expect(reaching('market-growth')).toBe(1);
    expect(reaching('motorola-forecast')).toBe(0);
    expect(reaching('adoption-paths')).toBe(0);
    expect([...reachedBy(['maas-share-of-cloud'], set)].sort()).toEqual(
      ['maas-market', 'maas-share-of-cloud', 'public-cloud-market'].sort(),
    );
    expect(correctionsOf(reachedBy(['qwen-downloads'], set), correction)).toEqual([]);
  });

  it('read as a dated line, and as a mark after a title', () => {
    const [correction] = parseCorrections([entry(['maas-market'])], FILE, known);
    expect(correctionLine(correction!)).toBe('Corrected 9 December 2026: The figure was misread.');
    expect(correctionMark([correction!])).toBe(' (corrected 9 December 2026)');
    const [update] = parseCorrections([{ ...entry(['maas-market']), kind: 'update' }], FILE, known);
    expect(correctionLine(update!)).toMatch(/^Updated 9 December 2026: /);
    expect(correctionMark([])).toBe('');
  });
});
