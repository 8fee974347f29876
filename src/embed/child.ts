/**
 * Runs inside an embed page. Tells whatever framed us how tall the content is, in the dialects a host may
 * speak: our loader (/embed.js, src/embed/loader.ts), pym.js v1's Parent, AMP's amp-iframe and WordPress's wp-embed.js.
 * Heights are not secret, so they are posted to any origin; only the parent's own requests are answered.
 */
import {
  HEIGHT_MESSAGE,
  MEASURE_MESSAGE,
  ampEmbedSize,
  isWpReady,
  pymChildId,
  pymMessage,
  pymWidth,
  wpMessage,
  wpSecretParam,
  type AddressParam,
} from './protocol';

/**
 * On <html> while the page is framed and its host is sizing the frame: the page shows no scrollbar of its
 * own (embed page CSS: overflow hidden). Without it, a classic scrollbar (Windows, "always show
 * scrollbars") appears while the frame is still short, takes 15 px of width, the text rewraps taller and
 * the page reports a height measured at the narrower width, which can leave a scrollbar behind.
 */
export const FITTED_CLASS = 'embed-fitted';

/**
 * On <html>, the names of the address's parameters the page refused (space-separated: "childId",
 * "secret"): the embed page's CSS then shows its note for each. Only these fixed names are written, never
 * a value from the address.
 */
export const REFUSED_ATTRIBUTE = 'data-embed-refused';

/** How long a host has to make the frame as tall as we asked before the page lets readers scroll it. */
const HOST_GRACE_MS = 2000;

/** The content's height: <html> is as tall as what it holds (unlike scrollHeight, which is never below the viewport). */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function startEmbedChild(): void {
  const parent = window.parent;
  if (parent === window) return;
  const root = document.documentElement;

  // pym.js's Parent appends ?childId=<container id> to the iframe URL and only listens for that id.
  // WordPress appends #?secret=<secret> to the iframe URL and only listens for that secret. Both go into
  // messages, so each is taken only in its strict form (protocol.ts); otherwise the page says so, and
  // sends nothing that would carry it.
  const params: Record<'childId' | 'secret', AddressParam> = {
    childId: pymChildId(window.location.search),
    secret: wpSecretParam(window.location.hash),
  };
  const accepted = (param: AddressParam) => (param.state === 'accepted' ? param.value : null);
  const childId = accepted(params.childId);
  const secret = accepted(params.secret);
  const refused = (Object.keys(params) as (keyof typeof params)[]).filter((name) => params[name].state === 'refused');
  if (refused.length > 0) root.setAttribute(REFUSED_ATTRIBUTE, refused.join(' '));
  let lastPosted = -1;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  /*
   * Hidden overflow is only right while someone sizes the frame. A host without a loader (scripts stripped),
   * or WordPress above its 1,000 px cap, leaves the frame shorter than the content: then readers must be able
   * to scroll, so the page gives its scrollbar back, and takes it away again once the frame fits.
   */
  function checkFit() {
    const fits = window.innerHeight >= contentHeight() - 1;
    if (fits) root.classList.add(FITTED_CLASS);
    else root.classList.remove(FITTED_CLASS);
  }

  function post(force: boolean) {
    // A frame inside display:none or a zero-width container has no layout worth reporting; the
    // ResizeObserver below fires again once it is shown.
    if (root.clientWidth === 0) return;
    const height = contentHeight();
    if (height <= 0 || (!force && height === lastPosted)) return;
    lastPosted = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    if (childId) parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
    parent.postMessage(ampEmbedSize(height), '*');
    if (secret) parent.postMessage(wpMessage('height', height, secret), '*');
    clearTimeout(graceTimer);
    graceTimer = setTimeout(checkFit, HOST_GRACE_MS);
  }

  root.classList.add(FITTED_CLASS);

  window.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const data: unknown = event.data;
    const isMeasure =
      typeof data === 'object' && data !== null && (data as { type?: unknown }).type === MEASURE_MESSAGE;
    if (isMeasure || (childId && pymWidth(data, childId) !== null) || (secret && isWpReady(data, secret))) {
      post(true);
    }
  });

  window.addEventListener('resize', () => {
    // The host resized the frame: if it now fits, the scrollbar goes at once (no waiting for the timer).
    if (window.innerHeight >= contentHeight() - 1) root.classList.add(FITTED_CLASS);
  });

  if (secret) {
    /*
     * WordPress's sandbox allows no popups and no top navigation, so a link in the frame does nothing by
     * itself. wp-embed.js follows a "link" message to a URL on the frame's own host, in the top page, so
     * our links to the story (and to the data and image files) go through it.
     */
    document.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.host !== window.location.host) return;
      event.preventDefault();
      parent.postMessage(wpMessage('link', link.href, secret), '*');
    });
  }

  // Width changes, interaction (a <details> opening, a view switching) and late fonts all change the
  // size of <html>; one observer covers them.
  new ResizeObserver(() => post(false)).observe(root);
  document.fonts?.ready.then(() => post(true));
  window.addEventListener('load', () => post(true));
  post(true);
}
