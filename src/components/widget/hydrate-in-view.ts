import type { ClientDirective } from 'astro';

/**
 * `client:widget`: hydrates an island once the widget it belongs to (its `[data-widget]` frame) comes
 * into view. `client:visible` watches the island's own elements, and a widget's hydrated part need not be
 * what the reader sees first: the iceberg's controls sit below its chart, and in the scrollytelling the
 * chart shows the steps long before the controls scroll into view.
 */
const hydrateInView: ClientDirective = (load, _options, island) => {
  const widget = island.closest('[data-widget]') ?? island;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void load().then((hydrate) => hydrate());
  });
  observer.observe(widget);
};

export default hydrateInView;
