/**
 * A deliberately strict RFC 4180 reader for tests: records end in CRLF, a field is either plain (no quote,
 * comma, CR or LF) or wholly quoted with inner quotes doubled, and every record has the header's width.
 * Anything else throws with the offset, so a lenient writer cannot pass.
 */
export function parseStrictCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV offset ${i}: ${why}`);
  };
  if (text.length === 0) fail('empty file');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (i >= text.length) {
      records.push(record);
      break;
    }
    if (text[i] === ',') {
      i++;
      if (i >= text.length) fail('file ends after a comma');
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail(`unexpected ${JSON.stringify(text[i])} after a field (records must end in CRLF)`);
  }
  const width = records[0]!.length;
  records.forEach((r, n) => {
    if (r.length !== width) throw new Error(`CSV record ${n + 1} has ${r.length} fields, the header has ${width}`);
  });
  return records;
}

/**
 * How a spreadsheet reads a CSV with `separator` as its list separator (Excel in many locales uses ";"):
 * a field is quoted only when it starts with a quote, a quote anywhere else is a character, and records
 * end at a line break outside quotes. The cells as read, without judging them.
 */
export function readAsSpreadsheet(text: string, separator: ',' | ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let started = false;
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    started = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else field += text[i++];
      continue;
    }
    if (c === '"' && !started) {
      quoted = true;
      started = true;
      i++;
    } else if (c === separator) {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else {
      field += c;
      started = true;
      i++;
    }
  }
  if (started || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
