/**
 * Loads Pagefind and the search lexicon from the site's own /pagefind/ folder,
 * once per page, the first time a reader searches.
 */
import { href, stripBase } from '../../../i18n/routing.ts';
import type { SearchBackend, SearchContext } from '../engine.ts';
import { lexiconFile, readLexicon, vocabularyFile, type ClientLexicon, type Vocabulary } from '../lexicon.ts';

interface PagefindModule {
  createInstance(options: { noWorker: boolean }): SearchBackend & { init(): Promise<void> };
}

const bundle = () => href('/pagefind/');

async function json<T>(file: string): Promise<T> {
  const response = await fetch(`${bundle()}${file}`);
  if (!response.ok) throw new Error(`${response.status} ${file}`);
  return (await response.json()) as T;
}

let context: Promise<SearchContext> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;

export function searchContext(): Promise<SearchContext> {
  context ??= (async () => {
    const [pagefind, lexicon] = await Promise.all([
      import(/* @vite-ignore */ `${bundle()}pagefind.js`) as Promise<PagefindModule>,
      json<ClientLexicon>(lexiconFile),
    ]);
    // On the main thread: the index is small, and a worker would be one more download.
    const backend = pagefind.createInstance({ noWorker: true });
    await backend.init();
    return {
      backend,
      lexicon: readLexicon(lexicon),
      vocabulary: () => (vocabulary ??= json<Vocabulary>(vocabularyFile)),
      sitePathOf: (url) => stripBase(new URL(url, window.location.origin).pathname),
    };
  })();
  context.catch(() => {
    context = undefined;
  });
  return context;
}
