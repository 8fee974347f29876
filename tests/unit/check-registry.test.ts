import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFigureSet } from '../../src/data/figures';
import { readFigures } from '../../src/data/load-figures';
import { registryProblems } from '../../src/widgets/check-registry';
import { WIDGETS } from '../../src/widgets/registry';
import type { WidgetEntry } from '../../src/widgets/types';

describe('the registry check the build runs', async () => {
  const figures = await readFigures(resolve('content/figures.json'));
  const set = toFigureSet(figures);
  const maas = WIDGETS.find((w) => w.id === 'maas-share')! as WidgetEntry;

  it('finds nothing wrong with the registry as it is', () => {
    expect(registryProblems(WIDGETS, set)).toEqual([]);
  });

  it('keeps headlines short: at most about 12 words', () => {
    for (const entry of WIDGETS) expect(entry.title.split(/\s+/).length, entry.title).toBeLessThanOrEqual(12);
  });

  it('names the file, the entry and the field of a duplicate id or an unknown figure', () => {
    const problems = registryProblems([maas, { ...maas, figures: ['no-such-record'] }], set);
    expect(problems).toContain(
      'src/widgets/registry.ts: entry "maas-share", field "id": the id is used by an earlier entry',
    );
    expect(problems).toContain(
      'src/widgets/registry.ts: entry "maas-share", field "figures": no record "no-such-record" in content/figures.json',
    );
  });

  it('refuses a headline number no claim binds', () => {
    const problems = registryProblems([{ ...maas, title: 'MaaS is 2% of the market', claims: [] }], set);
    expect(problems.join('\n')).toMatch(/field "title": "2" is a number no claim binds/);
  });

  it('refuses a headline claim the data no longer supports', () => {
    const doubled = toFigureSet(figures.map((f) => (f.id === 'maas-market' ? { ...f, value: 3e9 } : f)));
    const problems = registryProblems([maas], doubled);
    expect(problems.join('\n')).toMatch(
      /^src\/widgets\/registry\.ts \(entry "maas-share", field "title"\): .*"just over 1%" no longer holds/,
    );
  });
});
