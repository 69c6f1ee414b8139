/**
 * "A sector page" for the bench and `npm run gates:prove`: the first sector of
 * the sectors index (lowest `order`), read from the content, so that renaming
 * or removing any sector never breaks them.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { entryPath } from '../../src/i18n/routing.ts';
import { readPageFiles, type PageFile } from '../../src/lib/content-check/read-files.ts';

export async function firstSectorPath(locale: Locale, root = '.'): Promise<string> {
  const order = (page: PageFile) => Number(page.frontmatter?.doc.get('order') ?? Number.POSITIVE_INFINITY);
  const [first] = (await readPageFiles(root, ['sectors']))
    .filter((page) => page.locale === locale)
    .sort((a, b) => order(a) - order(b));
  const address = first && entryPath('sectors', first.key, locale);
  if (!address) throw new Error(`content/sectors/${locale}/ has no sector page`);
  return address;
}
