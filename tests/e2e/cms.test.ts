/**
 * The browser editor at /admin/, served as a static host serves it (its own
 * Content-Security-Policy header, tests/helpers/static-host.ts), opened in its
 * local repository mode on a copy of the content. The folder a staff member
 * would pick is the browser's origin-private file system: the test copies the
 * content files into it and `window.showDirectoryPicker` hands it over, so the
 * CMS reads and writes real files through the File System Access API; the
 * test reads them back afterwards. No request may leave the site's origin.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { dataCollections } from '../../src/lib/content/collections.ts';
import { easyReadKey } from '../../src/lib/easy-read.ts';
import { localOnlyRepository } from '../../src/lib/cms/repository.ts';
import { adminContentSecurityPolicy, adminPath } from '../../src/lib/security.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { copyContent, removeCopy } from '../helpers/content-copy.ts';
import { distDir } from '../helpers/site.ts';
import { startStaticHost } from '../helpers/static-host.ts';

let host: { origin: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  host = await startStaticHost(distDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await host.close();
});

type Files = Record<string, string>;

/** Every file the editor may read or write, as it is in the repository. */
function contentFiles(): Files {
  return Object.fromEntries(
    globSync('content/**/*.{md,mdx,yaml,json}')
      .filter((file) => file !== 'content/README.md')
      .map((file) => [file.split(path.sep).join('/'), readFileSync(file, 'utf8')]),
  );
}

interface Editor {
  page: Page;
  context: BrowserContext;
  /** Requests to another origin, console errors and policy violations. */
  problems: string[];
  /** The files as the editor left them. */
  files: () => Promise<Files>;
  open: (hash: string) => Promise<void>;
  /** Types a new value into a field, once the entry has loaded into it. */
  type: (field: Locator, value: string) => Promise<void>;
  /** Picks a choice of a select shown as radio buttons, once the entry has loaded. */
  choose: (choice: Locator) => Promise<void>;
  save: () => Promise<void>;
}

async function openEditor(files: Files): Promise<Editor> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(host.origin)) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    // The folder picker hands over the origin-private file system, where the test put the copy.
    Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
  });

  const response = await page.goto(`${host.origin}${adminPath}`);
  expect(response?.headers()['content-security-policy']).toBe(
    adminContentSecurityPolicy(localOnlyRepository),
  );
  await page.evaluate(async (copy) => {
    const root = await navigator.storage.getDirectory();
    // The editor accepts a folder only if it is a repository's root.
    await root.getDirectoryHandle('.git', { create: true });
    for (const [file, text] of Object.entries(copy)) {
      const parts = file.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (
        await folder.getFileHandle(parts.at(-1) ?? '', { create: true })
      ).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.getByRole('button', { name: '로컬 저장소로 작업' }).click();
  await page.waitForURL((url) => url.hash.startsWith('#/collections/'));

  return {
    page,
    context,
    problems,
    files: () =>
      page.evaluate(async (names) => {
        const root = await navigator.storage.getDirectory();
        const read: Record<string, string> = {};
        for (const file of names) {
          const parts = file.split('/');
          let folder = root;
          for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
          read[file] = await (await (await folder.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
        }
        return read;
      }, Object.keys(files)),
    open: async (hash) => {
      await page.goto(`${host.origin}${adminPath}#${hash}`);
      await page.getByRole('button', { name: '저장', exact: true }).waitFor();
    },
    type: (field, value) => untilSavable(page, () => field.fill(value), value),
    choose: (choice) => untilSavable(page, () => choice.check(), 'the choice'),
    save: async () => {
      await page.getByRole('button', { name: '저장', exact: true }).click();
      // Once saved, the editor closes and shows the list again.
      await page.waitForURL((url) => !url.hash.includes('/entries/'));
    },
  };
}

/** Makes a change until the editor sees it: an entry still loading can put its saved value back. */
async function untilSavable(page: Page, change: () => Promise<void>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await change();
    const changed = await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('button')].some(
            (b) => b.textContent?.trim() === '저장' && !b.disabled,
          ),
        null,
        { timeout: 2000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (changed) return;
  }
  throw new Error(`the editor never took ${what}`);
}

/** A field of the first item of a data file's list, once that item is open (items start collapsed, one line each) and drawn. */
async function inFirstItem(page: Page, field: Locator): Promise<Locator> {
  const toggle = page.locator('button[aria-controls$="-item-0-body"]').first();
  await toggle.waitFor();
  for (let attempt = 0; attempt < 5 && (await toggle.getAttribute('aria-expanded')) !== 'true'; attempt++) {
    await toggle.dispatchEvent('click');
    await page
      .waitForFunction(
        (button) => button?.getAttribute('aria-expanded') === 'true',
        await toggle.elementHandle(),
        {
          timeout: 3000,
        },
      )
      .catch(() => undefined);
  }
  // Fields are drawn as they scroll into view.
  const body = await toggle.getAttribute('aria-controls');
  await page.locator(`[id="${body}"]`).evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await field.waitFor();
  return field;
}

/** The lines of `after` that differ from `before` (the files keep their number of lines). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const lines = after.split('\n');
  expect(lines).toHaveLength(old.length);
  return lines.filter((line, index) => line !== old[index]);
}

const changedFiles = (before: Files, after: Files) =>
  Object.keys(before)
    .filter((file) => before[file] !== after[file])
    .sort();

const frontmatterOf = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('the browser editor on a copy of the content', () => {
  it('changes exactly the lines edited, keeps the comments, and the content check finds nothing new on the copy', async () => {
    const before = contentFiles();
    const editor = await openEditor(before);
    const { page } = editor;

    const sectorFile = globSync('content/sectors/ko/*.md').sort()[0] ?? '';
    const slug = path.basename(sectorFile, '.md');
    const title = String(frontmatterOf(before[sectorFile] ?? '').title);
    await editor.open(`/collections/sectors/entries/${slug}`);
    await expect
      .poll(() => page.getByRole('textbox', { name: '제목' }).first().inputValue(), { timeout: 15_000 })
      .toBe(title);
    await editor.type(page.getByRole('textbox', { name: '제목' }).first(), `${title} 분야`);
    await editor.save();

    const figuresFile = dataCollections.figures.file;
    const [figure] = parse(before[figuresFile] ?? '') as { label: { ko: string } }[];
    await editor.open('/collections/data/entries/figures');
    const label = await inFirstItem(page, page.getByRole('textbox', { name: '한국어' }).first());
    await editor.type(label, `${figure?.label.ko} 목표`);
    await editor.save();

    const after = await editor.files();
    expect(changedFiles(before, after)).toEqual([figuresFile, sectorFile].sort());
    expect(changedLines(before[sectorFile] ?? '', after[sectorFile] ?? '')).toEqual([`title: ${title} 분야`]);
    const [line] = changedLines(before[figuresFile] ?? '', after[figuresFile] ?? '');
    expect(line).toContain(`${figure?.label.ko} 목표`);
    expect(after[figuresFile]?.split('\n').filter((l) => l.startsWith('#'))).toEqual(
      before[figuresFile]?.split('\n').filter((l) => l.startsWith('#')),
    );

    // The edit brings no finding of its own: the check says of the copy what it said of the content.
    const root = copyContent('.');
    try {
      const { problems } = await checkContent(root);
      for (const [file, text] of Object.entries(after)) writeFileSync(path.join(root, file), text);
      expect((await checkContent(root)).problems).toEqual(problems);
    } finally {
      removeCopy(root);
    }
    expect(editor.problems).toEqual([]);
    await editor.context.close();
  });

  it(
    'changes one line for one field (each kind of page, the declaration’s text, the easy-read hard words, each data file) and leaves every file byte for byte as it was when the change is saved back',
    { timeout: 180_000 },
    async () => {
      const before = contentFiles();
      const editor = await openEditor(before);
      const { page } = editor;
      /** After a save with one field changed, that field's line is the one line of the content that differs. */
      const oneLineChanged = async (hash: string) => {
        const saved = await editor.files();
        const [file = '', ...others] = changedFiles(before, saved);
        expect(others, hash).toEqual([]);
        const lines = changedLines(before[file] ?? '', saved[file] ?? '');
        expect(lines, `${hash}: ${file}`).toHaveLength(1);
        return { file, line: lines[0] };
      };
      /** Saves an entry with its field changed, then saves it again with the field as it was. */
      const saveChangedAndBack = async (hash: string, field: () => Promise<Locator>) => {
        const text = async () => {
          await editor.open(hash);
          const input = await field();
          await expect.poll(() => input.inputValue(), { timeout: 15_000 }).not.toBe('');
          return input;
        };
        const input = await text();
        const value = await input.inputValue();
        await editor.type(input, `${value}x`);
        await editor.save();
        const changed = await oneLineChanged(hash);
        await editor.type(await text(), value);
        await editor.save();
        return changed;
      };

      // One page of each kind (`npm run check` holds every page to the same form), then every data file.
      const firstPages = [
        'declaration/ko/*.md',
        'roles/ko/*.md',
        'sectors/ko/*.md',
        'pages/ko/*.md',
        'pages/ko/*.mdx',
      ];
      for (const pattern of firstPages) {
        const file = globSync(`content/${pattern}`).sort()[0] ?? '';
        const [, folder = '', , name = ''] = file.split(path.sep);
        const collection = name.endsWith('.mdx') ? 'pages-mdx' : folder;
        await saveChangedAndBack(
          `/collections/${collection}/entries/${name.replace(/\.mdx?$/, '')}`,
          async () => page.getByRole('textbox', { name: '제목' }).first(),
        );
      }
      // The fields of one kind of page: the declaration's text (in the Korean file only)…
      const declaration = '/collections/declaration/entries/declaration';
      const declarationFile = 'content/declaration/ko/declaration.md';
      const kinds = { restatement: '정리본 (restatement)', official: '공식 문안 (official)' };
      const kind = (frontmatterOf(before[declarationFile] ?? '').text as { kind: keyof typeof kinds }).kind;
      const otherKind = kind === 'restatement' ? 'official' : 'restatement';
      const choose = async (saved: string, choice: string) => {
        await editor.open(declaration);
        await expect
          .poll(() => page.getByRole('radio', { name: saved }).isChecked(), { timeout: 15_000 })
          .toBe(true);
        await editor.choose(page.getByRole('radio', { name: choice }));
        await editor.save();
      };
      await choose(kinds[kind], kinds[otherKind]);
      expect(await oneLineChanged(declaration)).toEqual({
        file: declarationFile,
        line: `  kind: ${otherKind}`,
      });
      await choose(kinds[otherKind], kinds[kind]);
      // …and the easy-read page's hard words, each language its own: changed on either side.
      for (const [locale, pane] of [
        ['ko', /한국어.*콘텐츠 편집/],
        ['en', /영어.*콘텐츠 편집/],
      ] as const) {
        const hardWord = await saveChangedAndBack(`/collections/pages/entries/${easyReadKey}`, async () => {
          const side = page.getByRole('group', { name: pane });
          // The items' fields are drawn as they scroll into view.
          await side
            .getByRole('textbox', { name: '낱말' })
            .first()
            .evaluate((element) => element.scrollIntoView({ block: 'start' }));
          return side.getByRole('textbox', { name: '풀이' }).first();
        });
        expect(hardWord.file).toBe(`content/pages/${locale}/${easyReadKey}.md`);
        expect(hardWord.line).toMatch(/^ {4}means: .+x$/);
      }
      for (const name of Object.keys(dataCollections)) {
        await saveChangedAndBack(`/collections/data/entries/${name}`, async () => {
          // The first field of the first item that can be typed in (the event's id cannot).
          const input = page.locator('input[role="textbox"]:not([readonly])').first();
          return inFirstItem(page, input);
        });
      }

      const after = await editor.files();
      expect(changedFiles(before, after)).toEqual([]);
      expect(editor.problems).toEqual([]);
      await editor.context.close();
    },
  );
});
