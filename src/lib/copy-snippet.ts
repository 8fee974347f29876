/**
 * The Copy buttons next to embed snippets (gallery and story). A button is shown only where the
 * clipboard API is available; elsewhere the read-only field stays and selects itself on focus.
 */
export function enableCopyButtons(root: ParentNode = document): void {
  for (const field of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]')) {
    field.addEventListener('focus', () => field.select());
  }
  if (!window.isSecureContext || !navigator.clipboard?.writeText) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset['copy'] ?? '');
    const status = button.parentElement?.querySelector('[role="status"]');
    if (!(field instanceof HTMLTextAreaElement) || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = 'Copied.';
      } catch {
        field.focus();
        status.textContent = 'Copying was blocked: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
      }
    });
  }
}
