import { readFileSync } from 'node:fs';

/**
 * A data file's JSON, or an error (made by `fail`, so each loader keeps its own error class) that names
 * the file and says whether it could not be read or is not JSON: the first line of a failed build.
 */
export function readJsonFile(path: string, file: string, fail: (message: string) => Error): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fail(`${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail(`${file}: is not valid JSON (${(error as Error).message})`);
  }
}
