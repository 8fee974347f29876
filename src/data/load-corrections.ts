import { issueText, readJsonFile } from './read-json';
import { relative, resolve } from 'node:path';
import { correctionSchema, type Correction } from './correction-schema';

/** A corrections file that does not hold: the message names the file, the entry and the field. */
export class CorrectionDataError extends Error {
  override name = 'CorrectionDataError';
}

/**
 * Validates parsed JSON as the list of corrections, oldest first; `file` only names the culprit. Given the
 * ids of every figure there is (`knownFigures`), an entry's `figures` must name only those.
 */
export function parseCorrections(raw: unknown, file: string, knownFigures?: ReadonlySet<string>): Correction[] {
  if (!Array.isArray(raw)) throw new CorrectionDataError(`${file}: expected a JSON array of corrections`);
  const entries = raw.map((item: unknown, index) => {
    const result = correctionSchema.safeParse(item);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => issueText(issue, '(entry)'));
      throw new CorrectionDataError(`${file}: entry #${index + 1}, ${problems.join('; ')}`);
    }
    const unknown = (result.data.figures ?? []).filter((id) => knownFigures && !knownFigures.has(id));
    if (unknown.length > 0) {
      throw new CorrectionDataError(
        `${file}: entry #${index + 1}, field "figures": no figure ${unknown.map((id) => `"${id}"`).join(', ')} ` +
          'in content/figures.json or src/data/figures.ts',
      );
    }
    return result.data;
  });
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Reads content/corrections.json (CORRECTIONS_FILE points a test build elsewhere). Synchronous
 * because the story's head and its closing note both need it while the page renders.
 */
export function readCorrections(
  path = resolve(process.env.CORRECTIONS_FILE ?? 'content/corrections.json'),
  cwd = process.cwd(),
  knownFigures?: ReadonlySet<string>,
): Correction[] {
  const file = relative(cwd, path) || path;
  const raw = readJsonFile(path, file, (message) => new CorrectionDataError(message));
  return parseCorrections(raw, file, knownFigures);
}

export { lastModified } from './last-modified';
