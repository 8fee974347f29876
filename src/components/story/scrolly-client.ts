import { SCROLLY_MEDIA, activeStep, pinFits } from './scrolly-steps';

/** What a graphic inside a scrollytelling block listens for on the block's root. */
export interface ScrollyStepDetail {
  /** The step's name (e.g. a layer id), or null when no step is active. */
  step: string | null;
}

export const SCROLLY_EVENT = 'scrolly:step';

/**
 * Watches the steps of one block and tells its graphic which is active: `data-active-step` on the
 * root (for a graphic that hydrates later) and a `scrolly:step` event (for one already listening).
 * Scroll positions are read only while the block is on screen (an IntersectionObserver switches a
 * passive listener on and off), at most once a frame; a jump that carries a step past the reading line
 * in one go is caught as well. The page scrolls as it always does.
 *
 * Where the chart would be pinned over the cards (phones, short windows), the block first checks that
 * the chart leaves room to read under it (pinFits); where it does not, the block is a plain stack
 * (`data-scrolly-unpinned`), the steps drive nothing and the graphic is the reader's, as without
 * JavaScript. Checked again when the window changes size (zoom, a phone turned).
 */
export function connectScrolly(root: HTMLElement): () => void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const pin = root.querySelector<HTMLElement>('[data-scrolly-pin]');
  const media = window.matchMedia(SCROLLY_MEDIA);
  let current: number | null | undefined;

  const show = (index: number | null) => {
    if (index === current) return;
    current = index;
    steps.forEach((step, i) => step.toggleAttribute('data-active', i === index));
    const step = index === null ? null : (steps[index]?.dataset['step'] ?? null);
    root.dataset['activeStep'] = step ?? '';
    root.dispatchEvent(new CustomEvent<ScrollyStepDetail>(SCROLLY_EVENT, { detail: { step } }));
  };

  /**
   * Pinned or a plain stack; true while the steps drive the graphic. Where the whole pin (a chart and its
   * panel) would take too much of the window, its core (the chart, `data-scrolly-pin-core`) is pinned
   * alone and the rest waits after the last card (`data-scrolly-core-only`); where even the core would,
   * the block is a plain stack.
   */
  let arrangedFor = '';
  let pinned = false;
  const arrange = (): boolean => {
    // Decided again only when the window changes size: pinning the core alone changes the pin's own layout.
    const size = `${window.innerWidth}x${window.innerHeight}`;
    if (size === arrangedFor) return pinned;
    arrangedFor = size;
    root.removeAttribute('data-scrolly-core-only');
    const whole = pin?.getBoundingClientRect().height ?? 0;
    const core = pin?.querySelector<HTMLElement>('[data-scrolly-pin-core]')?.getBoundingClientRect().height ?? whole;
    const full = media.matches || pinFits(whole, window.innerHeight);
    const coreOnly = !full && core < whole && pinFits(core, window.innerHeight);
    pinned = full || coreOnly;
    root.style.setProperty('--scrolly-pin', `${Math.ceil(coreOnly ? core : whole)}px`);
    root.toggleAttribute('data-scrolly-core-only', coreOnly);
    root.toggleAttribute('data-scrolly-unpinned', !pinned);
    // Live only while pinned: a graphic told there are no steps is handed back to the reader.
    root.toggleAttribute('data-scrolly-live', pinned);
    if (!pinned) show(null);
    return pinned;
  };

  // Side by side the reading line is the middle of the window; on phones the graphic holds the top and
  // the cards are read below it, so the line sits lower.
  const measure = () => {
    if (!arrange()) return;
    const line = window.innerHeight * (media.matches ? 0.5 : 0.75);
    show(
      activeStep(
        steps.map((step) => step.getBoundingClientRect()),
        line,
      ),
    );
  };

  let frame = 0;
  const schedule = () => {
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    }
  };
  const visibility = new IntersectionObserver(([entry]) => {
    if (entry?.isIntersecting) {
      window.addEventListener('scroll', schedule, { passive: true });
      measure();
    } else window.removeEventListener('scroll', schedule);
  });
  visibility.observe(root);
  window.addEventListener('resize', schedule);
  measure();
  return () => {
    visibility.disconnect();
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}

export function connectAllScrollies(doc: Document = document) {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-scrolly]')) connectScrolly(root);
}
