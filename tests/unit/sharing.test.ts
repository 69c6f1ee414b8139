/** Citations, hreflang sets, JSON-LD and preview-card fonts, as pure functions. */
import type { AboutPage, Article, WebSite, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { alternatePaths, routes } from '../../src/i18n/routing.ts';
import { useTranslations, type Translate, type UiKey } from '../../src/i18n/ui.ts';
import { parseUnicodeRange } from '../../src/lib/cards/card-fonts.ts';
import { citation, partyNames } from '../../src/lib/citation.ts';
import { declarationTextKinds } from '../../src/lib/content/schemas.ts';
import {
  declarationData,
  organisation,
  serializeJsonLd,
  webPageData,
  websiteData,
} from '../../src/lib/structured-data.ts';

describe('citations', () => {
  const parties = {
    ko: ['예시도', '예시시', '예시원'],
    en: ['Example Province', 'Example City', 'Example Institute of Testing & Trials'],
  };
  /** Templates of the fixture's own, so the test reads how slots are filled, not today's wording. */
  const templates: Partial<Record<UiKey, string>> = {
    'text.citation.restatement': '{site}|{title}|{parties}|{adopted}|restatement|{url}|{accessed}',
    'text.citationPart.restatement': '{site}|{title}|{part}|{parties}|{adopted}|restatement|{url}|{accessed}',
    'text.citationPart.official': '{parties}|{title}|{part}|official|{source}|{url}|{accessed}',
    'cite.pageText': '{title}|{site}|{updated}|{url}|{accessed}',
  };
  const t: Translate = (key, vars) =>
    (templates[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && Object.hasOwn(vars, name) ? String(vars[name]) : whole,
    );
  const declaration = {
    kind: 'declaration',
    siteName: '예시 공동선언',
    url: 'https://example.org/ko/declaration/#part-2',
    title: '예시를 위한 공동선언문',
    adopted: '2020-01-10',
    part: '2. 예시원의 역할',
  } as const;

  it('joins the parties as each language does', () => {
    expect(partyNames(parties.ko, 'ko')).toBe('예시도·예시시·예시원');
    expect(partyNames(parties.en, 'en')).toBe(
      'Example Province, Example City and Example Institute of Testing & Trials',
    );
  });

  it('cites one part of the restatement in Korean, leaving room for the access date', () => {
    const { before, after } = citation(
      { ...declaration, locale: 'ko', parties: parties.ko, text: 'restatement' },
      t,
    );
    expect(`${before}[날짜]${after}`).toBe(
      '예시 공동선언|예시를 위한 공동선언문|2. 예시원의 역할|예시도·예시시·예시원|2020년 1월 10일|restatement|https://example.org/ko/declaration/#part-2|[날짜]',
    );
  });

  it('cites the official text with its parties and its source', () => {
    const { before } = citation(
      {
        ...declaration,
        locale: 'en',
        parties: parties.en.slice(0, 2),
        text: 'official',
        officialSource: 'Example Gazette',
      },
      t,
    );
    expect(before).toBe(
      'Example Province and Example City|예시를 위한 공동선언문|2. 예시원의 역할|official|Example Gazette|https://example.org/ko/declaration/#part-2|',
    );
  });

  it('cites a page of the site with its last update and no parties', () => {
    const { before, after } = citation(
      {
        kind: 'page',
        locale: 'en',
        siteName: 'New Electronics Industry Joint Declaration',
        url: 'https://example.org/en/sectors/example/',
        title: 'Example sector',
        lastUpdated: '2026-11-25',
      },
      t,
    );
    expect(before).toBe(
      'Example sector|New Electronics Industry Joint Declaration|25 November 2026|https://example.org/en/sectors/example/|',
    );
    expect(after).toBe('');
  });

  it('has a citation of the declaration for each kind of text, in both languages', () => {
    for (const locale of ['ko', 'en'] as const) {
      const real = useTranslations(locale);
      for (const text of declarationTextKinds) {
        const { before, after } = citation({ ...declaration, locale, parties: parties[locale], text }, real);
        expect(`${before}${after}`, `${locale} ${text}`).toContain(declaration.url);
        expect(before + after).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('language versions', () => {
  it('gives every page ko, en and x-default, the Korean original as the default', () => {
    expect(alternatePaths('/en/sectors/example/')).toEqual([
      { hreflang: 'ko', path: '/ko/sectors/example/' },
      { hreflang: 'en', path: '/en/sectors/example/' },
      { hreflang: 'x-default', path: '/ko/sectors/example/' },
    ]);
  });

  it('sends readers of other languages from a home page to the chooser', () => {
    for (const path of ['/', '/ko/', '/en/']) {
      expect(alternatePaths(path).map((alternate) => alternate.path)).toEqual(['/ko/', '/en/', '/']);
    }
  });

  it('names files and cards after the pages', () => {
    expect(routes.previewCard('/ko/sectors/example/')).toBe('/og/ko/sectors/example.png');
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

  const declaration = {
    id: 'https://example.org/ko/declaration/#declaration',
    name: '예시를 위한 공동선언문',
    adopted: '2020-01-10',
    adoptedBy: [organisation({ kind: 'government', name: 'Example City', alternateNames: ['예시시'] })],
    place: 'Example Institute, Example City',
  };

  it("makes the page holding the restatement the site's work about the declaration", () => {
    const data: WithContext<Article> = declarationData({
      ...facts,
      text: 'restatement',
      declaration,
      basedOn: ['https://news.example/1'],
      translationOf: 'https://example.org/ko/declaration/',
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      '@id': facts.url,
      dateModified: '2026-11-25',
      inLanguage: 'en',
      author: { '@type': 'Organization', name: 'Site', url: site.url },
      publisher: { '@type': 'Organization', name: 'Site' },
      about: {
        '@type': 'CreativeWork',
        '@id': declaration.id,
        dateCreated: '2020-01-10',
        creator: [{ '@type': 'GovernmentOrganization', name: 'Example City', alternateName: ['예시시'] }],
      },
      isBasedOn: ['https://news.example/1'],
      translator: { '@type': 'Organization', name: 'Site' },
      translationOfWork: { '@id': 'https://example.org/ko/declaration/' },
      isPartOf: { '@id': 'https://example.org/en/#website' },
    });
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('workTranslation');
    expect(data.about).not.toHaveProperty('url');
  });

  it('gives the official text its adopters as authors, and the English translates the declaration', () => {
    const data = declarationData({
      ...facts,
      text: 'official',
      declaration: { ...declaration, officialText: 'https://gb.example/declaration' },
      basedOn: ['https://gb.example/declaration'],
      translationOf: 'https://example.org/ko/declaration/',
    }) as Exclude<Article, string>;
    expect(data.author).toEqual(declaration.adoptedBy);
    expect(data.about).toMatchObject({ url: 'https://gb.example/declaration' });
    expect(data.translationOfWork).toEqual({ '@id': declaration.id });
  });

  it('describes other pages as the kind of page they are', () => {
    const about: WithContext<AboutPage> = webPageData(facts, 'AboutPage') as WithContext<AboutPage>;
    expect(about['@type']).toBe('AboutPage');
    const research = organisation({
      kind: 'research',
      name: 'Example Institute',
      alternateNames: [],
      url: 'https://institute.example/',
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
