/**
 * Runs inside an embed page. Tells whatever framed us how tall the content is, in the three dialects a
 * host may speak: our loader (public/embed.js), pym.js v1's Parent, and AMP's amp-iframe. Heights are
 * not secret, so they are posted to any origin; only the parent's own requests are answered.
 */
import { HEIGHT_MESSAGE, MEASURE_MESSAGE, ampEmbedSize, pymMessage, pymWidth } from './embed-protocol';

/** The content's height: <html> is as tall as what it holds (unlike scrollHeight, which is never below the viewport). */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function startEmbedChild(): void {
  const parent = window.parent;
  if (parent === window) return;

  // pym.js's Parent appends ?childId=<container id> to the iframe URL and only listens for that id.
  const childId = new URLSearchParams(window.location.search).get('childId') || null;
  let lastPosted = -1;

  function post(force: boolean) {
    // A frame inside display:none or a zero-width container has no layout worth reporting; the
    // ResizeObserver below fires again once it is shown.
    if (document.documentElement.clientWidth === 0) return;
    const height = contentHeight();
    if (height <= 0 || (!force && height === lastPosted)) return;
    lastPosted = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    if (childId) parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
    parent.postMessage(ampEmbedSize(height), '*');
  }

  window.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const data: unknown = event.data;
    const isMeasure =
      typeof data === 'object' && data !== null && (data as { type?: unknown }).type === MEASURE_MESSAGE;
    if (isMeasure || (childId && pymWidth(data, childId) !== null)) post(true);
  });

  // Width changes, interaction (a <details> opening, a view switching) and late fonts all change the
  // size of <html>; one observer covers them.
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  document.fonts?.ready.then(() => post(true));
  window.addEventListener('load', () => post(true));
  post(true);
}
