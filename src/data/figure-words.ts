/**
 * A figure's number in the article's own words: its quote (a span of content/source/article.txt) read for
 * the number and the hedge in front of it. tests/unit/figure-words.test.ts holds every record's quote to
 * the article; the notes and the CSV print what is read here.
 */
import { HEDGE_WORDS } from './claims';
import { articleNumber, type Stated } from './figures';

export interface QuoteReading {
  /** Whether the quote states the figure's number as the data holds it. */
  states: boolean;
  /** The article's word for the hedge, as it stands before the number ("more than", "exceeded"), if any. */
  hedge: string | undefined;
}

/** Where `number` stands in `text` as a whole number (not inside "10,000" or "1.07"). */
function wholeAt(text: string, number: string): number {
  let at = text.indexOf(number);
  while (at >= 0) {
    const before = text.slice(0, at);
    const after = text.slice(at + number.length);
    if (!/[\d.,]$/.test(before) && !/^[.,]?\d/.test(after)) return at;
    at = text.indexOf(number, at + 1);
  }
  return -1;
}

/** What the figure's quote says of its number; a figure without a quote states nothing. */
export function readQuote(f: Stated): QuoteReading {
  if (!f.quote) return { states: false, hedge: undefined };
  const at = wholeAt(f.quote, articleNumber(f));
  if (at < 0) return { states: false, hedge: undefined };
  const before = f.quote.slice(0, at).trimEnd().toLowerCase();
  const words = Object.values(HEDGE_WORDS).flat();
  const hedge = words.filter((w) => before.endsWith(w)).sort((x, y) => y.length - x.length)[0];
  return { states: true, hedge };
}
