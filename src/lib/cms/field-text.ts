/**
 * What the browser editor says about each field, in Korean, in the words of
 * the editing guide (content/README.md). `fields.ts` pairs these with the
 * schemas; a schema field missing here stops the build, and a test fails on an
 * entry here that no schema field uses.
 */
export interface FieldText {
  label: string;
  hint?: string | undefined;
  /** The message shown when a value does not match the field's pattern. */
  invalid?: string;
  /** Korean names of a select's choices, by value. */
  options?: Record<string, string>;
  /** Label of one item of a list. */
  itemLabel?: string;
  /** Texts of an object's own fields. */
  fields?: Record<string, FieldText>;
}

const idFormat = '영문 소문자, 숫자, 하이픈(-)만 씁니다. 예: jobs-target';

const bilingual = (label: string, hint?: string): FieldText => ({
  label,
  hint,
  fields: { ko: { label: '한국어' }, en: { label: 'English' } },
});

const sources = (hint = '이 항목의 사실이 나온 출처. 하나 이상 고릅니다.'): FieldText => ({
  label: '출처',
  hint: `${hint} 목록에 없는 출처는 먼저 ‘자료 › 출처’에 더합니다.`,
});

const id = (hint: string): FieldText => ({ label: 'id', hint, invalid: idFormat });

/** Fields every page has, then those of roles and sectors. */
export const pageText: Record<string, FieldText> = {
  lang: { label: '언어' },
  title: { label: '제목', hint: '페이지 제목(120자 이내). 큰 제목과 브라우저 탭에 나옵니다.' },
  description: { label: '설명', hint: '검색 결과와 링크 미리보기에 나오는 한두 문장(10~240자).' },
  lastUpdated: { label: '마지막 수정일', hint: '글을 마지막으로 고친 날.' },
  sources: {
    label: '출처',
    hint: '이 페이지의 사실이 나온 출처. 한국어판에서 고르면 영어판에도 같이 들어갑니다. 목록에 없는 출처는 먼저 ‘자료 › 출처’에 더합니다.',
  },
  body: {
    label: '본문',
    hint: '단락 제목은 `## 제목 {#앵커}`처럼 쓰고, 한 번 게시한 앵커는 바꾸지 않습니다. 수치는 `<Figure id="jobs-target" />`처럼 수치의 id로 넣습니다.',
  },
};

/** The declaration's Korean file only (guide: 4, 13). */
export const declarationText: Record<string, FieldText> = {
  text: {
    label: '실린 글',
    hint: '이 페이지에 실린 글이 보도를 바탕으로 쓴 정리본인지 공식 문안인지 밝히는 유일한 자리입니다. 한국어판에만 씁니다.',
    fields: {
      kind: {
        label: '글의 종류',
        options: { restatement: '정리본 (restatement)', official: '공식 문안 (official)' },
      },
      officialSource: {
        label: '공식 문안의 출처',
        hint: '공식 문안이면 그 문안을 가져온 출처를 고르고, 같은 출처를 ‘출처’에도 넣습니다. 정리본이면 비워 둡니다.',
      },
    },
  },
};

/** General pages: only the easy-read page uses its list of hard words (guide: 12). */
export const generalPageText: Record<string, FieldText> = {
  terms: {
    label: '어려운 낱말',
    itemLabel: '낱말',
    hint: '알기 쉬운 공동선언(easy-read)에만 씁니다. 본문에 쓴 어려운 낱말과, 처음 나오는 문장이나 바로 다음 문장에서 풀어 쓴 말입니다. 페이지 끝의 ‘어려운 낱말 풀이’에도 나옵니다.',
    fields: {
      term: { label: '낱말', hint: '본문에 쓴 그대로.' },
      means: { label: '풀이', hint: '본문에 쓴 풀이와 똑같은 말.' },
    },
  },
};

export const roleText: Record<string, FieldText> = {
  order: { label: '순서', hint: '주체 목록에서의 순서(1이 맨 앞). 한국어판에서 정하면 영어판도 같습니다.' },
  summary: { label: '요약', hint: '주체 목록에 나오는 한 문장(200자 이내).' },
};

export const sectorText: Record<string, FieldText> = {
  order: { label: '순서', hint: '분야 목록에서의 순서(1이 맨 앞). 한국어판에서 정하면 영어판도 같습니다.' },
  summary: { label: '요약', hint: '분야 목록에 나오는 한 문장(200자 이내).' },
  aliases: { label: '다른 이름', itemLabel: '이름', hint: '보도에서 쓰인 다른 이름. 없으면 비워 둡니다.' },
};

/** One entry per data file, by the name of its collection in `src/lib/content/collections.ts`. */
export const dataText: Record<string, { label: string; summary: string; fields: Record<string, FieldText> }> =
  {
    sources: {
      label: '출처',
      summary: '{{fields.id}} {{fields.outlet.ko}}',
      fields: {
        id: {
          label: 'id',
          hint: 'S와 숫자(필요하면 소문자 하나: S31a). 다른 출처와 겹치지 않게 정합니다. 새 출처는 목록 끝에 더합니다.',
          invalid: 'S0, S31, S31a처럼 씁니다.',
        },
        outlet: bilingual('언론사'),
        title: { label: '기사 제목', hint: '알 때만 씁니다.' },
        published: {
          label: '보도일',
          hint: '알 때만 씁니다. 2020, 2020-11, 2020-11-21 모두 됩니다.',
          invalid: '2020, 2020-11, 2020-11-21 꼴로 씁니다.',
        },
        url: { label: '기사 주소', hint: 'https://로 시작하는 주소.' },
      },
    },
    figures: {
      label: '수치',
      summary: '{{fields.id}}: {{fields.label.ko}}',
      fields: {
        id: id('글에서 `<Figure id="jobs-target" />`로 씁니다. 영문 소문자, 숫자, 하이픈.'),
        value: { label: '값', hint: '숫자 전체를 씁니다. 6조는 6000000000000.' },
        unit: {
          label: '단위',
          options: {
            jobs: '일자리 (jobs)',
            people: '명 (people)',
            firms: '기업 (firms)',
            rights: '건 (rights)',
            fields: '분야 (fields)',
            projects: '과제 (projects)',
            years: '년 (years)',
            krw: '원 (krw)',
            usd: '달러 (usd)',
            percent: '퍼센트 (percent)',
            km2: '제곱킬로미터 (km2)',
          },
        },
        bound: {
          label: '범위',
          hint: '‘이상’이면 at-least, ‘약’이면 about. 정확한 값이면 비워 둡니다.',
          options: { 'at-least': '이상 (at-least)', about: '약 (about)' },
        },
        group: { label: '묶음', hint: '`<KeyFigures group="…" />`의 묶음입니다.' },
        label: bilingual('무엇을 센 수인지'),
        sources: sources(),
      },
    },
    timeline: {
      label: '연표',
      summary: '{{fields.date}} {{fields.title.ko}}',
      fields: {
        id: id('영문 소문자, 숫자, 하이픈. 날짜 순서대로 알맞은 자리에 넣습니다.'),
        date: {
          label: '날짜',
          hint: '2021, 2021-03, 2021-03-15 가운데 자료가 밝힌 만큼 씁니다.',
          invalid: '2021, 2021-03, 2021-03-15 꼴로 씁니다.',
        },
        title: bilingual('제목'),
        detail: bilingual('설명', '없어도 됩니다. 링크와 `<Figure id="…" />`를 쓸 수 있습니다.'),
        highlight: { label: '강조', hint: '공동선언 채택일처럼 강조할 때만 켭니다.' },
        sources: sources(),
      },
    },
    parties: {
      label: '주체',
      summary: '{{fields.name.ko}}',
      fields: {
        id: { label: 'id', hint: '역할 페이지의 파일 이름과 같습니다.' },
        order: { label: '순서', hint: '주체를 나열하는 순서(1이 맨 앞).' },
        name: bilingual('이름'),
        shortName: bilingual('줄인 이름'),
        adopted: { label: '선언 채택', hint: '선언을 채택했으면 켜고, 함께 다짐했으면 끕니다.' },
        url: { label: '누리집', hint: '없어도 됩니다.' },
        gives: {
          label: '주는 것',
          hint: '역할 그림의 화살표: 이 주체가 무엇을 누구에게 주는지.',
          fields: {
            what: bilingual('무엇을'),
            to: {
              label: '누구에게',
              hint: '다른 주체, 또는 선언의 목표(targets).',
              options: {
                province: '경상북도',
                city: '구미시',
                institute: '구미전자정보기술원',
                firms: '기업',
                targets: '선언의 목표 (targets)',
              },
            },
          },
        },
        sources: sources(),
      },
    },
    event: {
      label: '선언 행사',
      summary: '{{fields.adopted}}',
      fields: {
        id: { label: 'id' },
        adopted: { label: '채택일' },
        place: bilingual('장소'),
        placeSources: sources('장소가 나온 출처.'),
        ceremony: bilingual('행사 이름', '보도에서 행사를 부른 이름.'),
        ceremonySources: sources('행사 이름이 나온 출처.'),
        sources: sources(),
      },
    },
    relatedFields: {
      label: '추가 분야',
      summary: '{{fields.name.ko}}',
      fields: {
        id: id('영문 소문자, 숫자, 하이픈.'),
        order: { label: '순서', hint: '분야 목록 아래 ‘함께 거론된 추가 분야’에서의 순서.' },
        name: bilingual('이름'),
        note: bilingual('보도된 내용'),
        sources: sources(),
      },
    },
    glossary: {
      label: '용어',
      summary: '{{fields.term.ko}} · {{fields.term.en}}',
      fields: {
        id: id('영문 소문자, 숫자, 하이픈. 주소 /ko/glossary/#term-… 가 됩니다.'),
        term: bilingual('용어', '두 언어의 고정 용어.'),
        forms: {
          label: '다른 형태',
          hint: '글에서 함께 찾을 다른 형태. 없으면 비워 둡니다.',
          fields: { ko: { label: '한국어', itemLabel: '형태' }, en: { label: 'English', itemLabel: '형태' } },
        },
        definition: bilingual('풀이'),
      },
    },
    changes: {
      label: '바뀐 내용',
      summary: '{{fields.date}} {{fields.title.ko}}',
      fields: {
        id: id('영문 소문자, 숫자, 하이픈. 새 항목은 맨 위에 더합니다.'),
        date: { label: '공개한 날' },
        title: bilingual('무엇이 바뀌었는지'),
        detail: bilingual('설명', '없어도 됩니다.'),
        pages: {
          label: '관련 페이지',
          itemLabel: '주소',
          hint: '관련 페이지의 한국어판 주소. 예: /ko/sectors/smart-factory/',
          invalid: '/ko/로 시작하고 /로 끝나는 주소를 씁니다. 예: /ko/declaration/',
        },
      },
    },
    searchAliases: {
      label: '검색 별칭',
      summary: '{{fields.id}}',
      fields: {
        id: id('영문 소문자, 숫자, 하이픈.'),
        terms: { label: '같은 것을 가리키는 말', itemLabel: '낱말', hint: '둘 이상, 어느 언어든 씁니다.' },
      },
    },
  };

/** content/redirects.yaml */
export const redirectText: Record<string, FieldText> = {
  from: {
    label: '옛 주소',
    hint: '/ko/, /en/은 빼고 씁니다. 예: /sectors/5g/ 또는 /sectors/hologram/#in-gumi',
    invalid: '/sectors/5g/처럼 /로 시작하고, /ko/나 /en/ 없이 씁니다.',
  },
  to: {
    label: '새 주소',
    hint: '옛 주소로 들어온 독자가 옮겨 갈 곳. 앵커는 같은 페이지 안에서만 옮길 수 있습니다.',
    invalid: '/sectors/fifth-generation/처럼 /로 시작하고, /ko/나 /en/ 없이 씁니다.',
  },
};
