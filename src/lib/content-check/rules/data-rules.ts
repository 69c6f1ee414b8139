/** Rules for the data files of content/data/: lists of items that follow their schema, with unique ids and real references. */
import { dataCollections } from '../../content/collections.ts';
import { say } from '../messages.ts';
import { problem, type Problem } from '../problems.ts';
import { stringsIn, yamlProblems, type DataFile } from '../read-files.ts';
import { schemaProblems } from '../schema-problems.ts';
import { unknownFigures } from './page-rules.ts';

/** Each data file is a YAML list whose items follow the schema, have unique ids and name figures and sources that exist. */
export function checkDataFile(
  data: DataFile,
  known: { sources: Set<string>; figures: Set<string> },
): Problem[] {
  const { yaml, file } = data;
  if (yaml.doc.errors.length > 0) return yamlProblems(file, yaml);
  const items: unknown = yaml.doc.toJS();
  if (!Array.isArray(items)) return [problem(file, say('data.notAList'), { line: 1 })];
  const problems: Problem[] = [];
  const schema = dataCollections[data.collection].schema;
  const ids = new Map<string, number>();
  items.forEach((item, index) => {
    problems.push(...schemaProblems(file, yaml, schema, [index]));
    const id = (item as { id?: unknown } | null)?.id;
    const line = yaml.lineOf([index]);
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first !== undefined)
        problems.push(problem(file, say('data.idTwice', { id, line: first }), { line, field: 'id' }));
      else ids.set(id, line ?? 0);
    }
    for (const { path, text } of stringsIn(item, [index])) {
      for (const unknown of unknownFigures(text, known.figures)) {
        problems.push(
          problem(file, unknown.text, { line: yaml.lineOf(path), field: path.slice(1).join('.') }),
        );
      }
    }
    if (data.collection === 'sources') return;
    const citations = Object.entries((item ?? {}) as Record<string, unknown>).filter(
      ([key, value]) => /sources$/i.test(key) && Array.isArray(value),
    ) as [string, unknown[]][];
    for (const [key, cited] of citations) {
      cited.forEach((source, sourceIndex) => {
        if (known.sources.has(String(source))) return;
        problems.push(
          problem(file, say('reference.unknownSource', { id: String(source) }), {
            line: yaml.lineOf([index, key, sourceIndex]),
            field: key,
          }),
        );
      });
    }
  });
  return problems;
}

/** Each party in content/data/parties.yaml has its role page, which the fact sheet links to. */
export function checkPartyPages(data: DataFile, roleKeys: ReadonlySet<string>): Problem[] {
  const items: unknown = data.yaml.doc.toJS();
  if (data.collection !== 'parties' || !Array.isArray(items)) return [];
  return items.flatMap((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || roleKeys.has(id)) return [];
    return [
      problem(data.file, say('data.noRolePage', { id, known: [...roleKeys].join(', ') }), {
        line: data.yaml.lineOf([index, 'id']),
        field: 'id',
      }),
    ];
  });
}
