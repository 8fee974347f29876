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
 * Only an IntersectionObserver on a reading line across the viewport: nothing is done on every
 * scroll event, and the page scrolls as it always does.
 */
export function connectScrolly(root: HTMLElement): () => void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
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

  // Side by side the reading line is the middle of the window; with cards over the graphic, the cards
  // pass the lower part of the window (the graphic holds the top), so the line sits lower.
  const lineAt = () => (media.matches ? 0.5 : 0.75);

  const measure = () => {
    const boxes = steps.map((step) => {
      const { top, bottom } = step.getBoundingClientRect();
      return { top, bottom };
    });
    show(activeStep(boxes, window.innerHeight * lineAt()));
  };

  // A zero-height root on the reading line: a step's callback fires exactly when its top or bottom crosses it.
  let observer: IntersectionObserver | null = null;
  const observe = () => {
    observer?.disconnect();
    const above = lineAt() * 100;
    observer = new IntersectionObserver(measure, { rootMargin: `-${above}% 0px -${100 - above}% 0px` });
    steps.forEach((step) => observer!.observe(step));
    measure();
  };

  media.addEventListener('change', observe);
  observe();
  root.toggleAttribute('data-scrolly-live', true);
  return () => {
    media.removeEventListener('change', observe);
    observer?.disconnect();
  };
}

export function connectAllScrollies(doc: Document = document) {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-scrolly]')) connectScrolly(root);
}
