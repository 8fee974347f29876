/**
 * Number notes, placed and opened the same way in every engine.
 *
 * Placement: CSS anchor positioning alone is not reliable (WebKit misplaces `position-area:
 * block-end`, so its flip fallback always wins and a note near the top of the window is cut off;
 * Firefox sizes notes by the window, classic scrollbar included, and can cover the number). Once
 * this script runs, an open note is placed from the number's box: below it when the note fits there,
 * else above, else on the roomier side; centred on it and kept within the page's width
 * (documentElement.clientWidth, which excludes a classic scrollbar). Position is set through the
 * CSSOM, which the hash-based CSP allows (it forbids only style= attributes). Without JavaScript the
 * CSS anchor positioning in Figure.astro still applies.
 *
 * Opening: `interestfor` opens a note on hover and focus where the engine supports it (Chromium
 * 142+). Elsewhere hover and focus open it here, and leaving or blurring closes a note opened that
 * way; a click or tap (popovertarget) still opens it natively, and such a note stays until Escape or
 * a tap elsewhere, as with interestfor.
 */
const EDGE = 8; // px kept free between a note and the page's edges
const GAP = 6; // px between a number and its note
const LEAVE_DELAY = 250; // ms, so the pointer can cross from the number to its note

export function placeNote(note: HTMLElement, control: HTMLElement): void {
  const root = document.documentElement;
  const pageWidth = root.clientWidth;
  const windowHeight = root.clientHeight;
  note.classList.add('is-placed');
  note.style.setProperty('max-width', `min(24rem, ${Math.max(0, pageWidth - 2 * EDGE)}px)`);
  note.style.setProperty('left', '0px');
  note.style.setProperty('top', '0px');
  const { width, height } = note.getBoundingClientRect();
  // A number split over two lines has several boxes: hang the note from the box the reader sees first.
  const anchor = control.getClientRects()[0] ?? control.getBoundingClientRect();
  const roomBelow = windowHeight - anchor.bottom - GAP - EDGE;
  const roomAbove = anchor.top - GAP - EDGE;
  const below = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
  const top = below ? anchor.bottom + GAP : anchor.top - GAP - height;
  const centred = anchor.left + anchor.width / 2 - width / 2;
  const left = Math.min(Math.max(EDGE, centred), Math.max(EDGE, pageWidth - EDGE - width));
  note.style.setProperty('left', `${Math.round(left)}px`);
  note.style.setProperty('top', `${Math.round(top)}px`);
}

const nativeInterest = (): boolean => 'interestForElement' in HTMLButtonElement.prototype;

export function enableFigureNotes(root: ParentNode = document): void {
  const hoverOpens = !nativeInterest();
  for (const control of root.querySelectorAll<HTMLButtonElement>('.figure-value[popovertarget]')) {
    const note = document.getElementById(control.getAttribute('popovertarget') ?? '');
    if (!note) continue;
    let follow: (() => void) | undefined;
    note.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'open') {
        placeNote(note, control);
        // The note is fixed to the window: keep it by its number while the page scrolls or resizes.
        let frame = 0;
        follow = () => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => placeNote(note, control));
        };
        window.addEventListener('scroll', follow, { passive: true });
        window.addEventListener('resize', follow);
      } else if (follow) {
        window.removeEventListener('scroll', follow);
        window.removeEventListener('resize', follow);
        follow = undefined;
      }
    });
    if (hoverOpens) enableInterest(control, note);
  }
}

/** Hover and focus for engines without interestfor. */
function enableInterest(control: HTMLButtonElement, note: HTMLElement): void {
  // "interest": opened by hover or focus, and closed when that ends; a click makes it stay.
  let byInterest = false;
  let timer = 0;
  const open = () => {
    window.clearTimeout(timer);
    if (note.matches(':popover-open')) return;
    note.showPopover();
    byInterest = true;
  };
  const loseInterest = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const focused = document.activeElement;
      const stillHere = control.matches(':hover') || note.matches(':hover') || focused === control;
      if (byInterest && !stillHere && note.matches(':popover-open')) note.hidePopover();
    }, LEAVE_DELAY);
  };
  control.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse') open();
  });
  control.addEventListener('focus', open);
  control.addEventListener('click', () => {
    byInterest = false;
  });
  control.addEventListener('pointerleave', loseInterest);
  control.addEventListener('blur', loseInterest);
  note.addEventListener('pointerenter', () => window.clearTimeout(timer));
  note.addEventListener('pointerleave', loseInterest);
  note.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') byInterest = false;
  });
}
