import { issueText, readJsonFile } from './read-json';
import { relative, resolve } from 'node:path';
import { correctionSchema, type Correction } from './correction-schema';

/** A corrections file that does not hold: the message names the file, the entry and the field. */
export class CorrectionDataError extends Error {
  override name = 'CorrectionDataError';
}

/** Validates parsed JSON as the list of corrections, oldest first; `file` only names the culprit. */
export function parseCorrections(raw: unknown, file: string): Correction[] {
  if (!Array.isArray(raw)) throw new CorrectionDataError(`${file}: expected a JSON array of corrections`);
  const entries = raw.map((item: unknown, index) => {
    const result = correctionSchema.safeParse(item);
    if (result.success) return result.data;
    const problems = result.error.issues.map((issue) => issueText(issue, '(entry)'));
    throw new CorrectionDataError(`${file}: entry #${index + 1}, ${problems.join('; ')}`);
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
): Correction[] {
  const file = relative(cwd, path) || path;
  const raw = readJsonFile(path, file, (message) => new CorrectionDataError(message));
  return parseCorrections(raw, file);
}

export { lastModified } from './last-modified';
