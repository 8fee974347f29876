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

/**
 * A parameter of the embed page's address that reaches a message it posts: absent, accepted in its strict
 * form, or refused (the page says so and posts nothing that carries it).
 */
export type AddressParam = { state: 'absent' } | { state: 'accepted'; value: string } | { state: 'refused' };

/**
 * The form a pym.js childId must have. pym.js's Parent puts the id of its container element in the frame's
 * address, so an element id as people write them: a letter, then up to 63 letters, digits, "-" or "_". No
 * space, "/", ":" or "." can then reach a message, and the delimiter is refused on its own (it is letters).
 */
export const PYM_CHILD_ID = /^[A-Za-z][\w-]{0,63}$/;

/**
 * The childId of the page's query string. Everything pym.js does with our messages keys on it, so it is
 * taken only when there is exactly one and it is an element id that cannot carry the delimiter: a crafted
 * `?childId=<the host's id>xPYMxnavigateToxPYMx<url> ` would otherwise make our height message read, to the
 * host's pym.js, as a navigateTo from our own origin.
 */
export function pymChildId(search: string): AddressParam {
  const values = new URLSearchParams(search).getAll('childId');
  if (values.length === 0) return { state: 'absent' };
  const value = values[0]!;
  if (values.length > 1 || !PYM_CHILD_ID.test(value) || value.includes(PYM_DELIMITER)) return { state: 'refused' };
  return { state: 'accepted', value };
}

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
  const param = wpSecretParam(hash);
  return param.state === 'accepted' ? param.value : null;
}

/**
 * The secret as an address parameter: absent unless the fragment starts as WordPress writes it, refused
 * unless it is 1 to 64 letters or digits (wp-embed.js only acts on those; it writes 10).
 */
export function wpSecretParam(hash: string): AddressParam {
  if (!hash.startsWith('#?secret=')) return { state: 'absent' };
  const match = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash);
  return match ? { state: 'accepted', value: match[1]! } : { state: 'refused' };
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
