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

/** One schema issue as the data errors write it: `field "value": …`, or the whole item's name when no field. */
export function issueText(
  issue: { path: readonly PropertyKey[]; code: string; message: string; keys?: readonly string[] },
  whole: string,
): string {
  const field =
    issue.path.length > 0
      ? issue.path.join('.')
      : issue.code === 'unrecognized_keys'
        ? (issue.keys ?? []).join(', ')
        : whole;
  return `field "${field}": ${issue.message}`;
}
