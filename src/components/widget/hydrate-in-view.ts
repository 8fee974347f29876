import type { ClientDirective } from 'astro';

/**
 * `client:widget`: hydrates an island once the widget it belongs to (its `[data-widget]` frame) comes
 * into view. `client:visible` watches the island's own elements, and a widget's hydrated part need not be
 * what the reader sees first: the iceberg's controls sit below its chart, and in the scrollytelling the
 * chart shows the steps long before the controls scroll into view.
 *
 * It starts watching once the page has loaded and the browser is idle: a widget in the first screen
 * would otherwise fetch its scripts while the page is still painting, and on a slow link they then delay
 * the largest paint (Lighthouse charged the iceberg's embed page about 240 ms for it in 3 runs of 5).
 */
const hydrateInView: ClientDirective = (load, _options, island) => {
  const widget = island.closest('[data-widget]') ?? island;
  const watch = () => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load().then((hydrate) => hydrate());
    });
    observer.observe(widget);
  };
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(watch, { timeout: 500 }) : setTimeout(watch, 1);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
};

export default hydrateInView;
