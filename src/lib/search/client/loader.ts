/**
 * The only search code every page carries (started by SiteHeader). The search box, Pagefind and the
 * index load when the reader starts a search: focusing or typing in a search
 * box, pressing `/`, or opening the search page with `?q=`.
 */
const searchBox = () => import('./search-box.ts');

export function setUpSearch(): void {
  // The `/` shortcut works only with JavaScript, so it is mentioned only then.
  for (const hint of document.querySelectorAll<HTMLElement>('[data-search-shortcut]')) hint.hidden = false;
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-site-search]')];
  const inputOf = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>('input[type="search"]');
  for (const form of forms) {
    const input = inputOf(form);
    if (!input) continue;
    const start = () => void searchBox().then(({ attachSearch }) => attachSearch(form));
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
    const query = new URL(window.location.href).searchParams.get('q');
    if (form.dataset.siteSearch === 'page' && query) {
      input.value = query;
      start();
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if ((event.target as Element | null)?.closest('input, textarea, select, [contenteditable]')) return;
    const box = forms.map(inputOf).find((input) => input && input.offsetParent !== null);
    const fallback = forms[0];
    if (!box && !fallback) return;
    event.preventDefault();
    if (box) box.focus();
    else if (fallback) window.location.assign(fallback.action);
  });
}
