/**
 * The reader's two numbers, each model's tokens for the one task: what each may be, how typed text and
 * link parameters become a value, and how the values go back into the address. Pure functions, no DOM.
 * (The first edition also took a price and tasks a day, numbers the article never gives; links that still
 * carry them, tpt-price and tpt-tasks, open the comparator with those parameters ignored.)
 */
import { figure, type FigureSet } from '../../data/figures';
import { formatNumber } from '../../data/format';

export const FIELD_IDS = ['tokensA', 'tokensB'] as const;
export type FieldId = (typeof FIELD_IDS)[number];
export type Values = Record<FieldId, number>;

export interface FieldSpec {
  id: FieldId;
  /** Query parameter, prefixed so it cannot clash with another widget's on the same page. */
  param: string;
  label: string;
  min: number;
  max: number;
}

export const FIELDS: readonly FieldSpec[] = [
  { id: 'tokensA', param: 'tpt-a', label: 'Model A, tokens per task', min: 1, max: 10_000_000 },
  { id: 'tokensB', param: 'tpt-b', label: 'Model B, tokens per task', min: 1, max: 10_000_000 },
];

export function fieldSpec(id: FieldId): FieldSpec {
  const spec = FIELDS.find((f) => f.id === id);
  if (!spec) throw new Error(`Unknown field "${id}"`);
  return spec;
}

/** The article's 10,000 and 1,000 tokens, from the records. */
export function defaultValues(set: FigureSet): Values {
  return {
    tokensA: figure(set, 'task-tokens-model-a').value,
    tokensB: figure(set, 'task-tokens-model-b').value,
  };
}

export type Parsed =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large'; message: string };

const DIGITS = /^\d+$/;
/** 10,000 or 10 000 (with a space, no-break space or narrow no-break space) as thousands separators. */
const GROUPED = /^\d{1,3}(?:[,\u0020\u00a0\u202f]\d{3})+$/;
const DECIMAL = /^\d[\d,]*\.\d+$/;
const NEGATIVE = /^[-\u2212]\s*\d/;
/** More digits than this cannot be below any maximum here, and keeps Number() exact. */
const MAX_DIGITS = 15;

/** Typed or linked text to a whole number within the field's bounds, or the reason it is refused. */
export function parseWholeNumber(raw: string, bounds: { min: number; max: number }): Parsed {
  const text = raw.trim();
  // Short enough to fit one line under a box at 320 px, where the space for it is reserved.
  const range = `${formatNumber(bounds.min)} to ${formatNumber(bounds.max)}`;
  const tooSmall = `Must be at least ${formatNumber(bounds.min)}.`;
  const tooLarge = `Must be at most ${formatNumber(bounds.max)}.`;
  if (text === '') return { ok: false, reason: 'empty', message: `Enter a number, ${range}.` };
  if (NEGATIVE.test(text)) return { ok: false, reason: 'too-small', message: tooSmall };
  if (DECIMAL.test(text)) return { ok: false, reason: 'not-whole', message: `No decimals: ${range}.` };
  if (!DIGITS.test(text) && !GROUPED.test(text)) {
    return { ok: false, reason: 'not-a-number', message: `Digits only: ${range}.` };
  }
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return { ok: false, reason: 'too-large', message: tooLarge };
  const value = Number(digits);
  if (value < bounds.min) return { ok: false, reason: 'too-small', message: tooSmall };
  if (value > bounds.max) return { ok: false, reason: 'too-large', message: tooLarge };
  return { ok: true, value };
}

export function parseField(id: FieldId, raw: string): Parsed {
  return parseWholeNumber(raw, fieldSpec(id));
}

export interface LinkState {
  values: Values;
  /** Fields whose link parameter was present but refused; their default is kept. */
  refused: FieldId[];
}

/** The values a shared link asks for, over the defaults; a bad parameter is refused, never used. */
export function readLink(search: string, defaults: Values): LinkState {
  const params = new URLSearchParams(search);
  const values = { ...defaults };
  const refused: FieldId[] = [];
  for (const spec of FIELDS) {
    const raw = params.get(spec.param);
    if (raw === null) continue;
    const parsed = parseWholeNumber(raw, spec);
    if (parsed.ok) values[spec.id] = parsed.value;
    else refused.push(spec.id);
  }
  return { values, refused };
}

/** The query string with this widget's parameters set to the values; other parameters are kept. */
export function writeLink(search: string, values: Values): string {
  const params = new URLSearchParams(search);
  for (const spec of FIELDS) params.set(spec.param, String(values[spec.id]));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The page's address with the values in its query, as an absolute URL. Built with URL rather than by
 * joining the path and the query: a path that starts with `//` (http://host//embed/…) would otherwise
 * read as a protocol-relative address on another host, which history.replaceState refuses.
 */
export function linkedAddress(href: string, values: Values): string {
  const url = new URL(href);
  url.search = writeLink(url.search, values);
  return url.href;
}

/** How long after the last valid keystroke the address is updated: a burst of typing writes it once. */
export const LINK_DELAY_MS = 300;

/**
 * How long the reader must pause before the result is announced to a screen reader (its live region): a
 * keystroke's result is not news while the reader is still typing, and nothing is announced at load.
 */
export const ANNOUNCE_DELAY_MS = 650;

/** A sentence naming the refused link values, without repeating what they were. */
export function refusedNotice(refused: readonly FieldId[], defaults: Values): string {
  if (refused.length === 0) return '';
  const parts = refused.map((id) => {
    const spec = fieldSpec(id);
    return `${spec.label.toLowerCase()} (kept at ${formatNumber(defaults[id])})`;
  });
  const plural = refused.length > 1;
  return `The link held ${plural ? 'values' : 'a value'} outside what this comparator accepts for ${parts.join(', ')}; ${plural ? 'they were' : 'it was'} ignored.`;
}
