/**
 * The Copy buttons next to embed snippets (gallery and story). A button is shown only where the
 * clipboard API is available; elsewhere the read-only snippet stays and selects itself on focus and
 * on click (WebKit collapses a selection made on focus or during the click once the click is over).
 */
export function enableCopyButtons(root: ParentNode = document): void {
  for (const field of root.querySelectorAll<HTMLElement>('[data-snippet]')) {
    field.addEventListener('focus', () => selectSnippet(field));
    field.addEventListener('click', () => {
      selectSnippet(field);
      // WebKit collapses the selection once the click has been handled: select again after it.
      setTimeout(() => selectSnippet(field));
    });
  }
  if (!window.isSecureContext || !navigator.clipboard?.writeText) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset['copy'] ?? '');
    const status = button.parentElement?.querySelector('.embed-status');
    if (!field?.hasAttribute('data-snippet') || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.textContent ?? '');
        status.textContent = 'Copied.';
      } catch {
        field.focus();
        selectSnippet(field);
        status.textContent = 'Copying was blocked: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
      }
    });
  }
}

function selectSnippet(field: HTMLElement): void {
  window.getSelection()?.selectAllChildren(field);
}
