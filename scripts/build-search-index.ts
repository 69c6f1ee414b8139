/**
 * The last step of `npm run build`: the search index in dist/pagefind/, made
 * with Pagefind's Node API from the built pages, plus the lexicon the search
 * box uses to read queries the way the index was built (src/lib/search/).
 *
 * Both languages go into one index with English stemming (Hangul passes
 * through the stemmer untouched) and a `lang` filter, so a reader searches their
 * language first and can fall back to the other. Each page gets a hidden `kw`
 * field of generated keywords (src/lib/search/enrich.ts); it is searched but
 * never shown.
 */
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { isLocale, localeCodes, otherLocale, type Locale } from '../src/i18n/locales.ts';
import { localizedPath, routes } from '../src/i18n/routing.ts';
import {
  glossarySchema,
  partySchema,
  relatedFieldSchema,
  searchAliasSchema,
  sectorSchema,
} from '../src/lib/content/schemas.ts';
import { dataCollections } from '../src/lib/content/collections.ts';
import { buildLexicon, keywords, siteWords, textWords, type AliasGroup } from '../src/lib/search/enrich.ts';
import {
  keywordFields,
  lexiconFile,
  vocabularyFile,
  type ClientLexicon,
  type Vocabulary,
} from '../src/lib/search/lexicon.ts';
import { readPageFiles } from '../src/lib/content-check/read-files.ts';

const distDir = path.resolve('dist');
/** Where the index goes: dist/pagefind/, or another folder for tests (`node scripts/build-search-index.ts <folder>`). */
const bundleDir = path.resolve(process.argv[2] ?? path.join(distDir, 'pagefind'));

/**
 * Pagefind loads its word index in chunks by word range; a query fetches only
 * the chunks its words fall in. The default (20,000 word positions) puts this
 * site's whole index in one chunk, so every first search would download all of
 * it. Smaller chunks mean a word's extensions (구미시, 구미시는, 구미시장…) can
 * straddle a boundary, which the search box covers by also loading the chunk
 * where the extensions end (engine.ts); tests/build/search-chunks.test.ts checks
 * that no word of the site loses results to chunking. Set before the Pagefind
 * service starts; Pagefind 1.6.0 reads it.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';

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

interface BuiltPage {
  file: string;
  sitePath: string;
  locale: Locale;
  /** The `data-pagefind-body` element: all of the page Pagefind reads besides what `forIndex` adds. */
  body: string;
  title: string;
  text: string;
}

const blockElements = new Set(
  'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,nav,ol,p,section,table,td,th,tr,ul'.split(
    ',',
  ),
);
const unreadElements = new Set(['script', 'style', 'svg', 'template', 'noscript']);

interface PageParts {
  lang: string | undefined;
  /** The `data-pagefind-body` element exactly as the page has it (re-serialising would turn every Hangul letter into an entity). */
  body: string;
  /** The first `<h1>`'s text. */
  title: string;
  /** The text Pagefind indexes: the body without ignored parts, with blocks kept apart. */
  text: string;
}

/**
 * What the index needs of one page, read in a single pass of htmlparser2's
 * tokenizer without building a document: for a large site this is most of
 * the index step's own time. Undefined for a page without a
 * `data-pagefind-body` element.
 */
function pageParts(html: string): PageParts | undefined {
  let lang: string | undefined;
  let bodyStart = -1;
  let body: string | undefined;
  /** Open elements inside the body, and how many of them hide their text from the index. */
  const open: { name: string; hidden: boolean }[] = [];
  let hiddenDepth = 0;
  const text: string[] = [];
  const title: string[] = [];
  let inTitle = false;
  let titleDone = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') lang = attributes.lang;
        if (name === 'h1' && !titleDone) inTitle = true;
        if (body !== undefined) return;
        if (bodyStart < 0) {
          if ('data-pagefind-body' in attributes) {
            bodyStart = parser.startIndex;
            open.push({ name, hidden: false });
          }
          return;
        }
        const hidden = hiddenDepth > 0 || unreadElements.has(name) || 'data-pagefind-ignore' in attributes;
        open.push({ name, hidden });
        if (hidden) hiddenDepth++;
        else if (blockElements.has(name)) text.push(' ');
      },
      ontext(data) {
        if (inTitle) title.push(data);
        if (bodyStart >= 0 && body === undefined && hiddenDepth === 0) text.push(data);
      },
      onclosetag(name) {
        if (name === 'h1' && inTitle) {
          inTitle = false;
          titleDone = true;
        }
        if (bodyStart < 0 || body !== undefined) return;
        const element = open.pop();
        if (open.length === 0) {
          body = html.slice(bodyStart, parser.endIndex + 1);
          return;
        }
        if (element?.hidden) hiddenDepth--;
        else if (blockElements.has(name)) text.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (body === undefined) return undefined;
  return {
    lang,
    body,
    title: title.join('').trim(),
    text: text.join('').replace(/\s+/g, ' ').trim(),
  };
}

function readBuiltPages(): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const file of globSync('**/*.html', { cwd: distDir }).sort()) {
    const parts = pageParts(readFileSync(path.join(distDir, file), 'utf8'));
    if (!parts) continue;
    const { lang, body, title, text } = parts;
    if (!isLocale(lang))
      throw new Error(`${file}: <html lang="${lang}"> is not one of ${localeCodes.join(', ')}`);
    const sitePath = `/${file
      .split(path.sep)
      .join('/')
      .replace(/index\.html$/, '')}`;
    pages.push({ file, sitePath, locale: lang, body, title, text });
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
  const byKey = Map.groupBy(sectors, (page) => page.key);
  for (const files of byKey.values()) {
    const terms = files.flatMap((page) => {
      const data = sectorSchema.safeParse(page.frontmatter?.doc.toJS());
      return data.success ? [data.data.title, ...data.data.aliases] : [];
    });
    if (terms.length > 1) groups.push({ terms });
  }
  return groups;
}

/**
 * The declaration is what the site publishes; the other pages explain and
 * restate it. Its passages' text weighs this much more than other body text,
 * so that `산학연 동맹` leads to its fifth part before the seven sector pages
 * that each mention the alliance.
 */
const declarationWeight = 3;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page as Pagefind should index it: its indexed part only (sending whole
 * pages doubles the indexing time of a large site), with its language filter,
 * hidden keywords and weights.
 */
function forIndex(page: BuiltPage, fields: Record<string, string[]>): string {
  const head = [
    `<meta data-pagefind-filter="lang[content]" content="${page.locale}">`,
    ...Object.entries(fields).map(
      ([field, words]) =>
        `<meta data-pagefind-meta="${field}[content]" content="${escapeAttribute(words.join(' '))}">`,
    ),
  ].join('');
  const html = `<!DOCTYPE html><html lang="${page.locale}"><head>${head}</head><body>${page.body}</body></html>`;
  if (page.sitePath !== routes.declaration(page.locale)) return html;
  const $ = cheerio.load(html);
  $('.passage .prose').attr('data-pagefind-weight', String(declarationWeight));
  return $.html();
}

const started = performance.now();
const pages = readBuiltPages();
const aliases = await aliasGroups();
const koreanPages = pages.filter((page) => page.locale === 'ko');
const lexicon = buildLexicon(
  koreanPages.map((page) => page.text),
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

function fieldsOf(page: BuiltPage): Record<string, string[]> {
  const twinTitle = titles.get(localizedPath(page.sitePath, otherLocale(page.locale)));
  const body = keywords({ text: page.text, dictionaries, aliases });
  const title = keywords({ text: page.title, dictionaries, aliases, related: twinTitle ? [twinTitle] : [] });
  return {
    [keywordFields.own]: body.own,
    [keywordFields.associated]: body.associated,
    [keywordFields.title]: [...title.own, ...title.associated],
  };
}

let keywordCount = 0;
// Pages go to the Pagefind service a batch at a time, so that it parses while the next keywords are made.
const batchSize = 32;
for (let start = 0; start < pages.length; start += batchSize) {
  await Promise.all(
    pages.slice(start, start + batchSize).map(async (page) => {
      const fields = fieldsOf(page);
      keywordCount += Object.values(fields).flat().length;
      const added = await index.addHTMLFile({ sourcePath: page.file, content: forIndex(page, fields) });
      if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
    }),
  );
}

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

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Search index: ${pages.length} pages, ${lexicon.size} stems in the lexicon, ${keywordCount} generated keywords (${seconds}s)`,
);
