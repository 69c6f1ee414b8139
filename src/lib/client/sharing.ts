/**
 * Sharing and citing with JavaScript, started by the header's one script
 * (SiteHeader.astro). Everything here already works without it; it only adds:
 *   - heading links: besides going to the passage, copy its full address
 *     (the canonical URL and the anchor) and say so;
 *   - "cite this": today's date as the access date, and a copy button.
 * Messages come from the page (`[data-announcer]`, Announcer.astro), so they
 * are in its language.
 */

/** Shows a short message and reads it out (the announcer is a polite live region). */
function announce(announcer: HTMLElement | null, message: string | undefined): void {
  if (!announcer || !message) return;
  announcer.textContent = message;
  clearTimeout(Number(announcer.dataset.timer));
  announcer.dataset.timer = String(setTimeout(() => (announcer.textContent = ''), 4000));
}

async function copy(text: string, outcome: 'link' | 'cite'): Promise<void> {
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  try {
    await navigator.clipboard.writeText(text);
    announce(announcer, announcer?.dataset[`${outcome}Copied`]);
  } catch {
    announce(announcer, announcer?.dataset[`${outcome}Failed`]);
  }
}

/** The page's public address, whatever host it is read on. */
function canonicalUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
}

export function enhanceSharing(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const control = target?.closest<HTMLElement>('[data-heading-link],[data-copy-citation]');
    if (control instanceof HTMLAnchorElement) {
      // The link still goes to the passage; the copy comes on top.
      void copy(new URL(control.hash, canonicalUrl()).href, 'link');
    } else if (control) {
      const text =
        control.closest('[data-citation-box]')?.querySelector('[data-citation]')?.textContent ?? '';
      void copy(text.replace(/\s+/g, ' ').trim(), 'cite');
    }
  });

  const today = new Date();
  for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
    slot.textContent = new Intl.DateTimeFormat(slot.dataset.accessed, { dateStyle: 'long' }).format(today);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-needs-script]')) element.hidden = false;
}
