/**
 * The browser editor's configuration (Sveltia CMS, `/admin/`): every
 * collection and data file of `src/lib/content/collections.ts`, field by field
 * from the schemas (`fields.ts`), with the Korean words of the editing guide
 * (`field-text.ts`). Built when the site is built and handed to the page as
 * JSON, so the schemas never reach the browser.
 */
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { dataCollections, entryKeyFormat, pageCollections } from '../content/collections.ts';
import { redirectSchema } from '../content/schemas.ts';
import { cmsFields, type CmsField } from './fields.ts';
import {
  dataText,
  declarationText,
  generalPageText,
  pageText,
  redirectText,
  roleText,
  sectorText,
  type FieldText,
} from './field-text.ts';
import type { CmsRepository } from './repository.ts';

/**
 * How each page field is shared between the two language files: its own in
 * each, copied from the Korean one, or (`false`) in the Korean file only.
 */
const pageFieldI18n: Record<string, boolean | 'duplicate'> = {
  lang: true,
  title: true,
  description: true,
  lastUpdated: true,
  sources: 'duplicate',
  text: false,
  terms: true,
  order: 'duplicate',
  summary: true,
  aliases: true,
};

/** The format name under which each data file is read and written (`yaml-format.ts`). */
export const yamlFormatOf = (file: string) => `yaml-keeping-comments:${file}`;

const redirectsFile = 'content/redirects.yaml';

/** Every file the editor writes with the comment-keeping YAML format. */
export const keptYamlFiles = [...Object.values(dataCollections).map((spec) => spec.file), redirectsFile];

/**
 * A field with its way of sharing between languages; a field of its own in
 * each language has sub-fields of their own too (an item of a list, a field of
 * an object), or the CMS would keep the English side from adding or changing them.
 */
function translated(field: CmsField, i18n: boolean | 'duplicate'): CmsField {
  if (i18n !== true) return { ...field, i18n };
  const own = (inner: unknown) => translated(inner as CmsField, true);
  return {
    ...field,
    i18n,
    ...(Array.isArray(field.fields) ? { fields: field.fields.map(own) } : {}),
    ...(field.field ? { field: own(field.field) } : {}),
  };
}

function pageFields(collection: string, extra: Record<string, FieldText>, body: CmsField): CmsField[] {
  const spec = pageCollections[collection as keyof typeof pageCollections];
  return [
    ...cmsFields(collection, spec.schema, { ...pageText, ...extra }).map((field) => {
      const i18n = pageFieldI18n[field.name];
      if (i18n === undefined)
        throw new Error(
          `src/lib/cms/config.ts: say how the page field ${field.name} is shared between languages`,
        );
      // The file's language is the folder's: written by the CMS, never typed.
      if (field.name === 'lang')
        return { name: 'lang', label: field.label, widget: 'hidden', default: '{{locale}}', i18n };
      if (field.name === 'lastUpdated') return { ...field, default: '{{now}}', i18n };
      return translated(field, i18n);
    }),
    body,
  ];
}

const markdownBody: CmsField = {
  name: 'body',
  label: pageText.body?.label ?? '본문',
  hint: pageText.body?.hint,
  widget: 'markdown',
  i18n: true,
  modes: ['rich_text', 'raw'],
  // What the guide allows in a body: `##` and `###` headings, bold, links, lists, quotes; no images.
  buttons: [
    'bold',
    'italic',
    'link',
    'heading-two',
    'heading-three',
    'bulleted-list',
    'numbered-list',
    'quote',
  ],
  editor_components: [],
};

/** Blocks such as `<Timeline />` make an .mdx body code, edited as text. */
const mdxBody: CmsField = {
  ...markdownBody,
  modes: ['raw'],
  hint: `${markdownBody.hint as string} 블록(\`<Timeline />\` 등)은 빈 줄 사이에 한 줄로 씁니다.`,
};

function pageCollection(
  name: string,
  label: string,
  options: {
    extra?: Record<string, FieldText>;
    extension?: string;
    body?: CmsField;
    description?: string;
    create?: boolean;
  },
) {
  const { extra = {}, extension = 'md', body = markdownBody, description, create = false } = options;
  // Lists with an order (roles, sectors) show the entries in that order.
  const ordered =
    'order' in extra ? { sortable_fields: { fields: ['order', 'title'], default: { field: 'order' } } } : {};
  const folder = `content/${pageCollections[(name === 'pages-mdx' ? 'pages' : name) as keyof typeof pageCollections].folder}`;
  return {
    name,
    label,
    ...(description ? { description } : {}),
    folder,
    extension,
    format: 'yaml-frontmatter',
    i18n: true,
    create,
    delete: false,
    identifier_field: 'title',
    summary: '{{title}} ({{slug}})',
    ...ordered,
    // The file name is typed in when an entry is made, and never changed afterwards.
    slug: {
      editable: ['create'],
      hint: '주소가 될 파일 이름. 영문 소문자, 숫자, 하이픈만 쓰고 짧게 정합니다. 한 번 게시하면 바꾸지 않습니다. 예: smart-factory',
      pattern: [
        entryKeyFormat.source,
        '영문 소문자, 숫자, 하이픈(-)만, 하이픈으로 시작하거나 끝나지 않게 40자 이내로 씁니다.',
      ],
    },
    fields: pageFields(name === 'pages-mdx' ? 'pages' : name, extra, body),
  };
}

function dataFile(name: keyof typeof dataCollections) {
  const spec = dataCollections[name];
  const text = dataText[name];
  if (!text) throw new Error(`src/lib/cms/field-text.ts: no Korean text for the data file ${spec.file}`);
  return {
    name,
    label: text.label,
    file: spec.file,
    format: yamlFormatOf(spec.file),
    fields: [
      {
        name: 'items',
        label: text.label,
        widget: 'list',
        root: true,
        collapsed: true,
        summary: text.summary,
        fields: cmsFields(name, spec.schema, text.fields),
      },
    ],
  };
}

export interface AdminSettings {
  repository: CmsRepository;
  /** The public address of the site (SITE_URL with the base path). */
  siteUrl: string;
  /** The site's base path, for the logo. */
  base: string;
}

export function cmsConfig({ repository, siteUrl, base }: AdminSettings) {
  return {
    load_config_file: false,
    backend: {
      ...repository.backend,
      // Staff sign in with a personal access token: no OAuth server to run (README → Browser editing).
      auth_methods: ['token'],
      commit_messages: {
        create: '새 항목: {{collection}} “{{slug}}”',
        update: '고침: {{collection}} “{{slug}}”',
        delete: '지움: {{collection}} “{{slug}}”',
        uploadMedia: '파일 올림: “{{path}}”',
        deleteMedia: '파일 지움: “{{path}}”',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: '신전자산업 공동선언 · 내용 편집',
    site_url: siteUrl,
    logo: { src: `${base}favicon.svg` },
    // Required by the CMS; the site publishes no uploaded images, and the editors offer no image button.
    media_folder: 'content/media',
    show_preview_links: false,
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    output: { omit_empty_optional_fields: true },
    editor: { preview: false },
    collections: [
      pageCollection('declaration', '공동선언문', { extra: declarationText }),
      pageCollection('roles', '주체별 역할', { extra: roleText }),
      pageCollection('sectors', '성장 분야', {
        extra: sectorText,
        create: true,
        description: '분야마다 한국어와 영어 파일이 하나씩 있습니다. 새 분야는 ‘새로 만들기’로 더합니다.',
      }),
      pageCollection('pages', '일반 페이지', { extra: generalPageText, create: true }),
      pageCollection('pages-mdx', '일반 페이지(블록 포함)', {
        extra: generalPageText,
        extension: 'mdx',
        body: mdxBody,
        description: '소개, 언론 자료, 출처, 용어 풀이처럼 `<Timeline />` 같은 블록을 쓰는 페이지.',
      }),
      {
        name: 'data',
        label: '자료',
        description: '여러 페이지에 함께 쓰이는 사실. 한 번 고치면 그 사실이 나오는 모든 페이지가 바뀝니다.',
        files: (Object.keys(dataCollections) as (keyof typeof dataCollections)[]).map(dataFile),
      },
      {
        name: 'addresses',
        label: '주소',
        description: '페이지 주소를 바꾸거나 앵커를 없앨 때, 옛 주소로 온 독자가 갈 곳.',
        files: [
          {
            name: 'redirects',
            label: '주소 옮기기',
            file: redirectsFile,
            format: yamlFormatOf(redirectsFile),
            fields: [
              {
                name: 'items',
                label: '주소 옮기기',
                widget: 'list',
                root: true,
                summary: '{{fields.from}} → {{fields.to}}',
                fields: cmsFields('redirects', redirectSchema, redirectText),
              },
            ],
          },
        ],
      },
    ],
  };
}
