/**
 * The search box: runs a search as the reader types and shows the results
 * under the box (header) or on the search page. Loaded by `loader.ts` only
 * when a reader starts searching. Everything the reader typed is put in the
 * page as text, never as HTML.
 *
 * Keyboard: ↓ from the box goes to the first result, ↑/↓ move between
 * results, Esc goes back to the box (and closes the list under the header box).
 */
import { locales, isLocale, type Locale } from '../../../i18n/locales.ts';
import { href } from '../../../i18n/routing.ts';
import { firstResults, moreResults, runSearch, type PageResult, type SearchOutcome } from '../engine.ts';
import type { ExcerptPart } from '../result-excerpts.ts';
import { searchContext } from './connect.ts';
import searchStrings from 'virtual:search-strings';

/** The interface strings the box needs, from ui/<locale>.json (see ../strings-module.ts). */
export interface SearchStrings {
  count: string;
  countOne: string;
  none: string;
  noneHint: string;
  otherLanguages: string;
  corrected: string;
  more: string;
  allResults: string;
  error: string;
  loading: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function excerpt(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const paragraph = element('p', 'mt-1 text-[0.9375rem] text-muted');
  for (const part of parts) {
    paragraph.append(part.mark ? element('mark', 'rounded-sm bg-mark text-ink', part.text) : part.text);
  }
  return paragraph;
}

function resultItem(page: PageResult, locale: Locale, headingTag: 'h2' | 'p'): HTMLLIElement {
  const item = element('li', 'border-t border-line py-4 first:border-t-0');
  if (page.locale && page.locale !== locale) item.lang = locales[page.locale].lang;
  const title = element(headingTag, 'text-[1.0625rem] font-bold', element('a', '', page.title));
  (title.firstChild as HTMLAnchorElement).href = href(page.path);
  if (page.locale && page.locale !== locale) {
    title.append(' ', element('span', 'text-[0.8125rem] font-medium text-muted', locales[page.locale].label));
  }
  item.append(title);
  const opening = page.passages.find((passage) => !passage.anchor);
  const sections = page.passages.filter((passage) => passage.anchor);
  if (opening && page.passages[0] === opening) item.append(excerpt(opening.excerpt));
  if (sections.length > 0) {
    const list = element('ul', 'mt-2 space-y-2 border-l-2 border-line pl-3');
    for (const passage of sections) {
      const link = element('a', 'font-medium', passage.heading ?? '');
      link.href = href(`${page.path}#${passage.anchor}`);
      list.append(element('li', '', link, excerpt(passage.excerpt)));
    }
    item.append(list);
  }
  if (opening && page.passages[0] !== opening && sections.length === 0) item.append(excerpt(opening.excerpt));
  return item;
}

/** Connects one search form (`[data-site-search]`) to its results list (`data-results`) and live region (`data-status`). */
export function attachSearch(form: HTMLFormElement): void {
  if (form.dataset.searchReady) return;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = document.getElementById(form.dataset.results ?? '');
  const status = document.getElementById(form.dataset.status ?? '');
  const notices = panel?.querySelector<HTMLElement>('[data-search-notices]');
  const list = panel?.querySelector('ol');
  const footer = panel?.querySelector<HTMLElement>('[data-search-footer]');
  if (!input || !panel || !status || !notices || !list || !footer) return;
  form.dataset.searchReady = 'true';
  const locale: Locale = isLocale(document.documentElement.lang) ? document.documentElement.lang : 'ko';
  const strings = searchStrings[locale];
  const onPage = form.dataset.siteSearch === 'page';
  const view = { status, notices, list, footer };

  let sequence = 0;
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = '';

  const open = (visible: boolean) => {
    if (!onPage) panel.hidden = !visible;
  };

  const show = async (query: string) => {
    const current = ++sequence;
    shown = query;
    if (!query.trim()) {
      view.status.textContent = '';
      view.notices.replaceChildren();
      view.list.replaceChildren();
      view.footer.replaceChildren();
      open(false);
      return;
    }
    let outcome: SearchOutcome;
    let pages: PageResult[];
    // Said only when the first search takes a moment (Pagefind is still loading).
    const slow = setTimeout(() => {
      if (current === sequence) view.status.textContent = strings.loading;
    }, 400);
    try {
      outcome = await runSearch(await searchContext(), query, locale);
      pages = await outcome.pages(0, firstResults);
    } catch {
      clearTimeout(slow);
      if (current !== sequence) return;
      view.status.textContent = strings.error;
      open(true);
      return;
    }
    clearTimeout(slow);
    if (current !== sequence) return;
    const notices: HTMLElement[] = [];
    if (outcome.corrected) {
      notices.push(
        element('p', '', fill(strings.corrected, { query: query.trim(), corrected: outcome.corrected })),
      );
    }
    if (outcome.allLanguages && outcome.total > 0) notices.push(element('p', '', strings.otherLanguages));
    if (outcome.total === 0) notices.push(element('p', '', strings.noneHint));
    view.notices.replaceChildren(...notices);
    view.status.textContent =
      outcome.total === 0
        ? fill(strings.none, { query: query.trim() })
        : outcome.total === 1
          ? strings.countOne
          : fill(strings.count, { count: outcome.total.toLocaleString(locale) });
    view.list.replaceChildren(...pages.map((page) => resultItem(page, locale, onPage ? 'h2' : 'p')));
    view.footer.replaceChildren();
    if (onPage && outcome.total > pages.length) {
      const more = element(
        'button',
        'mt-4 rounded border border-line-strong px-4 py-2 font-medium',
        strings.more,
      );
      more.type = 'button';
      let loaded = pages.length;
      more.addEventListener('click', async () => {
        const next = await outcome.pages(loaded, loaded + moreResults);
        if (current !== sequence) return;
        const items = next.map((page) => resultItem(page, locale, 'h2'));
        view.list.append(...items);
        loaded += next.length;
        items[0]?.querySelector('a')?.focus();
        if (loaded >= outcome.total) more.remove();
      });
      view.footer.append(more);
    } else if (!onPage && outcome.total > 0) {
      const all = element('a', 'font-medium', strings.allResults);
      all.href = `${form.action}?q=${encodeURIComponent(query.trim())}`;
      view.footer.append(all);
    }
    open(true);
  };

  // The results are marked busy from the keystroke until the latest search is shown.
  const schedule = (query: string, delay: number) => {
    clearTimeout(timer);
    scheduled = true;
    panel.setAttribute('aria-busy', 'true');
    timer = setTimeout(() => {
      scheduled = false;
      const search = sequence + 1;
      void show(query).finally(() => {
        if (!scheduled && sequence === search) panel.setAttribute('aria-busy', 'false');
      });
    }, delay);
  };

  const urlFor = (query: string) => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    return url;
  };

  // On the search page the address follows the query. A new query gets its own history entry
  // once the previous one has been on screen for a while; keystrokes in between replace it.
  let committed = true;
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  const commitSoon = () => {
    clearTimeout(commitTimer);
    commitTimer = setTimeout(() => (committed = true), 1000);
  };
  input.addEventListener('input', () => {
    schedule(input.value, 80);
    if (!onPage) return;
    if (committed) history.pushState({ q: input.value }, '', urlFor(input.value));
    else history.replaceState({ q: input.value }, '', urlFor(input.value));
    committed = false;
    commitSoon();
  });

  form.addEventListener('submit', (event) => {
    if (!onPage) return; // the header box goes to the search page
    event.preventDefault();
    if (new URL(window.location.href).searchParams.get('q') !== input.value.trim()) {
      history.pushState({ q: input.value }, '', urlFor(input.value));
    }
    clearTimeout(commitTimer);
    committed = true;
    if (input.value !== shown) schedule(input.value, 0);
  });

  if (onPage) {
    const restore = () => {
      const query = new URL(window.location.href).searchParams.get('q') ?? '';
      input.value = query;
      schedule(query, 0);
    };
    window.addEventListener('popstate', restore);
    // Back from a result: the browser may restore the page from its cache.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) restore();
    });
  }

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('ol a, [data-search-footer] a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && !onPage && !panel.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && index >= 0) {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : all[index - 1])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      open(false);
    }
  });
  if (!onPage) {
    // The list under the header box closes when focus leaves the box and the list.
    const widget = [form, panel];
    for (const part of widget) {
      part.addEventListener('focusout', (event) => {
        const next = event.relatedTarget as Node | null;
        if (!widget.some((node) => next && node.contains(next))) open(false);
      });
    }
    input.addEventListener('focus', () => {
      if (input.value.trim() && view.list.childElementCount + view.notices.childElementCount > 0) open(true);
    });
  }

  if (input.value.trim()) schedule(input.value, 0);
  // The reader is about to search: fetch Pagefind and the lexicon while they type.
  else void searchContext().catch(() => undefined);
}
