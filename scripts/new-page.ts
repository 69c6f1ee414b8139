/**
 * `npm run new -- sector <slug>`: creates the Korean and English files of a
 * new sector, every required field stubbed with a placeholder that says what
 * to write. `npm run check` fails, naming each placeholder, until all are
 * replaced. Refuses a slug that is malformed, taken, or an old address that
 * now redirects. Never overwrites a file.
 *
 *   node scripts/new-page.ts sector <slug> [--root <project folder>]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localeCodes, type Locale } from '../src/i18n/locales.ts';
import { routes } from '../src/i18n/routing.ts';
import { editorPage } from '../src/lib/cms/frontmatter.ts';
import { entryKeyFormat } from '../src/lib/content/collections.ts';
import { readRedirects } from '../src/lib/content/redirects.ts';
import { readPageFiles } from '../src/lib/content-check/read-files.ts';
import { placeholder } from '../src/lib/content-check/rules/page-rules.ts';

function fail(ko: string, en: string): never {
  console.error(`✖ ${ko}\n  ${en}`);
  process.exit(1);
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The stubbed text of a new sector in one language, written as the browser editor writes a page. */
function sectorStub(locale: Locale, order: number): string {
  const w = (ko: string, en: string) => placeholder(locale, locale === 'ko' ? ko : en);
  const headings =
    locale === 'ko'
      ? ['개요', '구미에서 보도된 내용', '산학연 동맹과의 관계']
      : ['Overview', 'Reported activity in Gumi', 'The industry–academia–research alliance'];
  const fields = {
    lang: locale,
    title: w('분야 이름. 예: 홀로그램', "the sector's name, e.g. Holograms"),
    description: w(
      '검색 결과와 링크 미리보기에 보일 한두 문장, 10~240자',
      'one or two sentences for search results and link previews, 10 to 240 characters',
    ),
    lastUpdated: today(),
    sources: [
      w(
        '이 페이지의 사실이 나온 출처의 id, content/data/sources.yaml에서. 예: S0. 출처마다 한 줄',
        'ids of the sources the facts come from, from content/data/sources.yaml, e.g. S0; one per line',
      ),
    ],
    order,
    summary: w(
      '분야 목록에 보일 한 문장, 200자 이내',
      'one sentence for the sectors index, up to 200 characters',
    ),
  };
  return editorPage(
    fields,
    `${w('이 분야를 소개하는 첫 문단. 제목 없이 씁니다', 'an opening paragraph introducing the sector, with no heading')}

## ${headings[0]} {#overview}

${w('이 분야가 무엇인지', 'what the sector is')}

## ${headings[1]} {#in-gumi}

${w('구미에서 이 분야에 대해 보도된 사업과 계획. 사실마다 출처가 있어야 합니다', 'projects and plans reported in Gumi for this sector; every fact needs a source')}

## ${headings[2]} {#alliance}

${w('공동선언의 산학연 동맹과 이 분야의 관계. 해당 내용이 없으면 이 단락을 한국어와 영어 파일에서 함께 지우세요', 'how the sector relates to the alliance in the declaration; if nothing is reported, delete this section from both the Korean and the English file')}`,
  );
}

const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
const [kind, slug, extra] = positionals;
const root = path.resolve(values.root ?? '.');

if (kind !== 'sector' || !slug || extra) {
  fail(
    '사용법: npm run new -- sector <주소-이름>   예: npm run new -- sector smart-factory',
    'Usage: npm run new -- sector <slug>   e.g. npm run new -- sector smart-factory',
  );
}
if (!entryKeyFormat.test(slug)) {
  fail(
    `'${slug}'는 주소 이름으로 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈(-)만 쓰고, 하이픈으로 시작하거나 끝나지 않게, 40자 이내로 쓰세요. 예: smart-factory`,
    `'${slug}' cannot be used as a slug: use lowercase letters, digits and hyphens, not starting or ending with a hyphen, at most 40 characters, e.g. smart-factory`,
  );
}

const sectors = await readPageFiles(root, ['sectors']);
const taken = sectors.find((page) => page.key === slug);
if (taken) {
  fail(
    `'${slug}' 분야는 이미 있습니다: ${taken.file}. 그 파일을 고치거나 다른 이름을 쓰세요.`,
    `The sector '${slug}' already exists: ${taken.file}. Edit that file or choose another slug.`,
  );
}
const address = routes.sector('ko', slug).slice('/ko'.length);
const redirect = readRedirects(root).find((entry) => entry.from === address);
if (redirect) {
  fail(
    `${address}는 예전에 쓰던 주소로, 지금은 ${redirect.to}(으)로 연결됩니다(content/redirects.yaml). 다른 이름을 쓰세요.`,
    `${address} is an old address that now redirects to ${redirect.to} (content/redirects.yaml). Choose another slug.`,
  );
}

const orders = sectors.map((page) => Number(page.frontmatter?.doc.get('order')) || 0);
const order = Math.max(0, ...orders) + 1;
const created: string[] = [];
for (const locale of localeCodes) {
  const file = `content/sectors/${locale}/${slug}.md`;
  // 'wx' refuses to overwrite a file that appeared in the meantime.
  await writeFile(path.join(root, file), sectorStub(locale, order), { flag: 'wx' });
  created.push(file);
}

console.log(`✔ 만들었습니다 · Created:
  ${created.join('\n  ')}

다음 할 일(자세히는 content/README.md 10절):
  1. 두 파일에서 [작성: …]과 [write: …] 부분을 모두 실제 내용으로 바꾸세요(머리말에서는 둘레의 따옴표도 지웁니다).
  2. npm run dev 로 미리 보기: http://localhost:4321/ko/sectors/${slug}/ , http://localhost:4321/en/sectors/${slug}/
  3. content/data/changes.yaml 맨 위에 바뀐 내용을 한 항목 더하세요.
  4. npm run urls:update 로 새 주소를 게시 주소 목록에 더하세요.
  5. npm run check 로 점검하고, 통과할 때까지 안내대로 고치세요.
Next (details in content/README.md, section 10):
  1. Replace every [작성: …] and [write: …] in both files with the real text (and the quotation marks around it in the frontmatter).
  2. Preview with npm run dev: http://localhost:4321/en/sectors/${slug}/ and http://localhost:4321/ko/sectors/${slug}/
  3. Add an entry at the top of content/data/changes.yaml.
  4. Run npm run urls:update to add the new addresses to the list of published addresses.
  5. Run npm run check and fix what it reports until it passes.`);
