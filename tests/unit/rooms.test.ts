/**
 * The house's floors: a room imports only from rooms below it (or from itself), so the ground can be
 * read and tested without what stands on it. On the model of Starlight's no-internal-barrel-imports
 * test, it reads every import of every source file; `farm-studio look` draws the same arrows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** From the ground up; a room is a folder of src/ (the first that contains the file wins). */
const FLOORS: readonly (readonly string[])[] = [
  ['src/lib'], // general helpers: URLs, CSV, JSON-LD, page titles
  ['src/data'], // the records, their schema, number text, derived figures, claims
  ['src/widgets/kit'], // the widget kit: bands, type, text, axes, components
  ['src/widgets'], // the widgets and their registry
  ['src/images', 'src/embed'], // the static images; the embed kit (snippet, links, oEmbed, page script)
  ['src/components', 'src/layouts', 'src/content.config.ts'],
  ['src/pages'],
];

function roomOf(path: string): { room: string; floor: number } | null {
  let best: { room: string; floor: number } | null = null;
  FLOORS.forEach((rooms, floor) => {
    for (const room of rooms) {
      if ((path === room || path.startsWith(`${room}/`)) && (!best || room.length > best.room.length)) {
        best = { room, floor };
      }
    }
  });
  return best;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|svelte)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import of the source tree that climbs to a higher floor. */
function climbingImports(files: readonly string[], read = (file: string) => readFileSync(file, 'utf8')): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = roomOf(file);
    if (!from) continue;
    for (const [, spec] of read(file).matchAll(IMPORT)) {
      const target = relative('.', normalize(join(dirname(file), spec!)));
      const to = roomOf(target);
      if (to && to.floor > from.floor) found.push(`${file} (${from.room}) imports ${target} (${to.room}, higher)`);
    }
  }
  return found;
}

describe('rooms', () => {
  const files = sourceFiles('src');

  it('every source file stands in a room of a floor', () => {
    expect(files.filter((file) => !roomOf(file))).toEqual([]);
  });

  it('no room imports from a room above it', () => {
    expect(climbingImports(files)).toEqual([]);
  });

  it('sees an import that climbs, and only that', () => {
    expect(roomOf('src/widgets/kit/text.ts')?.room).toBe('src/widgets/kit');
    const source = `import { WIDGETS } from '../widgets/registry';\nimport { toCsv } from './csv';`;
    expect(climbingImports(['src/lib/example.ts'], () => source)).toEqual([
      'src/lib/example.ts (src/lib) imports src/widgets/registry (src/widgets, higher)',
    ]);
    expect(climbingImports(['src/pages/example.ts'], () => source)).toEqual([]);
  });
});
