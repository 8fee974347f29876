/**
 * The WordPress lane's results table (path × role × widget × width), for the closing note and the docs:
 * each test of tests/e2e/wordpress.spec.ts writes its rows to a file of its own (tests may run in parallel
 * workers), and the teardown joins them into test-results/wordpress-matrix.md and prints it. Every figure
 * is measured in the run; nothing here is typed in by hand.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MATRIX_DIR = 'test-results/wordpress-matrix';
export const MATRIX_FILE = 'test-results/wordpress-matrix.md';

export interface MatrixRow {
  path: string;
  role: string;
  widget: string;
  width: number;
  /** Frame height minus content height in px, on load and after the interaction; null without a frame. */
  fitOnLoad: number | null;
  fitAfter: number | null;
  interactive: boolean;
  credited: boolean;
  /** What the reader gets, when not a fitted frame: "capped at 1,000 px", "removed by WordPress". */
  note?: string;
}

export function writeRows(name: string, rows: MatrixRow[]) {
  mkdirSync(MATRIX_DIR, { recursive: true });
  writeFileSync(join(MATRIX_DIR, `${name}.json`), JSON.stringify(rows, null, 2));
}

const PATHS = ['url', 'embed-block', 'custom-html'];
const ROLES = ['admin', 'author'];
const px = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value}`);
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The markdown table of every row written in this run, in path, role, width, widget order (null if none). */
export function matrixMarkdown(widgetOrder: readonly string[]): string | null {
  if (!existsSync(MATRIX_DIR)) return null;
  const rows = readdirSync(MATRIX_DIR)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => JSON.parse(readFileSync(join(MATRIX_DIR, file), 'utf8')) as MatrixRow[]);
  if (rows.length === 0) return null;
  const rank = (r: MatrixRow) => [PATHS.indexOf(r.path), ROLES.indexOf(r.role), r.width, widgetOrder.indexOf(r.widget)];
  rows.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x.map((v, i) => v - y[i]!).find((d) => d !== 0) ?? 0;
  });
  const lines = [
    '| path | role | widget | width | frame − content, load (px) | after interaction (px) | interactive | credited | note |',
    '| --- | --- | --- | --: | --: | --: | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.path} | ${r.role} | ${r.widget} | ${r.width} | ${px(r.fitOnLoad)} | ${px(r.fitAfter)} | ${yesNo(r.interactive)} | ${yesNo(r.credited)} | ${r.note ?? ''} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export function writeMatrix(widgetOrder: readonly string[]): string | null {
  const table = matrixMarkdown(widgetOrder);
  if (table === null) return null;
  writeFileSync(
    MATRIX_FILE,
    `# WordPress lane: path × role × widget × width\n\nMeasured by tests/e2e/wordpress.spec.ts on ${new Date().toISOString()}.\n\n${table}`,
  );
  return table;
}
