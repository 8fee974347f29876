/**
 * .github/workflows/deploy.yml: least privilege per job and every action pinned to a commit. Read as text
 * by indentation (the file is plain block YAML), so the test needs no YAML library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = readFileSync('.github/workflows/deploy.yml', 'utf8');

/** The lines of each job, by its name (two spaces in under `jobs:`). */
function jobs(text: string): Map<string, string[]> {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === 'jobs:');
  const found = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines.slice(start + 1)) {
    const name = /^ {2}([\w-]+):\s*$/.exec(line)?.[1];
    if (name) found.set(name, (current = []));
    else if (/^\S/.test(line)) break;
    else current?.push(line);
  }
  return found;
}

/** A job's `permissions:` as "scope: level" strings. */
function permissionsOf(job: string[]): string[] {
  const at = job.findIndex((line) => /^ {4}permissions:/.test(line));
  if (at < 0) return ['(none stated)'];
  const inline = /permissions:\s*(\{\s*\})?\s*$/.exec(job[at]!)?.[1];
  if (inline) return [];
  const out: string[] = [];
  for (const line of job.slice(at + 1)) {
    const entry = /^ {6}([\w-]+):\s*(\w+)/.exec(line);
    if (!entry) break;
    out.push(`${entry[1]}: ${entry[2]}`);
  }
  return out;
}

describe('.github/workflows/deploy.yml', () => {
  const all = jobs(workflow);

  it('grants nothing by default', () => {
    expect(workflow).toMatch(/^permissions: \{\}$/m);
    expect(all.size).toBeGreaterThanOrEqual(2);
  });

  it('lets the job that runs npm (install scripts, the build) only read the repository', () => {
    const runsNpm = [...all].filter(([, job]) => job.some((line) => /\bnpm (ci|install|run)\b/.test(line)));
    expect(runsNpm.map(([name]) => name)).toEqual(['build']);
    for (const [name, job] of runsNpm) expect(permissionsOf(job), name).toEqual(['contents: read']);
    // The checkout token stays out of .git/config there.
    expect(all.get('build')!.join('\n')).toMatch(/persist-credentials: false/);
  });

  it('gives pages: write and id-token: write to the deploy job only, which runs no project code', () => {
    for (const [name, job] of all) {
      const granted = permissionsOf(job);
      const writes = granted.filter((p) => /pages: write|id-token: write/.test(p));
      if (name === 'deploy') {
        expect(granted.sort()).toEqual(['id-token: write', 'pages: write']);
        expect(
          job.some((line) => /^\s+(- )?run:/.test(line)),
          'deploy runs no shell step',
        ).toBe(false);
      } else {
        expect(writes, name).toEqual([]);
      }
    }
  });

  it('pins every action to a full commit, with its release tag beside it', () => {
    const uses = [...workflow.matchAll(/^\s*(?:- )?uses:\s*(.+)$/gm)].map((match) => match[1]!.trim());
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const use of uses) expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});
