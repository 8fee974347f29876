import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { UTF8_BOM, csvField, neutraliseFormula, plainNumber, toCsv } from '../../src/lib/csv';
import { CSV_HEADER, widgetCsv } from '../../src/widgets/data-csv';
import { dataRows } from '../../src/widgets/data-rows';
import { WIDGETS } from '../../src/widgets/registry';
import { parseStrictCsv, readAsSpreadsheet } from '../support/strict-csv';

describe('RFC 4180 writing', () => {
  it('quotes only what needs quoting and doubles inner quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('IDC, H1 2025')).toBe('"IDC, H1 2025"');
    expect(csvField('the "MaaS" market')).toBe('"the ""MaaS"" market"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\n`);
  });

  it('quotes a field holding a semicolon or a tab too: the list separator of many spreadsheets', () => {
    expect(csvField('IDC;+cmd|calc')).toBe('"IDC;+cmd|calc"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    // A reader splitting on ";" that honours quotes keeps the field whole; no cell starts a formula.
    const written = toCsv(['source'], [['IDC;+cmd|calc']]).slice(1);
    expect(readAsSpreadsheet(written, ';')).toEqual([['source'], ['IDC;+cmd|calc']]);
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
    const rows = dataRows(entry, set);
    if (rows.length === 0) continue;
    const csv = widgetCsv(entry, set);
    const at = (header: readonly string[], record: readonly string[], column: string) =>
      record[header.indexOf(column)]!;

    it(`${entry.id}: each figure’s value, the article’s words, its qualifier, period as stated, source and arithmetic`, () => {
      expect(csv.startsWith(UTF8_BOM)).toBe(true);
      const [header, ...records] = parseStrictCsv(csv.slice(1));
      expect(header).toEqual([...CSV_HEADER]);
      expect(records).toHaveLength(rows.length);
      records.forEach((record, i) => {
        const row = rows[i]!;
        expect(at(header!, record, 'label')).toBe(row.label);
        expect(Number(at(header!, record, 'value'))).toBe(row.value);
        expect(at(header!, record, 'unit')).toBe(row.unit);
        expect(at(header!, record, 'qualifier')).toBe(row.qualifier);
        expect(at(header!, record, 'article_wording')).toBe(row.wording);
        expect(at(header!, record, 'period')).toBe(row.period);
        expect(at(header!, record, 'period_as_stated')).toBe(row.periodStated);
        expect(at(header!, record, 'source')).toBe(row.source);
        expect(at(header!, record, 'arithmetic')).toBe(row.arithmetic ?? '');
        expect(at(header!, record, 'made_as_stated')).toBe(row.madeStated);
        expect(at(header!, record, 'caveat')).toBe(row.caveat);
        expect(at(header!, record, 'desk_note')).toBe(row.deskNote);
        // Never "exact": the article's unhedged figures are "none", a rounded computation "rounded".
        expect(at(header!, record, 'qualifier')).not.toBe('exact');
      });
    });

    it(`${entry.id}: reads the same with "," and with ";" as the separator, the qualifier column kept`, () => {
      const text = csv.slice(1);
      const comma = readAsSpreadsheet(text, ',');
      expect(comma).toEqual(parseStrictCsv(text));
      for (const column of ['qualifier', 'caveat', 'desk_note']) expect(comma[0]).toContain(column);
      for (const record of comma.slice(1)) expect(at(comma[0]!, record, 'qualifier')).toMatch(/\S/);
      // The page's warnings survive the download: every caveat the rows carry is in its column.
      comma.slice(1).forEach((record, i) => expect(at(comma[0]!, record, 'caveat')).toBe(rows[i]!.caveat));
      // Split on ";", every record is as wide as the header: no field leaks into a column of its own.
      const semicolon = readAsSpreadsheet(text, ';');
      expect(semicolon).toHaveLength(comma.length);
      for (const record of semicolon) expect(record).toHaveLength(semicolon[0]!.length);
      // No cell either reader sees starts a formula (a plain number is a number).
      for (const cell of [...comma.flat(), ...semicolon.flat()]) {
        if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    });
  }

  it('keeps the article’s words: "nearly 20%", "as high as 70%", "exceeded 800 million", and 1.07 for the share', () => {
    const csvOf = (id: string) =>
      parseStrictCsv(
        widgetCsv(
          WIDGETS.find((w) => w.id === id)!,
          set,
        ).slice(1),
      );
    const row = (rows: string[][], label: RegExp) => rows.find((r) => label.test(r[0]!))!;
    const maas = csvOf('maas-share');
    expect(row(maas, /^China public cloud market, year/)).toEqual(
      expect.arrayContaining(['20', 'nearly', 'nearly 20%', 'a year-on-year increase of nearly 20%']),
    );
    expect(row(maas, /as a share/)).toEqual(
      expect.arrayContaining([
        '1.07',
        'rounded',
        'accounting for just over 1%',
        '1.29 billion yuan ÷ 120.669 billion yuan × 100 ≈ 1.07%',
        'Computed from IDC’s figures, as the article cites them',
      ]),
    );
    expect(row(maas, /^MaaS \(model/)).toEqual(expect.arrayContaining(['1290000000', 'none']));
    expect(row(csvOf('iceberg'), /Overlap/)).toEqual(
      expect.arrayContaining([
        '70',
        'as high as',
        'is as high as 70%',
        'not stated',
        'The article does not say what this is a share of, nor when or how it was measured.',
      ]),
    );
    expect(row(csvOf('open-vs-closed'), /Qwen/)).toEqual(
      expect.arrayContaining(['800000000', 'exceeded', 'the global download volume has exceeded 800 million times']),
    );
    expect(row(csvOf('motorola-forecast'), /relative to/)).toEqual(
      expect.arrayContaining([
        '100',
        'about',
        'about 100×',
        'over 100 million users ÷ about 1 million users = about 100×',
      ]),
    );
  });

  // Copy read 1 (findings 1, 10, 11): the files keep the fact checks, the desk's figure and a forecast's dates.
  it('keeps the fact checks, the desk’s note and the forecast’s own date in the Motorola file', () => {
    const [header, ...records] = parseStrictCsv(
      widgetCsv(
        WIDGETS.find((w) => w.id === 'motorola-forecast')!,
        set,
      ).slice(1),
    );
    const cell = (label: RegExp, column: string) => records.find((r) => label.test(r[0]!))![header!.indexOf(column)]!;
    expect(cell(/forecast by Motorola’s president/, 'period')).toBe('by 2000');
    expect(cell(/forecast by Motorola’s president/, 'made_as_stated')).toBe('In 1996');
    expect(cell(/forecast by Motorola’s president/, 'caveat')).toMatch(/^Fact check: .*not independently verified\.$/);
    expect(cell(/^Mobile phone users in China, in the article’s anecdote/, 'desk_note')).toBe(
      'The desk’s note: the Ministry of Information Industry counted 65 million mobile phone users in China as of ' +
        '20 September 2000 (minister Wu Jichuan, 25 September 2000). Source: Guangming Daily (光明日报), ' +
        '26 September 2000, “全国电话用户总数破2亿”.',
    );
    // The ratio made from the anecdote carries its inputs' warnings and the desk's figure.
    expect(cell(/relative to/, 'caveat')).toMatch(/not independently verified/);
    expect(cell(/relative to/, 'desk_note')).toMatch(/^The desk’s note: /);
    expect(cell(/a few years later/, 'made_as_stated')).toBe('');
  });

  it('fails, naming the widget, the row and the column, on a “;” that would split a row in a “;” spreadsheet', () => {
    const semicolon = toFigureSet(
      Object.values(set).map((f) => (f.id === 'api-gpu-overlap' ? { ...f, caveat: 'Not dated; not sourced.' } : f)),
    );
    expect(() =>
      widgetCsv(
        WIDGETS.find((w) => w.id === 'iceberg')!,
        semicolon,
      ),
    ).toThrow(
      'data.csv of "iceberg", row 1 ("api-gpu-overlap"), column "caveat": "Not dated; not sourced." holds a ";"',
    );
  });
});
