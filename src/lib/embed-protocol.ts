/**
 * The messages between an embed page (the child, in the iframe) and public/embed.js (the loader, on the
 * host page). public/embed.js is a hand-written file served as is, so it repeats these literals;
 * tests/unit/embed-protocol.test.ts keeps the two in step.
 */

/** Child -> loader: { type: HEIGHT_MESSAGE, height: <CSS px> }. */
export const HEIGHT_MESSAGE = 'tokens-embed:height';
/** Loader -> child: { type: MEASURE_MESSAGE }; the child answers with its height. */
export const MEASURE_MESSAGE = 'tokens-embed:measure';
/** Heights outside these bounds are not a widget; the loader ignores them. */
export const MIN_HEIGHT = 1;
export const MAX_HEIGHT = 20000;

/** pym.js v1 joins its message parts with this delimiter: pymxPYMx<id>xPYMx<type>xPYMx<payload>. */
export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(PYM_DELIMITER);
}

/** The `width` message a pym.js Parent sends to the child it knows as childId, or null. */
export function pymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== 'string') return null;
  const prefix = pymMessage(childId, 'width', '');
  if (!data.startsWith(prefix)) return null;
  const payload = data.slice(prefix.length);
  return /^\d{1,5}$/.test(payload) ? Number(payload) : null;
}

/** AMP's amp-iframe resizes an iframe that posts this (when the amp-iframe is `resizable`). */
export function ampEmbedSize(height: number) {
  return { sentinel: 'amp', type: 'embed-size', height } as const;
}
