import type { Figure } from '../../data/figure-schema';
import { figure, type FigureSet } from '../../data/figures';
import { formatQualified, formatValue } from '../../data/format';

/** One market of the growth view: its size and its year-on-year growth, both from the records. */
export interface GrowthRow {
  id: 'public-cloud' | 'ai-solution' | 'maas';
  label: string;
  size: Figure;
  growth: Figure;
}

/** The three markets in the article's order (the bars keep it: the ranking is said in words, `fastest`). */
export function growthRows(set: FigureSet): readonly GrowthRow[] {
  return [
    {
      id: 'public-cloud',
      label: 'Public cloud',
      size: figure(set, 'public-cloud-market'),
      growth: figure(set, 'public-cloud-growth'),
    },
    {
      id: 'ai-solution',
      label: 'AI large-model solutions',
      size: figure(set, 'ai-solution-market'),
      growth: figure(set, 'ai-solution-growth'),
    },
    { id: 'maas', label: 'MaaS', size: figure(set, 'maas-market'), growth: figure(set, 'maas-growth') },
  ];
}

/** The growth view as sentences, for its alternative text. */
export const growthSummary = (rows: readonly GrowthRow[]) =>
  rows
    .map(
      (r) =>
        `${r.label}: ${formatQualified(r.growth.value, r.growth.unit, r.growth.qualifier)} growth, size ${formatValue(r.size.value, r.size.unit)}`,
    )
    .join('. ');

/** Which market grew fastest, from the records: "MaaS grew fastest of the three". */
export function fastest(rows: readonly GrowthRow[]): string {
  const ranked = [...rows].sort((a, b) => b.growth.value - a.growth.value);
  return `${ranked[0]!.label} grew fastest of the ${ranked.length === 3 ? 'three' : ranked.length}`;
}
