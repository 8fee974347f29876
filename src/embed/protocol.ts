/**
 * The messages between an embed page (the child, in the iframe) and whatever frames it: our loader
 * (/embed.js, built from loader.ts with these very constants), pym.js v1's Parent, AMP's amp-iframe and
 * WordPress's wp-embed.js. Both sides import their names from here.
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

/*
 * WordPress (wp-embed.js, since 4.4). For an oEmbed provider it does not trust, WordPress puts the iframe in
 * `sandbox="allow-scripts"`, appends `#?secret=<10 letters or digits>` to its src and marks it with the same
 * data-secret. wp-embed.js then acts on messages { message, value, secret } from that very frame:
 * "height" sets the iframe's height attribute (clamped to 200-1000 px), "link" sends the top page to a URL
 * on the frame's host (only while the frame has focus, i.e. after a click in it). It posts
 * { message: 'ready', secret } to the frame when it starts, in case the frame spoke before it listened.
 */

/** WordPress clamps a frame's height to this range. */
export const WP_MIN_HEIGHT = 200;
export const WP_MAX_HEIGHT = 1000;

/** The secret WordPress put in the frame's address, or null when the page is not a WordPress embed. */
export function wpSecret(hash: string): string | null {
  // wp-embed.js only acts on secrets of letters and digits, so nothing else is taken.
  const match = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash);
  return match ? match[1]! : null;
}

export function wpMessage(message: 'height' | 'link', value: number | string, secret: string) {
  return { message, value, secret } as const;
}

/** True for wp-embed.js's { message: 'ready', secret } meant for this frame. */
export function isWpReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: theirs } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && theirs === secret;
}
