/**
 * en-US number text without Intl. The first `Intl.NumberFormat` a page builds costs Chromium 45–65 ms of
 * main thread (it sets up ICU), which was most of an embed page's hydration. The rules we need — comma
 * groups, at most n fraction digits, half away from zero — are few, and a unit test holds this output
 * equal to Intl's for every option the site uses.
 */

export type SignDisplay = 'auto' | 'exceptZero';

/**
 * round(|value| × 10^fractionDigits) as a decimal digit string. Rounds the shortest decimal that reads
 * back as `value`, as ICU does, so 1.005 to two places is 1.01 (toFixed says 1.00).
 */
function scaledDigits(abs: number, fractionDigits: number): string {
  // "1.005e+0": every digit the shortest round-trip decimal needs, and where the point goes.
  const exponential = abs.toExponential();
  const at = exponential.indexOf('e');
  const digits = exponential.slice(0, at).replace('.', '');
  // How many of the digits sit at or above the last place shown.
  const kept = Number(exponential.slice(at + 1)) + 1 + fractionDigits;
  if (kept < 0) return '0';
  if (kept === 0) return (digits[0] ?? '0') >= '5' ? '1' : '0';
  const head = digits.slice(0, kept).padEnd(kept, '0');
  // Any number of digits can carry (999.9996 -> 1000), past what a double holds exactly.
  return (digits[kept] ?? '0') >= '5' ? String(BigInt(head) + 1n) : head;
}

function grouped(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Like `new Intl.NumberFormat('en-US', { maximumFractionDigits, signDisplay }).format(value)`. */
export function formatDecimal(value: number, maximumFractionDigits: number, signDisplay: SignDisplay = 'auto'): string {
  if (Number.isNaN(value)) return 'NaN';
  const negative = value < 0 || Object.is(value, -0);
  let body: string;
  let zero: boolean;
  if (!Number.isFinite(value)) {
    body = '∞';
    zero = false;
  } else {
    const scaled = scaledDigits(Math.abs(value), maximumFractionDigits).padStart(maximumFractionDigits + 1, '0');
    const integer = scaled.slice(0, scaled.length - maximumFractionDigits);
    const fraction = scaled.slice(scaled.length - maximumFractionDigits).replace(/0+$/, '');
    zero = /^0+$/.test(scaled);
    body = fraction ? `${grouped(integer)}.${fraction}` : grouped(integer);
  }
  if (signDisplay === 'exceptZero') return zero ? body : `${negative ? '-' : '+'}${body}`;
  return negative ? `-${body}` : body;
}
