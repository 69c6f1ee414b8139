/** On a moved page's old address: a refresh drops the `#anchor` a reader followed, so carry it over. */
const link = document.querySelector<HTMLAnchorElement>('a[data-moved-to]');
if (link && window.location.hash && !link.hash) window.location.replace(link.href + window.location.hash);
