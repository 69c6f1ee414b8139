/** Citations, hreflang sets, JSON-LD and preview-card fonts, as pure functions. */
import type { AboutPage, Article, WebSite, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { alternatePaths, routes } from '../../src/i18n/routing.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { parseUnicodeRange } from '../../src/lib/cards/card-fonts.ts';
import { citation, partyNames } from '../../src/lib/citation.ts';
import {
  declarationData,
  organisation,
  serializeJsonLd,
  webPageData,
  websiteData,
} from '../../src/lib/structured-data.ts';

describe('citations', () => {
  const parties = {
    ko: ['경상북도', '구미시', '구미전자정보기술원'],
    en: ['Gyeongsangbuk-do', 'Gumi City', 'Gumi Electronics & Information Technology Research Institute'],
  };

  it('joins the parties as each language does', () => {
    expect(partyNames(parties.ko, 'ko')).toBe('경상북도·구미시·구미전자정보기술원');
    expect(partyNames(parties.en, 'en')).toBe(
      'Gyeongsangbuk-do, Gumi City and Gumi Electronics & Information Technology Research Institute',
    );
  });

  it('cites one part of the declaration in Korean, leaving room for the access date', () => {
    const { before, after } = citation(
      {
        kind: 'declaration',
        locale: 'ko',
        siteName: '신전자산업 육성 공동선언',
        parties: parties.ko,
        url: 'https://example.org/ko/declaration/#article-2',
        title: '신전자산업 육성을 위한 공동선언문',
        adopted: '2020-11-20',
        part: '2. 구미전자정보기술원의 역할',
      },
      useTranslations('ko'),
    );
    expect(`${before}[날짜]${after}`).toBe(
      '경상북도·구미시·구미전자정보기술원, 「신전자산업 육성을 위한 공동선언문」(2020년 11월 20일 채택) 중 ‘2. 구미전자정보기술원의 역할’, 보도 내용 정리, 신전자산업 육성 공동선언 누리집, https://example.org/ko/declaration/#article-2 ([날짜] 접속).',
    );
  });

  it('cites a page of the site in English with its last update', () => {
    const { before, after } = citation(
      {
        kind: 'page',
        locale: 'en',
        siteName: 'New Electronics Industry Joint Declaration',
        parties: parties.en.slice(0, 2),
        url: 'https://example.org/en/sectors/5g/',
        title: '5G convergence services',
        lastUpdated: '2026-11-25',
      },
      useTranslations('en'),
    );
    expect(before).toBe(
      '“5G convergence services”, New Electronics Industry Joint Declaration website (Gyeongsangbuk-do and Gumi City), last updated 25 November 2026, https://example.org/en/sectors/5g/ (accessed ',
    );
    expect(after).toBe(').');
  });
});

describe('language versions', () => {
  it('gives every page ko, en and x-default, the Korean original as the default', () => {
    expect(alternatePaths('/en/sectors/5g/')).toEqual([
      { hreflang: 'ko', path: '/ko/sectors/5g/' },
      { hreflang: 'en', path: '/en/sectors/5g/' },
      { hreflang: 'x-default', path: '/ko/sectors/5g/' },
    ]);
  });

  it('sends readers of other languages from a home page to the chooser', () => {
    for (const path of ['/', '/ko/', '/en/']) {
      expect(alternatePaths(path).map((alternate) => alternate.path)).toEqual(['/ko/', '/en/', '/']);
    }
  });

  it('names files and cards after the pages', () => {
    expect(routes.previewCard('/ko/sectors/5g/')).toBe('/og/ko/sectors/5g.png');
    expect(routes.previewCard('/en/')).toBe('/og/en.png');
    expect(routes.previewCard('/')).toBe('/og/index.png');
    expect(routes.declarationFile('ko', 'txt')).toBe('/ko/declaration.txt');
  });
});

describe('JSON-LD', () => {
  const site = { name: 'Site', url: 'https://example.org/en/' };
  const facts = {
    url: 'https://example.org/en/declaration/',
    lang: 'en',
    title: 'Joint Declaration',
    description: 'The declaration.',
    lastUpdated: '2026-11-25',
    site,
  };

  it('describes the declaration as an Article translated from the Korean', () => {
    const data: WithContext<Article> = declarationData({
      ...facts,
      adopted: '2020-11-20',
      authors: [organisation({ kind: 'government', name: 'Gumi City', alternateNames: ['구미시'] })],
      basedOn: ['https://news.example/1'],
      translationOf: 'https://example.org/ko/declaration/',
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      '@id': facts.url,
      datePublished: '2020-11-20',
      dateModified: '2026-11-25',
      inLanguage: 'en',
      author: [{ '@type': 'GovernmentOrganization', name: 'Gumi City', alternateName: ['구미시'] }],
      translationOfWork: { '@id': 'https://example.org/ko/declaration/' },
      isPartOf: { '@id': 'https://example.org/en/#website' },
    });
    expect(data).not.toHaveProperty('workTranslation');
  });

  it('describes other pages as the kind of page they are', () => {
    const about: WithContext<AboutPage> = webPageData(facts, 'AboutPage') as WithContext<AboutPage>;
    expect(about['@type']).toBe('AboutPage');
    const research = organisation({
      kind: 'research',
      name: 'GERI',
      alternateNames: [],
      url: 'https://geri.re.kr/',
    });
    expect(webPageData(facts, 'WebPage', research)).toMatchObject({
      about: { '@type': 'ResearchOrganization' },
    });
    const website: WithContext<WebSite> = websiteData({
      name: 'Site',
      url: 'https://example.org/',
      description: 'Both editions.',
      langs: ['ko', 'en'],
    });
    expect(website).toMatchObject({ '@id': 'https://example.org/#website', inLanguage: ['ko', 'en'] });
  });

  it('cannot close its script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('preview card fonts', () => {
  it('reads the unicode ranges of the font parts', () => {
    expect(parseUnicodeRange('U+ac00-d7a3,U+3131')).toEqual([
      [0xac00, 0xd7a3],
      [0x3131, 0x3131],
    ]);
  });
});
