/**
 * What editors do, end to end, in a temporary copy of the project built for
 * real: one sector published in Korean only, a new sector copied from the
 * hologram pair with new titles, a sector renamed with a redirect, and
 * "Edit this page" switched on.
 */
import { cpSync, readFileSync, renameSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { copyProject, removeProject, runScript } from '../../scripts/lib/project-copy.ts';
import { contentSecurityPolicy } from '../../src/lib/security.ts';
import { startStaticHost } from '../helpers/static-host.ts';

const editBase = 'https://git.example/gumi/site/edit/main/';
let root: string;
let build: { code: number; output: string };

const file = (name: string) => path.join(root, name);
const page = (sitePath: string) => cheerio.load(readFileSync(file(`dist${sitePath}index.html`), 'utf8'));

function change(name: string, edit: (text: string) => string): void {
  writeFileSync(file(name), edit(readFileSync(file(name), 'utf8')));
}

beforeAll(() => {
  root = copyProject('editing-flow-');
  unlinkSync(file('content/sectors/en/wearables.md'));

  for (const locale of ['ko', 'en']) {
    cpSync(file(`content/sectors/${locale}/hologram.md`), file(`content/sectors/${locale}/holo-display.md`));
    renameSync(
      file(`content/sectors/${locale}/5g.md`),
      file(`content/sectors/${locale}/fifth-generation.md`),
    );
    change(`content/pages/${locale}/about.mdx`, (t) =>
      t.replaceAll('/sectors/5g/', '/sectors/fifth-generation/'),
    );
  }
  change('content/sectors/ko/holo-display.md', (t) =>
    t.replace(/^title: .*$/m, 'title: 홀로그램 디스플레이').replace(/^order: .*$/m, 'order: 8'),
  );
  change('content/sectors/en/holo-display.md', (t) =>
    t.replace(/^title: .*$/m, 'title: Hologram displays').replace(/^order: .*$/m, 'order: 8'),
  );
  for (const locale of ['ko', 'en']) {
    change(`content/sectors/${locale}/holo-display.md`, (t) => t.replace('{#in-gumi}', '{#activity}'));
  }
  appendFileSync(
    file('content/redirects.yaml'),
    '\n- from: /sectors/5g/\n  to: /sectors/fifth-generation/' +
      '\n- from: /sectors/holo-display/#in-gumi\n  to: /sectors/holo-display/#activity\n',
  );

  build = runScript(root, 'build', [], { EDIT_BASE_URL: editBase });
}, 180_000);

afterAll(() => removeProject(root));

describe('a page published in one language only', () => {
  it('builds, with the missing translation shown as a warning', () => {
    expect(build.code).toBe(0);
    expect(build.output).toContain('⚠ 경고 · warning  content/sectors/ko/wearables.md');
    expect(build.output).toContain('The English file is missing: content/sectors/en/wearables.md');
  });

  it('fails npm run check:content, which reports it', () => {
    const { code, output } = runScript(root, 'check:content');
    expect(code).toBe(1);
    expect(output).toContain('The English file is missing: content/sectors/en/wearables.md');
  });

  it('shows a notice in English linking to the Korean page, keeping its anchors', () => {
    const $ = page('/en/sectors/wearables/');
    expect($('html').attr('lang')).toBe('en');
    expect($('main h1').text()).toBe('This page has not been translated yet');
    expect($('main a[href="/ko/sectors/wearables/"]').text()).toBe('Read the Korean edition');
    for (const anchor of ['overview', 'in-gumi', 'alliance']) {
      expect($(`main li#${anchor} a`).attr('href')).toBe(`/ko/sectors/wearables/#${anchor}`);
    }
    expect($('main ul[lang="ko"]').length).toBe(1);
  });
});

describe('a sector copied from the hologram pair', () => {
  it('is published in both languages and listed on both sectors indexes, which count it', () => {
    // Korean: the seven, renamed 5g included, plus the copy; English lacks the untranslated wearables.
    expect(page('/ko/sectors/')('#sector-list').text()).toBe('8개 성장 분야');
    expect(page('/en/sectors/')('#sector-list').text()).toBe('The seven growth sectors');
    expect(page('/ko/sectors/holo-display/')('main h1').text()).toBe('홀로그램 디스플레이');
    expect(page('/en/sectors/holo-display/')('main h1').text()).toBe('Hologram displays');
    expect(page('/ko/sectors/')('main a[href="/ko/sectors/holo-display/"]').text()).toContain(
      '홀로그램 디스플레이',
    );
    expect(page('/en/sectors/')('main a[href="/en/sectors/holo-display/"]').text()).toContain(
      'Hologram displays',
    );
  });
});

describe('a renamed sector with a redirect', () => {
  it('keeps the old address as a redirect page, a _redirects line, and out of the sitemap', () => {
    const $ = page('/ko/sectors/5g/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/ko/sectors/fifth-generation/');
    expect($('html').attr('lang')).toBe('ko');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(readFileSync(file('dist/_redirects'), 'utf8')).toContain(
      '/en/sectors/5g/ /en/sectors/fifth-generation/ 301',
    );
    const sitemap = readFileSync(file('dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/ko/sectors/fifth-generation/');
    expect(sitemap).not.toContain('/ko/sectors/5g/');
  });

  it('has no inline script: its script is a file the CSP allows', () => {
    const $ = page('/ko/sectors/5g/');
    expect($('script:not([src])').length).toBe(0);
    expect($('script[src]').length).toBe(1);
  });

  it.each([
    ['a host that ignores _redirects: the redirect page and its script', false],
    ['a host that applies _redirects: the 301', true],
  ])('takes a reader of the old address, anchor included, to the new page on %s', async (_, redirects) => {
    const host = await startStaticHost(file('dist'), { redirects });
    const browser = await launchBrowser();
    try {
      const reader = await browser.newPage();
      const violations: string[] = [];
      reader.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text());
      });
      const response = await reader.request.get(`${host.origin}/ko/sectors/5g/`, { maxRedirects: 0 });
      expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy);
      expect(response.status()).toBe(redirects ? 301 : 200);

      await reader.goto(`${host.origin}/ko/sectors/5g/#in-gumi`);
      await reader.waitForURL(/fifth-generation\/#in-gumi$/);
      expect(await reader.locator('h2:target').getAttribute('id')).toBe('in-gumi');
      expect(violations).toEqual([]);

      const withoutScript = await browser.newPage({ javaScriptEnabled: false });
      await withoutScript.goto(`${host.origin}/en/sectors/5g/`);
      await withoutScript.waitForURL(/fifth-generation/);
      expect(await withoutScript.locator('main h1').textContent()).toBe(
        page('/en/sectors/fifth-generation/')('main h1').text(),
      );
    } finally {
      await browser.close();
      await host.close();
    }
  });
});

describe('a renamed anchor with a redirect', () => {
  it('keeps the old anchor on the heading it moved to', () => {
    for (const locale of ['ko', 'en']) {
      const $ = page(`/${locale}/sectors/holo-display/`);
      expect($('#in-gumi').next('h2').attr('id')).toBe('activity');
    }
  });
});

describe('"Edit this page" with EDIT_BASE_URL set', () => {
  it.each([
    ['/ko/sectors/holo-display/', 'content/sectors/ko/holo-display.md'],
    ['/en/', 'content/pages/en/home.md'],
    ['/en/about/', 'content/pages/en/about.mdx'],
    ['/en/sectors/wearables/', 'content/sectors/ko/wearables.md'],
  ])('%s links to %s', (sitePath, source) => {
    const $ = page(sitePath);
    expect($('a[data-edit-link]').attr('href')).toBe(`${editBase}${source}`);
    expect($('a[data-edit-link]').text().trim()).toBe(
      sitePath.startsWith('/ko/') ? '이 페이지 고치기' : 'Edit this page',
    );
  });
});
