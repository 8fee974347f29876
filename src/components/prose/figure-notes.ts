/**
 * Number notes (Figure.astro), opened, placed and sized the same way in every engine.
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
 * A note never covers its number and never leaves the window: at 400% zoom (a 225 CSS px window) it
 * gets the room above or below its number, whichever is larger, and what does not fit scrolls inside
 * it. Such a note takes a Tab stop right after its number, so a keyboard can scroll it too (arrow
 * keys); a note that fits takes none, and Tab goes on to the next number. Focus moving elsewhere closes
 * it at once, so it is never left over the control that took the focus.
 *
 * Making: each number's popover is made here from its entry in "Notes and sources" (the element its
 * aria-describedby names), so the note's words are sent once (Figure.astro says why): the label, the
 * sentence (with what only this place says, `data-note-here`), the caveat or source and any desk's note,
 * and a link to the entry, left out of the Tab order (keyboard readers reach the entry by the number).
 *
 * Opening: the number is a link to its entry in "Notes and sources" (aria-describedby names its words);
 * here a click, tap or Enter opens its note instead (without this script the link is followed). Hover
 * and focus open it through `interestfor`, set here where the engine supports it (Chromium 142+).
 * Elsewhere hover and focus open it here, and leaving or blurring closes a note opened that way; a note
 * opened by a click stays until Escape or a tap elsewhere, as with interestfor.
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
  note.style.removeProperty('max-height');
  note.style.setProperty('left', '0px');
  note.style.setProperty('top', '0px');
  const { width, height } = note.getBoundingClientRect();
  // A number split over two lines has several boxes: hang the note from the box the reader sees first.
  const anchor = control.getClientRects()[0] ?? control.getBoundingClientRect();
  const roomBelow = windowHeight - anchor.bottom - GAP - EDGE;
  const roomAbove = anchor.top - GAP - EDGE;
  const below = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
  // Never over its number: a note taller than the room on its side gets that room and scrolls inside.
  const room = Math.max(0, below ? roomBelow : roomAbove);
  const shown = Math.min(height, room);
  if (height > room) note.style.setProperty('max-height', `${Math.floor(room)}px`);
  const top = below ? anchor.bottom + GAP : anchor.top - GAP - shown;
  const centred = anchor.left + anchor.width / 2 - width / 2;
  const left = Math.min(Math.max(EDGE, centred), Math.max(EDGE, pageWidth - EDGE - width));
  note.style.setProperty('left', `${Math.round(left)}px`);
  note.style.setProperty('top', `${Math.round(top)}px`);
  // Scrollable only when it overflows: then it takes focus (after its number in the Tab order).
  if (note.scrollHeight > note.clientHeight + 1) note.tabIndex = 0;
  else note.removeAttribute('tabindex');
}

const nativeInterest = (): boolean => 'interestForElement' in HTMLAnchorElement.prototype;

/**
 * Shows a note with its number as its source: a click on the number is then not a click outside that
 * closes it, and the accessibility tree relates the two. Engines without the option ignore it.
 */
function showNote(note: HTMLElement, control: HTMLElement): void {
  note.showPopover({ source: control });
}

/** Each note's number. */
const controls = new WeakMap<Element, HTMLElement>();

/** Focus moving on closes a note whose number (or the note itself) no longer has it, at once. */
function closeNotesLeftBehind(event: FocusEvent): void {
  const focused = event.target instanceof Element ? event.target : null;
  for (const note of document.querySelectorAll<HTMLElement>('.figure-note:popover-open')) {
    const control = controls.get(note);
    if (focused && (focused === control || note.contains(focused))) continue;
    note.hidePopover();
  }
}

function part(className: string, ...contents: (Node | string)[]): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.append(...contents);
  return span;
}

const copyOf = (element: Element | null | undefined): Node[] =>
  element ? [...element.childNodes].map((node) => node.cloneNode(true)) : [];

/** How many notes each figure has so far: ids read `figure-note-<figure>-<n>`, the n-th use of the figure. */
const made = new Map<string, number>();

/** The popover of a number, made from its entry's words, after the number; null if the entry is missing. */
function makeNote(control: HTMLAnchorElement): HTMLElement | null {
  const body = document.getElementById(control.getAttribute('aria-describedby') ?? '');
  if (!body) return null;
  const derived = control.closest('[data-kind]')?.getAttribute('data-kind') === 'derived';
  const label = (body.querySelector('.note-label')?.textContent ?? '').replace(/:\s*$/, '');
  const here = control.dataset.noteHere;
  const text = [...copyOf(body.querySelector('.note-text')), ...(here ? [` ${here}`] : [])];
  const aside = [body.querySelector('.note-aside'), body.querySelector('.desk-note')].filter((e) => e !== null);
  const note = part(
    'figure-note',
    part('figure-note-label', label),
    part(derived ? 'figure-note-math' : 'figure-note-value', ...text),
  );
  if (aside.length > 0) {
    const words = aside.flatMap((element, i) => [...(i > 0 ? [' '] : []), ...copyOf(element)]);
    note.append(part(derived ? 'figure-note-source' : 'figure-note-caveat', ...words));
  }
  const more = document.createElement('a');
  more.href = control.getAttribute('href') ?? '';
  more.tabIndex = -1;
  more.textContent = 'More in Notes and sources';
  note.append(part('figure-note-more', more));
  const figure = control.closest<HTMLElement>('[data-figure]')?.dataset.figure ?? 'number';
  made.set(figure, (made.get(figure) ?? 0) + 1);
  note.id = `figure-note-${figure}-${made.get(figure)}`;
  note.setAttribute('popover', '');
  note.hidden = true;
  control.parentElement!.append(note);
  controls.set(note, control);
  return note;
}

let watchingFocus = false;

export function enableFigureNotes(root: ParentNode = document): void {
  const hoverOpens = !nativeInterest();
  // The note of the number just left would otherwise stay for interest's closing delay, over whatever
  // took the focus next (at 400% zoom a note can fill most of the window).
  if (!watchingFocus) document.addEventListener('focusin', closeNotesLeftBehind);
  watchingFocus = true;
  for (const control of root.querySelectorAll<HTMLAnchorElement>('a.figure-value[aria-describedby]')) {
    if (control.dataset.noteMade) continue;
    control.dataset.noteMade = '';
    const note = makeNote(control);
    if (!note) continue;
    if (!hoverOpens) control.setAttribute('interestfor', note.id);
    // A plain click, tap or Enter opens the note in place of following the link; a click with a
    // modifier (a new tab, a new window) still follows it.
    control.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (!note.matches(':popover-open')) showNote(note, control);
    });
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
function enableInterest(control: HTMLAnchorElement, note: HTMLElement): void {
  // "interest": opened by hover or focus, and closed when that ends; a click makes it stay.
  let byInterest = false;
  let timer = 0;
  const open = () => {
    window.clearTimeout(timer);
    if (note.matches(':popover-open')) return;
    showNote(note, control);
    byInterest = true;
  };
  const loseInterest = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const focused = document.activeElement;
      const stillHere =
        control.matches(':hover') || note.matches(':hover') || focused === control || note.contains(focused);
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
  note.addEventListener('focusout', loseInterest);
  note.addEventListener('pointerenter', () => window.clearTimeout(timer));
  note.addEventListener('pointerleave', loseInterest);
  note.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') byInterest = false;
  });
}
