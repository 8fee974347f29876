/*
 * Auto-height for the "Tokens aren't everything" embeds: /embed.js, which the snippet pastes after our
 * iframes (built from this file by src/pages/embed.js.ts, the protocol's names and bounds bundled in from
 * protocol.ts). It sizes every iframe whose address is under the script's folder + "embed/" to the height
 * its page reports. A message counts only when it comes from the very frame it sizes, from our origin (or
 * the opaque 'null' origin of that frame when sandboxed), and holds a plain number in bounds; nothing from
 * a message is ever written into the page.
 *
 * The host page is not ours, and its markup alone can shadow what a script looks up by name: `document`'s
 * named properties (an <img name="currentScript">, a <form name="getElementsByTagName">) win over its
 * built-in properties, and an element's id becomes a property of `window` wherever nothing else has that
 * name. So the loader takes what it needs from the prototypes once, at start (the genuine currentScript,
 * the genuine methods), keeps its registry under a Symbol that no id can spell, and sizes only frames
 * whose attributes it has checked: an address under our embed folder and no srcdoc (a frame with srcdoc
 * shows that markup, whatever its src says).
 */
import { HEIGHT_MESSAGE, MAX_HEIGHT, MEASURE_MESSAGE, MIN_HEIGHT } from './protocol';

type Rescan = () => void;

(function () {
  const doc = document; // window.document is unforgeable: no markup can replace it.
  const docProto = Document.prototype;
  const elementProto = Element.prototype;
  const listen = EventTarget.prototype.addEventListener;
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get;
  const script: unknown = getter(docProto, 'currentScript')?.call(doc);
  if (!(script instanceof HTMLScriptElement) || !script.src || !window.URL || !window.WeakSet) return;
  const prefix = new URL('embed/', script.src).href;
  const origin = new URL(prefix).origin;
  const byTag = docProto.getElementsByTagName;
  const readyState = getter(docProto, 'readyState');
  const hasAttribute = elementProto.hasAttribute;
  const getAttribute = elementProto.getAttribute;
  const baseURI = getter(Node.prototype, 'baseURI');

  // The snippet may be pasted many times; the first copy to run does the work, later ones rescan.
  const key = Symbol.for(`tokens-embed ${prefix}`);
  const registry = window as unknown as Record<symbol, unknown>;
  const running = registry[key];
  if (typeof running === 'function') {
    (running as Rescan)();
    return;
  }

  const watched = new WeakSet<HTMLIFrameElement>();
  const widths = new WeakMap<Element, number>();
  const observer =
    window.ResizeObserver &&
    new ResizeObserver((entries) => {
      for (const entry of entries) {
        const frame = entry.target as HTMLIFrameElement;
        const width = Math.round(entry.contentRect.width);
        // Shown again after display:none, or a new column width: the content's height has changed.
        if (width > 0 && width !== widths.get(frame)) request(frame);
        widths.set(frame, width);
      }
    });

  /** One of ours, by the attributes themselves: a src under our embed folder, and no srcdoc. */
  function ours(frame: HTMLIFrameElement): boolean {
    if (hasAttribute.call(frame, 'srcdoc')) return false;
    const src = getAttribute.call(frame, 'src');
    if (!src) return false;
    try {
      return new URL(src, baseURI?.call(frame) ?? undefined).href.indexOf(prefix) === 0;
    } catch {
      return false;
    }
  }

  function frames(): HTMLIFrameElement[] {
    const found = byTag.call(doc, 'iframe');
    const list: HTMLIFrameElement[] = [];
    for (let i = 0; i < found.length; i++) {
      const frame = found[i];
      if (frame instanceof HTMLIFrameElement && ours(frame)) list.push(frame);
    }
    return list;
  }

  // '*': the request carries nothing, and a frame still at about:blank would make a named origin log an error.
  function request(frame: HTMLIFrameElement) {
    frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
  }

  function watch(frame: HTMLIFrameElement) {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.style.boxSizing = 'content-box';
    listen.call(frame, 'load', () => request(frame));
    if (observer) observer.observe(frame);
    request(frame);
  }

  function scan() {
    for (const frame of frames()) watch(frame);
  }

  listen.call(window, 'message', (event: Event) => {
    const { data, origin: from, source } = event as MessageEvent;
    // A sandboxed frame (sandbox="allow-scripts", as WordPress and other CMSs make them) has an opaque
    // origin, reported as 'null'. Such a message is taken only from the window of one of our iframes
    // (checked below), whose src is under our embed folder; a foreign frame cannot pass that test.
    if ((from !== origin && from !== 'null') || !data || typeof data !== 'object') return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== HEIGHT_MESSAGE) return;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    for (const frame of frames()) {
      if (frame.contentWindow === source) {
        watch(frame);
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });

  registry[key] = scan;
  scan();
  if (readyState?.call(doc) === 'loading') listen.call(doc, 'DOMContentLoaded', scan);
})();
