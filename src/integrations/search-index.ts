/**
 * Astro integration: once `astro build` has written the pages, the search
 * index goes into dist/pagefind/, made with Pagefind's Node API, with the
 * lexicon the search box uses to read queries the way the index was built
 * (src/lib/search/).
 *
 * Both languages go into one index with English stemming (Hangul passes
 * through the stemmer untouched) and a `lang` filter, so a reader searches their
 * language first and can fall back to the other. Each page gets hidden fields
 * of generated keywords (src/lib/search/enrich.ts), searched but never shown;
 * they are added to what Pagefind reads, not to the published pages.
 */
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio/slim';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { isLocale, localeCodes, otherLocale, type Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/routing.ts';
import { dataCollections } from '../lib/content/collections.ts';
import {
  glossarySchema,
  partySchema,
  relatedFieldSchema,
  searchAliasSchema,
  sectorSchema,
} from '../lib/content/schemas.ts';
import { buildLexicon, keywords, siteWords, textWords, type AliasGroup } from '../lib/search/enrich.ts';
import {
  keywordFields,
  lexiconFile,
  vocabularyFile,
  type ClientLexicon,
  type Vocabulary,
} from '../lib/search/lexicon.ts';
import { readPageFiles } from '../lib/content-check/read-files.ts';

/** Parts of the Pagefind bundle this site does not use (it has its own search UI and runs on the main thread). */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

/** Elements whose text is a block of its own, and elements Pagefind does not read. */
const blockElements =
  'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,nav,ol,p,section,table,td,th,tr,ul';
const unreadElements = 'script,style,svg,template,noscript,[data-pagefind-ignore]';

interface BuiltPage {
  file: string;
  html: string;
  sitePath: string;
  locale: Locale;
  /** The first `<h1>`'s text. */
  title: string;
  /** The text Pagefind indexes: the `data-pagefind-body` element without ignored parts, blocks kept apart. */
  text: string;
}

/** Every built page that has a `data-pagefind-body` element. */
function readBuiltPages(distDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const file of globSync('**/*.html', { cwd: distDir }).sort()) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const $ = cheerio.load(html);
    const body = $('[data-pagefind-body]').first();
    if (body.length === 0) continue;
    const lang = $('html').attr('lang');
    if (!isLocale(lang))
      throw new Error(`${file}: <html lang="${lang}"> is not one of ${localeCodes.join(', ')}`);
    const title = $('h1').first().text().trim();
    body.find(unreadElements).remove();
    body.find(blockElements).before(' ').after(' ');
    const sitePath = `/${file
      .split(path.sep)
      .join('/')
      .replace(/index\.html$/, '')}`;
    pages.push({ file, html, sitePath, locale: lang, title, text: body.text().replace(/\s+/g, ' ').trim() });
  }
  return pages;
}

function readYamlList(file: string): unknown[] {
  const items: unknown = parseYaml(readFileSync(file, 'utf8'));
  return Array.isArray(items) ? items : [];
}

/** Alias groups: the editors' file, plus what the content already pairs (parties, sectors, further fields, glossary). */
async function aliasGroups(): Promise<AliasGroup[]> {
  const groups: AliasGroup[] = readYamlList(dataCollections.searchAliases.file).map((item) =>
    searchAliasSchema.parse(item),
  );
  for (const item of readYamlList(dataCollections.parties.file)) {
    const { name, shortName } = partySchema.parse(item);
    groups.push({ terms: [name.ko, name.en, shortName.ko, shortName.en] });
  }
  for (const item of readYamlList(dataCollections.relatedFields.file)) {
    const { name } = relatedFieldSchema.parse(item);
    groups.push({ terms: [name.ko, name.en] });
  }
  for (const item of readYamlList(dataCollections.glossary.file)) {
    const { term, forms } = glossarySchema.parse(item);
    groups.push({ terms: [term.ko, term.en, ...(forms.ko ?? []), ...(forms.en ?? [])] });
  }
  const sectors = await readPageFiles('.', ['sectors']);
  for (const files of Map.groupBy(sectors, (page) => page.key).values()) {
    const terms = files.flatMap((page) => {
      const data = sectorSchema.safeParse(page.frontmatter?.doc.toJS());
      return data.success ? [data.data.title, ...data.data.aliases] : [];
    });
    if (terms.length > 1) groups.push({ terms });
  }
  return groups;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page as Pagefind should read it: with its language filter and hidden keywords in its head. */
function forIndex(page: BuiltPage, fields: Record<string, string[]>): string {
  const head = [
    `<meta data-pagefind-filter="lang[content]" content="${page.locale}">`,
    ...Object.entries(fields).map(
      ([field, words]) =>
        `<meta data-pagefind-meta="${field}[content]" content="${escapeAttribute(words.join(' '))}">`,
    ),
  ].join('');
  return page.html.replace('</head>', `${head}</head>`);
}

/** Writes the search index of the pages in `distDir` into `distDir/pagefind/`; returns a summary. */
async function writeSearchIndex(distDir: string): Promise<string> {
  const bundleDir = path.join(distDir, 'pagefind');
  const pages = readBuiltPages(distDir);
  const aliases = await aliasGroups();
  const lexicon = buildLexicon(
    pages.filter((page) => page.locale === 'ko').map((page) => page.text),
    aliases.flatMap((group) => group.terms),
  );
  const vocabulary = siteWords(
    pages.map((page) => page.text),
    lexicon,
  );
  const dictionaries = { lexicon, words: new Set(vocabulary) };
  const titles = new Map(pages.map((page) => [page.sitePath, page.title]));

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let keywordCount = 0;
  // Each page is sent as soon as its keywords are made; Pagefind parses it while the next are made.
  await Promise.all(
    pages.map(async (page) => {
      const twinTitle = titles.get(localizedPath(page.sitePath, otherLocale(page.locale)));
      const body = keywords({ text: page.text, dictionaries, aliases });
      const title = keywords({
        text: page.title,
        dictionaries,
        aliases,
        related: twinTitle ? [twinTitle] : [],
      });
      const fields = {
        [keywordFields.own]: body.own,
        [keywordFields.associated]: body.associated,
        [keywordFields.title]: [...title.own, ...title.associated],
      };
      keywordCount += Object.values(fields).flat().length;
      const added = await index.addHTMLFile({ sourcePath: page.file, content: forIndex(page, fields) });
      if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
    }),
  );
  rmSync(bundleDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const file of unusedBundleFiles) rmSync(path.join(bundleDir, file), { force: true });

  const clientLexicon: ClientLexicon = {
    stems: [...lexicon].sort().join(' '),
    aliases: aliases.map((group) => [...new Set(group.terms.map((term) => textWords(term).join(' ')))]),
  };
  writeFileSync(path.join(bundleDir, lexiconFile), JSON.stringify(clientLexicon));
  const siteVocabulary: Vocabulary = { words: vocabulary.join(' ') };
  writeFileSync(path.join(bundleDir, vocabularyFile), JSON.stringify(siteVocabulary));
  return `${pages.length} pages, ${lexicon.size} stems in the lexicon, ${keywordCount} generated keywords`;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${summary} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
