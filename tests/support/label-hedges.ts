import { HEDGE_WORDS } from '../../src/data/claims';
import { derived, type FigureSet } from '../../src/data/figures';
import type { Qualifier } from '../../src/data/figure-schema';
import { formatValue } from '../../src/data/format';

/** A number the labels must never state without one of its hedges. */
export interface HedgedNumber {
  id: string;
  /** As the charts write it: "1 million", "800 million", "+20%", "100×". */
  number: string;
  hedges: readonly string[];
}

const COUNTS = new Set(['yuan', 'users', 'downloads', 'tokens']);
const words = (qualifiers: Iterable<Qualifier>) => [...new Set([...qualifiers].flatMap((q) => HEDGE_WORDS[q]))];

/**
 * Each hedged record of the set ("about 1 million", "over 100 million") and each hedged derived figure (the
 * forecast's miss is "about 100×": its inputs are "over" and "about", src/data/hedges.ts), as numbers.
 */
export function hedgedNumbers(set: FigureSet, derivedIds: readonly string[]): HedgedNumber[] {
  const found: HedgedNumber[] = [];
  for (const f of Object.values(set)) {
    if (f.qualifier === 'exact') continue;
    const number = formatValue(f.value, f.unit, { bare: COUNTS.has(f.unit) });
    found.push({ id: f.id, number, hedges: words([f.qualifier]) });
  }
  for (const id of derivedIds) {
    const d = derived(set, id);
    if (d.qualifier !== 'exact') found.push({ id, number: formatValue(d.value, d.unit), hedges: words([d.qualifier]) });
  }
  return found;
}

/** Every place a label states one of the numbers without a hedge that fits it just before. */
export function unhedged(labels: readonly string[], numbers: readonly HedgedNumber[]): string[] {
  const problems: string[] = [];
  for (const label of labels) {
    for (const { id, number, hedges } of numbers) {
      let at = label.indexOf(number);
      while (at >= 0) {
        const before = label.slice(0, at);
        const after = label.slice(at + number.length);
        // "10 million" holds "0 million" and "1.29" holds "1.2": only whole numbers count.
        const whole = !/[\d.,]$/.test(before) && !/^[\d.,]\d/.test(after) && !/^\d/.test(after);
        const lead = before.toLowerCase().trimEnd();
        // "The first 100 million users, magnified 10×" names a stretch of an axis, not the record.
        const hedged = hedges.some((h) => lead.endsWith(h)) || /\bfirst$/.test(lead);
        if (whole && !hedged) problems.push(`“${label}” states ${number} (${id}) without ${hedges.join(' / ')}`);
        at = label.indexOf(number, at + number.length);
      }
    }
  }
  return problems;
}

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

/** The words of a rendered chart a reader sees or hears: its texts, title and description, no tick labels. */
export function chartLabels(svg: string): string[] {
  const labels: string[] = [];
  for (const m of svg.matchAll(/<(text|title|desc)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (/\bdata-tick\b/.test(m[2] ?? '')) continue;
    const text = decode(m[3] ?? '');
    if (text) labels.push(text);
  }
  return labels;
}
