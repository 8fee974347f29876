import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastModified, parseCorrections, readCorrections } from '../../src/data/load-corrections';

const FILE = 'content/corrections.json';

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
