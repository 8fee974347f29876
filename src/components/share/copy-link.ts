/**
 * The "Copy link" buttons of the share bars. Shown only where the clipboard API is available; without
 * it (or without JavaScript) the address stays on the page as text to select.
 */
export function enableCopyLinks(root: ParentNode = document): void {
  if (!window.isSecureContext || !navigator.clipboard?.writeText) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    const status = button.parentElement?.querySelector('.share-status');
    const url = button.dataset['copyLink'];
    if (!url || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied.';
      } catch {
        status.textContent = 'Copying was blocked: select the address and copy it.';
      }
    });
  }
}
