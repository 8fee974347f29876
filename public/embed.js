/*
 * Auto-height for the "Tokens aren't everything" embeds. Paste it after our iframes (the snippet does).
 * It sizes every iframe whose address is under this file's folder + "embed/" to the height its page reports.
 * A message counts only when it comes from the very frame it sizes, from our origin (or the opaque 'null'
 * origin of that frame when sandboxed), and holds a plain number in bounds; nothing from a message is ever written into the page. Protocol: src/embed/protocol.ts.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.URL || !window.WeakSet) return;
  var prefix = new URL('embed/', script.src).href;
  var origin = new URL(prefix).origin;
  var key = '__tokensEmbed ' + prefix;

  // The snippet may be pasted many times; the first copy to run does the work, later ones rescan.
  if (window[key]) {
    window[key]();
    return;
  }

  var watched = new WeakSet();
  var widths = new WeakMap();
  var observer =
    window.ResizeObserver &&
    new ResizeObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        var frame = entries[i].target;
        var width = Math.round(entries[i].contentRect.width);
        // Shown again after display:none, or a new column width: the content's height has changed.
        if (width > 0 && width !== widths.get(frame)) request(frame);
        widths.set(frame, width);
      }
    });

  function ours(frame) {
    return typeof frame.src === 'string' && frame.src.indexOf(prefix) === 0;
  }

  // '*': the request carries nothing, and a frame still at about:blank would make a named origin log an error.
  function request(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'tokens-embed:measure' }, '*');
  }

  function watch(frame) {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.style.boxSizing = 'content-box';
    frame.addEventListener('load', function () {
      request(frame);
    });
    if (observer) observer.observe(frame);
    request(frame);
  }

  function scan() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (ours(frames[i])) watch(frames[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    // A sandboxed frame (sandbox="allow-scripts", as WordPress and other CMSs make them) has an opaque
    // origin, reported as 'null'. Such a message is taken only from the window of one of our iframes
    // (checked below), whose src is under our embed folder; a foreign frame cannot pass that test.
    if ((event.origin !== origin && event.origin !== 'null') || !data || typeof data !== 'object') return;
    if (data.type !== 'tokens-embed:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i])) {
        watch(frames[i]);
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  window[key] = scan;
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
