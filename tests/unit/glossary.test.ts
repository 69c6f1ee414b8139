/**
 * The glossary's fixed translations hold across the two editions of the
 * declaration: a term used in one language's text has its fixed translation
 * in the other's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownToHtml } from 'satteri';
import { glossarySchema } from '../../src/lib/content/schemas.ts';
import { linkFirstUse, termsIn } from '../../src/lib/glossary.ts';

const glossary = glossarySchema.array().parse(parse(readFileSync('content/data/glossary.yaml', 'utf8')));
const body = (locale: string) =>
  readFileSync(`content/declaration/${locale}/declaration.md`, 'utf8').replace(/^---[\s\S]*?---/, '');

describe('fixed translations in the declaration', () => {
  const ko = termsIn(body('ko'), glossary, 'ko');
  const en = termsIn(body('en'), glossary, 'en');

  it('uses glossary terms at all', () => {
    expect(ko.size).toBeGreaterThanOrEqual(8);
  });

  it.each(glossary.map((term) => [term.id, term] as const))(
    '%s is used in both languages or in neither',
    (_id, term) => {
      expect(en.has(term.id), `"${term.term.ko}" / "${term.term.en}"`).toBe(ko.has(term.id));
    },
  );
});

describe('term matching', () => {
  const terms = [
    {
      id: 'strong-small-firm',
      term: { ko: '강소기업', en: 'strong small firm' },
      forms: { en: ['strong small firms'] },
    },
    { id: 'alliance', term: { ko: '동맹', en: 'alliance' }, forms: {} },
  ];

  it('finds Korean terms inside words and English terms as whole words, any case', () => {
    expect([...termsIn('강소기업을 키웁니다', terms, 'ko')]).toEqual(['strong-small-firm']);
    expect([...termsIn('Strong small firms grow', terms, 'en')]).toEqual(['strong-small-firm']);
    expect([...termsIn('alliances', terms, 'en')]).toEqual([]);
  });

  it('links only the first use of each term, not in the lead or headings', () => {
    const plugin = linkFirstUse(terms, 'ko', '/ko/glossary/');
    const html = markdownToHtml('동맹 이야기.\n\n## 동맹 {#x}\n\n동맹과 강소기업, 다시 동맹.\n', {
      features: { headingAttributes: true },
      hastPlugins: [plugin],
    }).html;
    expect(html).toContain('<p>동맹 이야기.</p>');
    expect(html).toContain('<h2 id="x">동맹</h2>');
    expect(html).toContain(
      '<a href="/ko/glossary/#term-alliance" class="glossary-term">동맹</a>과 <a href="/ko/glossary/#term-strong-small-firm" class="glossary-term">강소기업</a>, 다시 동맹.',
    );
  });
});
