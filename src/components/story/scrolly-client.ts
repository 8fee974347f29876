import { SCROLLY_MEDIA, activeStep } from './scrolly-steps';

/** What a graphic inside a scrollytelling block listens for on the block's root. */
export interface ScrollyStepDetail {
  /** The step's name (e.g. a layer id), or null when no step is active. */
  step: string | null;
}

export const SCROLLY_EVENT = 'scrolly:step';

/**
 * Watches the steps of one block and tells its graphic which is active: `data-active-step` on the
 * root (for a graphic that hydrates later) and a `scrolly:step` event (for one already listening).
 * Only an IntersectionObserver on a line across the middle of the viewport: nothing is done on
 * every scroll event, and the page scrolls as it always does.
 */
export function connectScrolly(root: HTMLElement): () => void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const media = window.matchMedia(SCROLLY_MEDIA);
  let observer: IntersectionObserver | null = null;
  let current: number | null | undefined;

  const show = (index: number | null) => {
    if (index === current) return;
    current = index;
    steps.forEach((step, i) => step.toggleAttribute('data-active', i === index));
    const step = index === null ? null : (steps[index]?.dataset['step'] ?? null);
    root.dataset['activeStep'] = step ?? '';
    root.dispatchEvent(new CustomEvent<ScrollyStepDetail>(SCROLLY_EVENT, { detail: { step } }));
  };

  const measure = () => {
    const boxes = steps.map((step) => {
      const { top, bottom } = step.getBoundingClientRect();
      return { top, bottom };
    });
    show(activeStep(boxes, window.innerHeight / 2));
  };

  const sync = () => {
    if (media.matches && !observer) {
      // A zero-height root on the reading line: a step's callback fires exactly when its top or bottom crosses it.
      observer = new IntersectionObserver(measure, { rootMargin: '-50% 0px -50% 0px' });
      steps.forEach((step) => observer!.observe(step));
      root.toggleAttribute('data-scrolly-live', true);
    } else if (!media.matches) {
      observer?.disconnect();
      observer = null;
      root.toggleAttribute('data-scrolly-live', false);
      // Below the breakpoint the graphic is a plain widget again, left to the reader.
      show(null);
    }
  };

  media.addEventListener('change', sync);
  sync();
  return () => {
    media.removeEventListener('change', sync);
    observer?.disconnect();
  };
}

export function connectAllScrollies(doc: Document = document) {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-scrolly]')) connectScrolly(root);
}
