import { issueText, readJsonFile } from './read-json';
import { relative } from 'node:path';
import { figureSchema, type Figure } from './figure-schema';

/** A data file that does not hold: the message names the file, the record and the field. */
export class FigureDataError extends Error {
  override name = 'FigureDataError';
}

/** Validates parsed JSON as a list of figures; `file` is only used to name the culprit. */
export function parseFigures(raw: unknown, file: string): Figure[] {
  if (!Array.isArray(raw)) {
    throw new FigureDataError(`${file}: expected a JSON array of figure records`);
  }
  const seen = new Set<string>();
  return raw.map((item: unknown, index) => {
    const rawId = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : undefined;
    const where = `${file}: record #${index + 1}${rawId ? ` ("${rawId}")` : ''}`;
    const result = figureSchema.safeParse(item);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => issueText(issue, '(record)'));
      throw new FigureDataError(`${where}, ${problems.join('; ')}`);
    }
    if (seen.has(result.data.id)) {
      throw new FigureDataError(`${where}, field "id": duplicate id "${result.data.id}"`);
    }
    seen.add(result.data.id);
    return result.data;
  });
}

/** Reads and validates a figures file; JSON syntax errors are reported with the file name too. */
export async function readFigures(path: string, cwd = process.cwd()): Promise<Figure[]> {
  const file = relative(cwd, path) || path;
  const raw = readJsonFile(path, file, (message) => new FigureDataError(message));
  return parseFigures(raw, file);
}
