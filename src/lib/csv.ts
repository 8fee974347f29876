/**
 * RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a quote or a line break,
 * quotes inside doubled. Spreadsheets and every CSV library read this form.
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  for (const [i, record] of records.entries()) {
    if (record.length !== header.length) {
      throw new Error(`CSV record ${i + 1} has ${record.length} fields, the header has ${header.length}`);
    }
  }
  return [header, ...records].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
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
