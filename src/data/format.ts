/**
 * Every number the site shows goes through this module, so a figure reads the same in the prose,
 * the charts, the data tables, the CSV files and the static images.
 */
import type { Qualifier, Unit } from './figure-schema';
import { formatDecimal } from './decimal-text';
import { roundingHedge } from './hedges';

export type DisplayUnit = Unit | 'times';

const SCALES = [
  { threshold: 1e12, divisor: 1e12, word: 'trillion' },
  { threshold: 1e9, divisor: 1e9, word: 'billion' },
  { threshold: 1e6, divisor: 1e6, word: 'million' },
] as const;

const UNIT_WORDS: Record<'yuan' | 'users' | 'downloads' | 'tokens', string> = {
  yuan: 'yuan',
  users: 'users',
  downloads: 'downloads',
  tokens: 'tokens',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  nearly: 'nearly',
  over: 'over',
  'as-high-as': 'as high as',
  'just-over': 'just over',
  under: 'less than',
};

export interface FormatOptions {
  /** Fraction digits for percentages and scaled amounts; defaults keep every digit the data holds (up to 3). */
  digits?: number;
  /** Leave out the unit word ("120.669 billion" instead of "120.669 billion yuan"). */
  bare?: boolean;
  /** A change without its plus sign, for prose that says "an increase of 421.2%" (default: signed). */
  unsigned?: boolean;
  /** A ratio in words, "100 times", for running text; "100×" otherwise. */
  words?: boolean;
}

/** A plain number with thousands separators: 10000 -> "10,000". Non-finite values render as an em dash. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  return formatDecimal(value, digits);
}

/** 120669000000 -> "120.669 billion"; 10000 -> "10,000". */
export function formatScaled(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  const scale = SCALES.find((s) => Math.abs(value) >= s.threshold);
  if (!scale) return formatNumber(value, digits);
  return `${formatDecimal(value / scale.divisor, digits)} ${scale.word}`;
}

/** Formats a value in its unit: "120.669 billion yuan", "1.07%", "+421.2%", "10×", "10,000 tokens". */
export function formatValue(value: number, unit: DisplayUnit, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return `${formatDecimal(value, options.digits ?? 2)}%`;
    case 'percent-change':
      return `${formatDecimal(value, options.digits ?? 1, options.unsigned ? 'auto' : 'exceptZero')}%`;
    case 'times':
      return `${formatDecimal(value, options.digits ?? 1)}${options.words ? ' times' : '×'}`;
    default: {
      const number = formatScaled(value, options.digits ?? 3);
      return options.bare ? number : `${number} ${UNIT_WORDS[unit]}`;
    }
  }
}

/** The fraction digits a value shows in its unit (formatValue's defaults for the computed units). */
function shownDigits(unit: DisplayUnit): number {
  if (unit === 'percent') return 2;
  if (unit === 'percent-change' || unit === 'times') return 1;
  return 3;
}

/**
 * A computed value rounded as the page shows it: 1.0690401… -> 1.07 for a percentage, 100 for a ratio.
 * Amounts (yuan, users …) are shown scaled ("120.669 billion") and are rounded on that scale.
 */
export function roundedAsShown(value: number, unit: DisplayUnit): number {
  if (!Number.isFinite(value)) return value;
  const scale =
    unit === 'percent' || unit === 'percent-change' || unit === 'times'
      ? undefined
      : SCALES.find((s) => Math.abs(value) >= s.threshold);
  const divisor = scale?.divisor ?? 1;
  return Number(formatDecimal(value / divisor, shownDigits(unit), 'auto').replaceAll(',', '')) * divisor;
}

/** The article's hedge in words: "over", "nearly", or nothing for an exact figure. */
export function qualifierWord(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** A value with its hedge: "over 800 million downloads", "nearly +20%". */
export function formatQualified(
  value: number,
  unit: DisplayUnit,
  qualifier: Qualifier,
  options: FormatOptions = {},
): string {
  const word = qualifierWord(qualifier);
  const text = formatValue(value, unit, options);
  return word ? `${word} ${text}` : text;
}

/** `value` to `significant` significant digits: 6.033e9 -> 6e9. */
export function roundSignificant(value: number, significant = 1): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - significant + 1);
  return Math.round(value / step) * step;
}

/**
 * A computed amount rounded for a label, with the hedge the rounding leaves it (src/data/hedges.ts):
 * 6.033 billion yuan, exact, reads "about 6 billion yuan".
 */
export function formatRounded(value: number, unit: DisplayUnit, qualifier: Qualifier, significant = 1): string {
  const rounded = roundSignificant(value, significant);
  return formatQualified(rounded, unit, roundingHedge(qualifier, value, rounded));
}

/** Compact axis labels: 1e6 -> "1M", 1.2e11 -> "120B". */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatNumber(value / 1e9, 1)}B`;
  if (abs >= 1e6) return `${formatNumber(value / 1e6, 1)}M`;
  if (abs >= 1e3) return `${formatNumber(value / 1e3, 1)}K`;
  return formatNumber(value, 1);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2000-09-20" -> "20 September 2000": a day as the desk's notes write it. */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Not a day: "${iso}" (expected YYYY-MM-DD)`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}
