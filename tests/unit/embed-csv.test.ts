import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { UTF8_BOM, csvField, neutraliseFormula, plainNumber, toCsv } from '../../src/lib/csv';
import { CSV_HEADER, widgetCsv } from '../../src/widgets/data-csv';
import { dataRows } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';
import { parseStrictCsv } from '../support/strict-csv';

describe('RFC 4180 writing', () => {
  it('quotes only what needs quoting and doubles inner quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('IDC, H1 2025')).toBe('"IDC, H1 2025"');
    expect(csvField('the "MaaS" market')).toBe('"the ""MaaS"" market"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\n`);
  });

  it('refuses a record of the wrong width', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/record 1 has 1 fields/);
  });

  it('refuses a header-only file', () => {
    expect(() => toCsv(['a', 'b'], [])).toThrow(/at least one record/);
  });

  it('starts with a UTF-8 byte order mark, so Excel reads ÷, × and ’', () => {
    const bytes = Buffer.from(toCsv(['a'], [['÷ × ’']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back what it wrote, whatever the text, with formulas neutralised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (records) => {
          const header = ['a', 'b', 'c'];
          const written = toCsv(header, records);
          expect(written.startsWith(UTF8_BOM)).toBe(true);
          expect(parseStrictCsv(written.slice(1))).toEqual(
            [header, ...records].map((fields) => fields.map(neutraliseFormula)),
          );
        },
      ),
    );
  });

  it('writes numbers as plain digits', () => {
    expect(plainNumber(120669000000)).toBe('120669000000');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toMatch(/^0\.00000015/);
    expect(() => plainNumber(Number.NaN)).toThrow();
  });
});

describe('formula neutralisation (OWASP CSV injection)', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['- a list item', "'- a list item"],
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['-7', '-0.25', '120669000000', '1.07', 'IDC, H1 2025', '', 'a=b'])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('keeps a negative number a number in the file', () => {
    expect(toCsv(['value'], [['-7']])).toBe(`${UTF8_BOM}value\r\n-7\r\n`);
    expect(toCsv(['value'], [['=-7']])).toBe(`${UTF8_BOM}value\r\n'=-7\r\n`);
  });
});

describe('the strict reader used by the tests', () => {
  it.each([
    ['a,b\n1,2\r\n', /CRLF/],
    ['a,b\r\n1,"2\r\n', /unterminated/],
    ['a,b\r\n1,2"x"\r\n', /quote inside/],
    ['a,b\r\n"1"x,2\r\n', /after a field/],
    ['a,b\r\n1\r\n', /record 2 has 1 fields/],
  ])('rejects %j', (text, message) => {
    expect(() => parseStrictCsv(text)).toThrow(message);
  });
});

describe('data.csv of every widget', async () => {
  const set = toFigureSet(await readFigures(resolve('content/figures.json')));
  for (const entry of WIDGETS) {
    it(`${entry.id}: label, value, unit, period and source of each of its figures`, () => {
      const csv = widgetCsv(entry, set);
      expect(csv.startsWith(UTF8_BOM)).toBe(true);
      const [header, ...records] = parseStrictCsv(csv.slice(1));
      expect(records.length).toBeGreaterThan(0);
      expect(header).toEqual([...CSV_HEADER]);
      const rows = dataRows(entry, set);
      expect(records).toHaveLength(rows.length);
      records.forEach((record, i) => {
        expect(record[0]).toBe(rows[i]!.label);
        expect(Number(record[1])).toBe(rows[i]!.value);
        expect(record[2]).toBe(rows[i]!.unit);
        expect(record[3]).toBe(rows[i]!.period);
        expect(record[4]).toBe(rows[i]!.source);
      });
    });
  }
});
