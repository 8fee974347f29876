import { createHash } from 'node:crypto';

/**
 * The embed page's one inline script: opened on its own, not in a frame (a link card's link, a shared
 * address), the page leads with a link to the graphic in the story. It must
 * run before the first paint, or that change would move the page (layout shift), so it cannot wait for the
 * page's module script; the page puts it in the CSP by its hash.
 */
export const STANDALONE_SCRIPT =
  "if (window.parent === window) document.documentElement.classList.add('embed-standalone');";

export const STANDALONE_SCRIPT_HASH =
  `sha256-${createHash('sha256').update(STANDALONE_SCRIPT).digest('base64')}` as const;
