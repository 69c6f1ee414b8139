/** Rules for each page file: where it is, its frontmatter, headings and anchors, references, its translation. */
import { localeCodes, otherLocale } from '../../../i18n/locales.ts';
import { reservedPageKeys } from '../../../i18n/routing.ts';
import { pageCollections } from '../../content/collections.ts';
import { figureTag } from '../../markdown/figure-tags.ts';
import { didYouMean, languageName, say } from '../messages.ts';
import { problem, warning, type Problem } from '../problems.ts';
import { showsOnlyLead, type PublishedSite } from '../published-site.ts';
import { stringsIn, type Heading, type PageFile } from '../read-files.ts';
import { closest, schemaProblems } from '../schema-problems.ts';

const anchorFormat = /^[a-z0-9][a-z0-9-]*$/;

/** The file is in a language folder, has the right extension and says the right language. */
export function checkLocation(page: PageFile): Problem[] {
  const spec = pageCollections[page.collection];
  const problems: Problem[] = [];
  if (!page.locale)
    problems.push(problem(page.file, say('page.notInLanguageFolder', { folder: spec.folder })));
  if (!(spec.extensions as readonly string[]).includes(page.extension)) {
    problems.push(
      problem(page.file, say('page.wrongExtension', { extensions: `.${spec.extensions.join(', .')}` })),
    );
  }
  const lang = page.frontmatter?.doc.get('lang');
  if (page.locale && typeof lang === 'string' && lang !== page.locale) {
    problems.push(
      problem(page.file, say('page.langNotFolder', { lang, folder: page.locale }), {
        line: page.frontmatter?.lineOf(['lang']),
        field: 'lang',
      }),
    );
  }
  return problems;
}

/** The frontmatter exists, is valid YAML and follows the collection's schema. */
export function checkFrontmatter(page: PageFile): Problem[] {
  if (!page.frontmatter) return [problem(page.file, say('page.noFrontmatter'), { line: 1 })];
  const yamlErrors = page.frontmatter.doc.errors;
  if (yamlErrors.length > 0) {
    return yamlErrors.map((error) =>
      problem(page.file, say('yaml.syntax', { error: error.message.split('\n')[0] ?? '' }), {
        line: page.frontmatter?.lineAt(error.pos[0]),
      }),
    );
  }
  return schemaProblems(page.file, page.frontmatter, pageCollections[page.collection].schema);
}

/** Every section heading has one explicit, well-formed anchor, used once on the page. */
export function checkHeadings(page: PageFile, headings: readonly Heading[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const heading of headings) {
    const at = { line: heading.line };
    if (heading.depth === 1) {
      problems.push(problem(page.file, say('page.titleHeading', { heading: heading.text }), at));
    } else if (!heading.id) {
      problems.push(problem(page.file, say('page.headingWithoutAnchor', { heading: heading.text }), at));
    } else {
      if (!anchorFormat.test(heading.id))
        problems.push(problem(page.file, say('page.anchorFormat', { anchor: heading.id }), at));
      const first = seen.get(heading.id);
      if (first !== undefined)
        problems.push(problem(page.file, say('page.anchorTwice', { anchor: heading.id, line: first }), at));
      else seen.set(heading.id, heading.line);
    }
  }
  return problems;
}

/** Each `<Figure id="…" />` in a text names a figure of content/data/figures.yaml. */
export function unknownFigures(text: string, figures: ReadonlySet<string>) {
  return [...text.matchAll(figureTag)].flatMap((match) => {
    const id = match[1] ?? '';
    if (figures.has(id)) return [];
    const guess = closest(id, [...figures]);
    return [{ index: match.index, text: say('reference.unknownFigure', { id, hint: didYouMean(guess) }) }];
  });
}

/** `<Figure id="…" />` and `sources:` name things that exist in the data. */
export function checkReferences(
  page: PageFile,
  known: { figures: Set<string>; sources: Set<string> },
): Problem[] {
  const problems = unknownFigures(page.body, known.figures).map(({ index, text }) =>
    problem(page.file, text, { line: page.body.slice(0, index).split('\n').length + page.bodyLine - 1 }),
  );
  const sources = page.frontmatter?.doc.get('sources');
  const list =
    sources && typeof sources === 'object' && 'items' in sources
      ? (sources as { items: { value?: unknown }[] }).items
      : [];
  list.forEach((item, index) => {
    const id = String(item.value ?? '');
    if (known.sources.has(id)) return;
    problems.push(
      problem(page.file, say('reference.unknownSource', { id }), {
        line: page.frontmatter?.lineOf(['sources', index]),
        field: 'sources',
      }),
    );
  });
  return problems;
}

/** Every page exists in both languages, and both have the same anchors in the same order. */
export function checkPairs(
  pages: readonly PageFile[],
  headingsByFile: ReadonlyMap<string, readonly Heading[]>,
): Problem[] {
  const problems: Problem[] = [];
  const groups = Map.groupBy(
    pages.filter((page) => page.locale),
    (page) => `${page.collection}/${page.key}`,
  );
  for (const files of groups.values()) {
    const inLocale = (locale: string) => files.find((page) => page.locale === locale);
    for (const locale of localeCodes) {
      const other = inLocale(otherLocale(locale));
      if (inLocale(locale) || !other) continue;
      const missing = other.file.replace(`/${other.locale}/`, `/${locale}/`);
      problems.push(
        warning(other.file, say('page.translationMissing', { language: languageName(locale), missing })),
      );
    }
    const ko = inLocale('ko');
    const en = inLocale('en');
    if (!ko || !en) continue;
    const anchors = (page: PageFile) =>
      (headingsByFile.get(page.file) ?? []).flatMap((h) => (h.id ? [h.id] : []));
    const koAnchors = anchors(ko);
    const enAnchors = anchors(en);
    const list = (ids: string[]) => ids.map((id) => `#${id}`).join(', ') || '-';
    const onlyKo = koAnchors.filter((id) => !enAnchors.includes(id));
    const onlyEn = enAnchors.filter((id) => !koAnchors.includes(id));
    if (onlyKo.length || onlyEn.length) {
      problems.push(
        problem(en.file, say('page.anchorsDiffer', { onlyKo: list(onlyKo), onlyEn: list(onlyEn) })),
      );
    } else if (koAnchors.join() !== enAnchors.join()) {
      problems.push(problem(en.file, say('page.anchorOrderDiffers')));
    }
  }
  return problems;
}

/**
 * `npm run new` fills a new page with placeholders that say what to write:
 * `[작성: 분야 이름]` in Korean files, `[write: the sector's name]` in English
 * ones. Until every one is replaced, the page is not ready to publish.
 */
const placeholderPattern = /\[(?:작성|write): ([^\]]*)\]/g;

export function placeholder(locale: 'ko' | 'en', instruction: string): string {
  return locale === 'ko' ? `[작성: ${instruction}]` : `[write: ${instruction}]`;
}

export interface PlaceholderCheck {
  problems: Problem[];
  /** Frontmatter fields still holding a placeholder; their schema errors would only repeat this. */
  fields: Set<string>;
}

export function checkPlaceholders(page: PageFile): PlaceholderCheck {
  const problems: Problem[] = [];
  const fields = new Set<string>();
  const data: unknown = page.frontmatter?.doc.toJS();
  if (data && typeof data === 'object' && page.frontmatter?.doc.errors.length === 0) {
    for (const { path, text } of stringsIn(data)) {
      for (const match of text.matchAll(placeholderPattern)) {
        fields.add(String(path[0]));
        problems.push(
          problem(
            page.file,
            say('page.placeholderField', { field: String(path[0]), instruction: match[1] ?? '' }),
            {
              line: page.frontmatter.lineOf(path),
              field: path.map(String).join('.'),
            },
          ),
        );
      }
    }
  }
  page.body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(placeholderPattern)) {
      problems.push(
        problem(page.file, say('page.placeholderText', { instruction: match[1] ?? '' }), {
          line: page.bodyLine + index,
        }),
      );
    }
  });
  return { problems, fields };
}

/** Files that no page shows, and text the home page would leave out, are mistakes an editor cannot see in the browser. */
export function checkShown(
  files: readonly PageFile[],
  site: PublishedSite,
  headingsByFile: ReadonlyMap<string, readonly Heading[]>,
): Problem[] {
  const problems: Problem[] = site.unrouted.map((file) =>
    problem(
      file.file,
      file.collection === 'pages' && reservedPageKeys.includes(file.key)
        ? say('page.nameTaken', { key: file.key })
        : say('page.notShown'),
    ),
  );
  for (const file of files) {
    const first = headingsByFile.get(file.file)?.[0];
    if (first && showsOnlyLead(file)) {
      problems.push(problem(file.file, say('page.homeShowsLeadOnly'), { line: first.line }));
    }
  }
  return problems;
}
