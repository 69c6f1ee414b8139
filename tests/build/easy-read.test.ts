/**
 * The easy-read page as built, in both languages: a picture beside every
 * point, decorative so that screen readers read only the words; the hard
 * words listed at the end from the frontmatter; every link into the full site
 * landing on an anchor that exists; and the ways in from the home page, the
 * top of the declaration and the accessibility statement.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales.ts';
import { entryPath, routes } from '../../src/i18n/routing.ts';
import { parsePageSource } from '../../src/lib/content-check/read-files.ts';
import { easyReadKey, hardWordsAnchor, type HardWord } from '../../src/lib/easy-read.ts';
import { load } from '../helpers/site.ts';

describe.each(localeCodes)('%s easy-read page', (locale) => {
  const path = entryPath('pages', easyReadKey, locale);
  if (!path) throw new Error('The route table gives the easy-read page no address');
  const $ = load(path);
  const source = parsePageSource(readFileSync(`content/pages/${locale}/${easyReadKey}.md`, 'utf8'));
  const { title, terms } = source.frontmatter?.doc.toJS() as { title: string; terms: HardWord[] };

  it('is the page the content describes, set as easy read', () => {
    expect($('h1').text().trim()).toBe(title);
    expect($('article.easy-read')).toHaveLength(1);
  });

  it('puts a decorative picture before every point', () => {
    const points = $('article.easy-read .passage li');
    expect(points.length).toBeGreaterThan(0);
    points.each((_, point) => {
      const icon = $(point).children().first();
      expect(icon.is('svg.point-icon[aria-hidden="true"]'), $(point).text()).toBe(true);
    });
  });

  it('lists its hard words at the end, from the frontmatter', () => {
    const list = $(`#${hardWordsAnchor}`).closest('section').find('dl.hard-words');
    expect(
      list
        .find('dt')
        .map((_, dt) => $(dt).text())
        .get(),
    ).toEqual(terms.map((term) => term.term));
    expect(
      list
        .find('dd')
        .map((_, dd) => $(dd).text())
        .get(),
    ).toEqual(terms.map((term) => term.means));
  });

  it('links each part to a passage of the full site that exists', () => {
    const links = $('article.easy-read .passage a[href*="#"]')
      .map((_, a) => $(a).attr('href') ?? '')
      .get()
      .filter((href) => href.startsWith(`/${locale}/`) && !href.startsWith(`${path}#`));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [page = '', anchor = ''] = href.split('#');
      expect(load(page)(`[id="${anchor}"]`), href).toHaveLength(1);
    }
  });

  it('is linked from the home page, the top of the declaration and the accessibility statement', () => {
    for (const from of [
      routes.home(locale),
      routes.declaration(locale),
      routes.page(locale, 'accessibility'),
    ]) {
      expect(load(from)(`main a[href="${path}"]`).length, from).toBeGreaterThan(0);
    }
    expect(load(routes.declaration(locale))(`main header a[href="${path}"]`)).toHaveLength(1);
  });
});
