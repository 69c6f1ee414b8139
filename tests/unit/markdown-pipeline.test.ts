/**
 * The site's Markdown pipeline (src/lib/markdown/processor.ts), run as Astro
 * runs it, on pages of a small fixture project: figures written in with their
 * particles, glossary links, Korean words on English pages, scrolling tables,
 * pictures beside points, and Markdown pages split into their lead and
 * passages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { splitKoreanRuns } from '../../src/lib/markdown/features.ts';
import type { PageText } from '../../src/lib/markdown/citable-passages.ts';
import { siteMarkdown } from '../../src/lib/markdown/processor.ts';

const root = mkdtempSync(path.join(tmpdir(), 'markdown-pipeline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'content/data'), { recursive: true });
writeFileSync(
  path.join(root, 'content/data/figures.yaml'),
  `- id: example-jobs
  value: 40000
  unit: jobs
  bound: at-least
  group: target
  label: { ko: 고용, en: Jobs }
  sources: [S90]
- id: example-firms
  value: 17
  unit: firms
  group: programme
  label: { ko: 참여 기업, en: Taking part }
  sources: [S90]
`,
);
writeFileSync(
  path.join(root, 'content/data/glossary.yaml'),
  `- id: consortium
  term: { ko: 협의체, en: consortium }
  definition: { ko: 함께 일하는 모임, en: a group that works together }
`,
);

writeFileSync(
  path.join(root, 'content/redirects.yaml'),
  '- from: /sectors/example/#old\n  to: /sectors/example/#trial\n',
);

const processor = siteMarkdown({ site: 'https://example.org', base: '/', root });
const renderer = await processor.createRenderer({});

async function render(file: string, markdown: string) {
  const { code, metadata } = await renderer.render(markdown, {
    fileURL: pathToFileURL(path.join(root, file)),
    frontmatter: {},
  });
  return { html: code.trim(), pageText: metadata.frontmatter.pageText as PageText | undefined };
}

describe('Markdown pages', () => {
  it('are split at ## headings into the lead and passages, under their own anchors', async () => {
    const { pageText } = await render(
      'content/sectors/ko/example.md',
      '도입 **문단**입니다.\n\n## *예시* 분야 {#trial}\n\n예시시는 [역할](/ko/roles/example/)을 맡습니다.\n\n## 1. 목표 {#part-1}\n\n본문\n',
    );
    expect(pageText?.leadHtml).toBe('<p>도입 <strong>문단</strong>입니다.</p>');
    expect(pageText?.passages).toEqual([
      expect.objectContaining({
        id: 'trial',
        heading: '예시 분야',
        headingHtml: '<em>예시</em> 분야',
        html: '<p>예시시는 <a href="/ko/roles/example/">역할</a>을 맡습니다.</p>',
      }),
      expect.objectContaining({
        id: 'part-1',
        heading: '1. 목표',
        headingHtml: '1. 목표',
        html: '<p>본문</p>',
      }),
    ]);
  });

  it('give each heading a link to itself, labelled in the page language, with its address and moved anchors', async () => {
    const { pageText } = await render('content/sectors/ko/example.md', '## *예시* 분야 {#trial}\n\n본문\n');
    const heading = pageText?.passages[0]?.citableHeadingHtml ?? '';
    expect(heading).toMatch(
      /^<div class="group flex items-start gap-2" data-citable-heading><span id="old"><\/span>/,
    );
    expect(heading).toContain('<h2 id="trial" class="font-bold text-[1.375rem]"><em>예시</em> 분야</h2>');
    expect(heading).toContain('<a href="#trial"');
    expect(heading).toContain('data-heading-link data-pagefind-ignore>');
    expect(heading).toContain('<span class="sr-only">‘예시 분야’ 단락으로 바로 가는 링크</span>');
    expect(heading).toContain(
      '<span class="hidden" data-print-url>https://example.org/ko/sectors/example/#trial</span>',
    );
  });

  it('refuse a heading without an anchor', async () => {
    await expect(render('content/sectors/ko/example.md', '앞\n\n## 제목만 있음\n')).rejects.toThrow(
      /"제목만 있음" has no anchor/,
    );
  });

  it('leave MDX pages and other files whole', async () => {
    expect((await render('README.md', '## 제목 {#a}\n')).pageText).toBeUndefined();
  });
});

describe('figures', () => {
  it('show their text in the page language, with the particle fitted to it', async () => {
    const ko = await render(
      'content/roles/ko/example.md',
      '<Figure id="example-firms" />가 참여하고 고용은 <Figure id="example-jobs" />으로 늘립니다.\n',
    );
    expect(ko.html).toBe(
      '<p><data value="17">17곳</data>이 참여하고 고용은 <data value="40000">4만 명 이상</data>으로 늘립니다.</p>',
    );
    const en = await render('content/roles/en/example.md', '<Figure id="example-firms" /> take part.\n');
    expect(en.html).toBe('<p><data value="17">17 firms</data> take part.</p>');
  });

  it('name the file and line of an unknown id', async () => {
    await expect(render('content/roles/ko/example.md', '첫 줄\n\n<Figure id="nope" />\n')).rejects.toThrow(
      /content\/roles\/ko\/example\.md: line 3: <Figure id="nope" \/>/,
    );
  });

  it('work in MDX pages, whose headings get their links where they stand', async () => {
    const mdx = await processor.createMdxRenderer({}, { optimize: false });
    const { code } = await mdx.process(
      '## 개요 {#overview}\n\n기업 <Figure id="example-firms" />가 있다',
      path.join(root, 'content/pages/ko/about.mdx'),
      {},
    );
    expect(code).toContain('"data-citable-heading": ""');
    expect(code).toContain('"https://example.org/ko/about/#overview"');
    expect(code).toContain('value: "17"');
    expect(code).toContain('"17곳"');
    expect(code).toContain('"이 있다"');
  });
});

describe('the declaration', () => {
  it('links the first use of each glossary term in its passages, not in its lead or headings', async () => {
    const { pageText } = await render(
      'content/declaration/ko/declaration.md',
      '협의체를 소개합니다.\n\n## 협의체 {#consortium}\n\n협의체를 만들고, 다시 협의체를 말합니다.\n',
    );
    expect(pageText?.leadHtml).toBe('<p>협의체를 소개합니다.</p>');
    expect(pageText?.passages[0]?.headingHtml).toBe('협의체');
    expect(pageText?.passages[0]?.html).toBe(
      '<p><a href="/ko/glossary/#term-consortium" class="glossary-term">협의체</a>를 만들고, 다시 협의체를 말합니다.</p>',
    );
  });
});

describe('Korean words on English pages', () => {
  it('finds runs of Korean words with their inner spaces and middle dots', () => {
    expect(splitKoreanRuns('the programme (예시형 소재·부품 협의체) was won')).toEqual([
      'the programme (',
      { ko: '예시형 소재·부품 협의체' },
      ') was won',
    ]);
    expect(splitKoreanRuns('no Korean here')).toEqual(['no Korean here']);
  });

  it('marks them with lang="ko" on English pages only', async () => {
    expect(
      (await render('content/pages/en/about.md', 'Example Valley (예시밸리) in *Example City*')).html,
    ).toBe('<p>Example Valley (<span lang="ko">예시밸리</span>) in <em>Example City</em></p>');
    expect((await render('content/pages/ko/about.md', '예시밸리')).html).toBe('<p>예시밸리</p>');
  });
});

describe('tables', () => {
  it('scroll sideways in their own region, labelled in the page language', async () => {
    const { html } = await render('content/pages/en/about.md', '| a | b |\n| --- | --- |\n| 1 | 2 |\n');
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" tabindex="0" aria-label="Table: scroll sideways to see more"><table>/,
    );
  });
});

describe('pictures beside points', () => {
  it('draw a named icon inline, decorative unless it has alt text', async () => {
    const { html } = await render(
      'content/pages/ko/easy-read.md',
      '- ![](icon:calendar-event) 날짜\n- ![지도](icon:map) 지도\n',
    );
    expect(html).toMatch(
      /<li><svg class="point-icon"[^>]*aria-hidden="true" data-icon="calendar-event"><path /,
    );
    expect(html).toMatch(/<svg class="point-icon"[^>]*role="img" aria-label="지도" data-icon="map">/);
    expect(html).not.toContain('<img');
  });

  it('work in MDX pages too', async () => {
    const mdx = await processor.createMdxRenderer({}, { optimize: false });
    const { code } = await mdx.process(
      '- ![](icon:calendar-event) 날짜\n',
      path.join(root, 'content/pages/ko/about.mdx'),
      {},
    );
    expect(code).toContain('"data-icon": "calendar-event"');
    expect(code).toContain('_components.path');
    expect(code).not.toContain('"img"');
  });
});
