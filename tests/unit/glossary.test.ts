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
    expect(ko.size).toBeGreaterThan(0);
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
    { id: 'testbed', term: { ko: '시험장', en: 'testbed' }, forms: { en: ['test beds'] } },
    { id: 'consortium', term: { ko: '협의체', en: 'consortium' }, forms: {} },
  ];

  it('finds Korean terms inside words and English terms as whole words, any case', () => {
    expect([...termsIn('시험장을 짓습니다', terms, 'ko')]).toEqual(['testbed']);
    expect([...termsIn('Test beds grow', terms, 'en')]).toEqual(['testbed']);
    expect([...termsIn('consortiums', terms, 'en')]).toEqual([]);
  });

  it('links only the first use of each term, not in the lead or headings', () => {
    const plugin = linkFirstUse(terms, 'ko', '/ko/glossary/');
    const html = markdownToHtml('협의체 이야기.\n\n## 협의체 {#x}\n\n협의체와 시험장, 다시 협의체.\n', {
      features: { headingAttributes: true },
      hastPlugins: [plugin],
    }).html;
    expect(html).toContain('<p>협의체 이야기.</p>');
    expect(html).toContain('<h2 id="x">협의체</h2>');
    expect(html).toContain(
      '<a href="/ko/glossary/#term-consortium" class="glossary-term">협의체</a>와 <a href="/ko/glossary/#term-testbed" class="glossary-term">시험장</a>, 다시 협의체.',
    );
  });
});
