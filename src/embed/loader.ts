/*
 * Auto-height for the "Tokens aren't everything" embeds: /embed.js, which the snippet pastes after our
 * iframes (built from this file by src/pages/embed.js.ts, the protocol's names and bounds bundled in from
 * protocol.ts). It sizes every iframe whose address is under the script's folder + "embed/" to the height
 * its page reports. A message counts only when it comes from the very frame it sizes, from our origin (or
 * the opaque 'null' origin of that frame when sandboxed), and holds a plain number in bounds; nothing from
 * a message is ever written into the page.
 */
import { HEIGHT_MESSAGE, MAX_HEIGHT, MEASURE_MESSAGE, MIN_HEIGHT } from './protocol';

type Rescan = () => void;

(function () {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script || !script.src || !window.URL || !window.WeakSet) return;
  const prefix = new URL('embed/', script.src).href;
  const origin = new URL(prefix).origin;
  const key = `__tokensEmbed ${prefix}`;
  const registry = window as unknown as Record<string, Rescan | undefined>;

  // The snippet may be pasted many times; the first copy to run does the work, later ones rescan.
  const running = registry[key];
  if (running) {
    running();
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

  const ours = (frame: HTMLIFrameElement) => typeof frame.src === 'string' && frame.src.indexOf(prefix) === 0;

  // '*': the request carries nothing, and a frame still at about:blank would make a named origin log an error.
  function request(frame: HTMLIFrameElement) {
    frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
  }

  function watch(frame: HTMLIFrameElement) {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.style.boxSizing = 'content-box';
    frame.addEventListener('load', () => request(frame));
    if (observer) observer.observe(frame);
    request(frame);
  }

  function scan() {
    const frames = document.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) if (ours(frames[i]!)) watch(frames[i]!);
  }

  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    // A sandboxed frame (sandbox="allow-scripts", as WordPress and other CMSs make them) has an opaque
    // origin, reported as 'null'. Such a message is taken only from the window of one of our iframes
    // (checked below), whose src is under our embed folder; a foreign frame cannot pass that test.
    if ((event.origin !== origin && event.origin !== 'null') || !data || typeof data !== 'object') return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== HEIGHT_MESSAGE) return;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    const frames = document.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]!;
      if (frame.contentWindow === event.source && ours(frame)) {
        watch(frame);
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });

  registry[key] = scan;
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
