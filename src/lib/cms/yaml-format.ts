/**
 * The file format the browser editor reads and writes the data files in
 * (`content/data/*.yaml`, `content/redirects.yaml`). The CMS hands over the
 * file's new value only; this format lays it onto the file as it was last
 * read, with the `yaml` package's Document API, so that whatever did not
 * change keeps its bytes: comments, blank lines, quotes, `{ ko: …, en: … }`
 * written on one line. Items of a list are matched by `id` (or by being
 * unchanged, or by position), so an item added at the top moves nothing else;
 * a new item is written in the style of its neighbour.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  YAMLSeq,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';

/** Output settings that reproduce the files as staff write them (never refolded). */
const toStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true } as const;

/**
 * The files are written the way Prettier writes YAML: `{ ko: …, en: … }` with
 * spaces inside the braces, `[S0, S1]` without. The `yaml` package pads both
 * or neither, so each flow list is told to pad nothing.
 */
function unpadFlowLists(doc: Document): void {
  visit(doc, {
    Seq(_, node) {
      if (!node.flow) return;
      const toString = YAMLSeq.prototype.toString;
      node.toString = function (ctx, ...rest) {
        return toString.call(this, ctx && { ...ctx, flowCollectionPadding: '' }, ...rest);
      };
    },
  });
}

type Value = unknown;

const isPlainObject = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/** What the CMS sends for a field left empty (an object of empty fields too); not worth a new line in a file. */
const isEmpty = (value: Value): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (isPlainObject(value) && Object.values(value).every(isEmpty));

function idOf(value: Value): Value {
  return isPlainObject(value) ? value.id : undefined;
}

/**
 * A new value written in the style of its neighbour, key by key: flow or
 * block collections, a year as a number where the neighbour has a number,
 * and a field the CMS left empty or false only if the neighbour writes it too.
 */
function newNode(doc: Document, value: Value, model: YamlNode | undefined): YamlNode {
  if (isPlainObject(value)) {
    const kept = Object.entries(value).filter(
      ([key, entry]) => !isEmpty(entry) || (entry === false && isMap(model) && model.has(key)),
    );
    const node = doc.createNode({}) as YAMLMap;
    for (const [key, entry] of kept) {
      const modelValue = isMap(model) ? (model.get(key, true) as YamlNode | undefined) : undefined;
      node.add(doc.createPair(key, newNode(doc, entry, modelValue)));
    }
    if (isMap(model)) node.flow = model.flow ?? false;
    return node;
  }
  if (Array.isArray(value)) {
    const node = doc.createNode([]) as YAMLSeq;
    const itemModel = isSeq(model) ? (model.items[0] as YamlNode | undefined) : undefined;
    for (const item of value) node.items.push(newNode(doc, item, itemModel));
    if (isSeq(model)) node.flow = model.flow ?? false;
    return node;
  }
  const numeric = isScalar(model) && typeof model.value === 'number' && typeof value === 'string';
  return doc.createNode(numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value) as YamlNode;
}

/**
 * The comment above a list's first line is the file's own (what the file
 * holds, its fields). When another item comes first, that comment stays on
 * top; the part after its last blank line, about the old first item alone,
 * stays with that item.
 */
function keepHeaderOnTop(node: YAMLSeq, previousFirst: YamlNode | undefined): void {
  const first = node.items[0] as YamlNode | undefined;
  const comment = previousFirst?.commentBefore;
  if (!previousFirst || !first || first === previousFirst || !comment) return;
  const split = comment.lastIndexOf('\n\n');
  const header = split < 0 ? comment : comment.slice(0, split);
  previousFirst.commentBefore = split < 0 ? null : comment.slice(split + 2);
  first.commentBefore = `${header}\n${first.commentBefore ? `\n${first.commentBefore}` : ''}`;
}

function patchSeq(doc: Document, node: YAMLSeq, value: Value[]): YAMLSeq {
  const old = node.items.map((item) => ({
    node: item as YamlNode,
    js: (item as YamlNode).toJS(doc) as Value,
  }));
  const taken = new Set<number>();
  const match: number[] = value.map(() => -1);
  const claim = (test: (item: Value, entry: (typeof old)[number], at: number, index: number) => boolean) =>
    value.forEach((item, index) => {
      if (match[index] !== -1) return;
      const at = old.findIndex((entry, i) => !taken.has(i) && test(item, entry, i, index));
      if (at < 0) return;
      taken.add(at);
      match[index] = at;
    });
  // The same item, then the item with the same id, then the item in the same place (an edited id).
  claim((item, entry) => same(entry.js, item));
  claim((item, entry) => idOf(item) !== undefined && same(idOf(entry.js), idOf(item)));
  claim((_, __, at, index) => at === index);
  const previousFirst = old[0]?.node;
  node.items = value.map((item, index) => {
    const previous = old[match[index] ?? -1];
    return previous ? patchNode(doc, previous.node, item) : newNode(doc, item, previousFirst);
  });
  keepHeaderOnTop(node, previousFirst);
  return node;
}

function patchMap(doc: Document, node: YAMLMap, value: Record<string, Value>): YAMLMap {
  const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  const kept: Pair[] = [];
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (!(key in value) || value[key] === undefined || value[key] === null) continue;
    pair.value = patchNode(doc, pair.value as YamlNode, value[key]);
    kept.push(pair);
  }
  // Keys the file did not have come in the CMS's order, after the key before them.
  const keys = Object.keys(value);
  keys.forEach((key, index) => {
    if (kept.some((pair) => keyOf(pair) === key) || isEmpty(value[key])) return;
    const pair = doc.createPair(key, value[key]) as Pair;
    const before = keys
      .slice(0, index)
      .reverse()
      .find((k) => kept.some((p) => keyOf(p) === k));
    const at = before === undefined ? 0 : kept.findIndex((p) => keyOf(p) === before) + 1;
    kept.splice(at, 0, pair);
  });
  node.items = kept;
  return node;
}

function patchNode(doc: Document, node: YamlNode | undefined, value: Value): YamlNode | undefined {
  if (node && same(node.toJS(doc), value)) return node;
  // A list file with no item yet holds only its comments.
  if (!node && isEmpty(value)) return undefined;
  if (Array.isArray(value) && isSeq(node)) return patchSeq(doc, node, value);
  if (isPlainObject(value) && isMap(node)) return patchMap(doc, node, value);
  if (isScalar(node) && !Array.isArray(value) && !isPlainObject(value)) {
    // A year typed into a text field stays a number, as staff write it (`date: 2021`).
    node.value =
      typeof node.value === 'number' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)
        ? Number(value)
        : value;
    return node;
  }
  return newNode(doc, value, node);
}

/**
 * One format per file: it remembers the text it last read so that writing
 * can start from it. Register each under its own name with
 * `CMS.registerCustomFormat(name, 'yaml', commentKeepingYaml())`.
 */
export function commentKeepingYaml(): {
  fromFile: (text: string) => Value;
  toFile: (value: Value) => string;
} {
  let lastText = '';
  return {
    fromFile(text) {
      lastText = text;
      return parseDocument(text).toJS();
    },
    toFile(value) {
      const doc = parseDocument(lastText);
      const contents = patchNode(doc, (doc.contents ?? undefined) as YamlNode | undefined, value);
      // Still no item: the file stays as it is, its comments only.
      if (!contents) return lastText;
      doc.contents = contents as typeof doc.contents;
      unpadFlowLists(doc);
      lastText = doc.toString(toStringOptions);
      return lastText;
    },
  };
}
