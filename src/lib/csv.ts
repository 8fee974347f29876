/**
 * RFC 4180 CSV: CRLF between records, quotes inside a field doubled. A field is quoted when it holds a
 * comma, a quote or a line break, as RFC 4180 asks, and also a semicolon or a tab: Excel in many locales
 * opens a .csv with ";" as its list separator, and an unquoted "IDC;+cmd|…" would become two cells, the
 * second a formula. Quoted, each field stays one cell whichever of the two separators a reader splits on.
 */
export function csvField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A number as the writer emits it (plainNumber): spreadsheets must keep reading these as numbers. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * OWASP's CSV injection guidance: a cell that begins with =, +, -, @, a tab or a carriage return can be
 * run as a formula by a spreadsheet, so it gets a leading single quote, which spreadsheets show as text.
 * A plain number (a negative value included) is left alone: it is data, not a formula, and must stay a
 * number in the sheet.
 */
export function neutraliseFormula(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A byte order mark first: Excel reads a CSV without one in the machine's legacy code page, and the
 * records' ÷, × and ’ would come out as mojibake. Every other reader skips it (RFC 4180 parsers, pandas
 * with utf-8-sig, LibreOffice, Numbers); the response also says charset=utf-8.
 */
export const UTF8_BOM = '\uFEFF';

export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  // A file with the header alone tells a reader nothing and looks like a broken download.
  if (records.length === 0) throw new Error('A CSV needs at least one record besides its header');
  for (const [i, record] of records.entries()) {
    if (record.length !== header.length) {
      throw new Error(`CSV record ${i + 1} has ${record.length} fields, the header has ${header.length}`);
    }
  }
  const lines = [header, ...records].map((fields) =>
    fields.map((field) => csvField(neutraliseFormula(field))).join(','),
  );
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

/**
 * A number as plain digits, never in exponent form ("120669000000", "1.0690401...") so that
 * spreadsheets in every locale read the value the records hold.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 21 });
}

/**
 * The header alone, which toCsv refuses: only for an address that was published in this form before that
 * rule (a first-edition graphic without numbers, retired or back live without numbers: content/ledger.json
 * keeps its data.csv answering). It says "no numbers" in the same columns, and parses as an empty table.
 */
export function headerOnlyCsv(header: readonly string[]): string {
  return UTF8_BOM + header.map((field) => csvField(neutraliseFormula(field))).join(',') + '\r\n';
}
