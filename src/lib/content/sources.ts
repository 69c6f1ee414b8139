/** Looks up the sources a page or a data item cites; an unknown id names the file that cites it. */
import { getCollection } from 'astro:content';
import type { SourceData } from './schemas.ts';

export { sourceAnchor } from './source-anchor.ts';

export async function citedSources(ids: readonly string[], citedIn: string): Promise<SourceData[]> {
  const all = new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
  return ids.map((id) => {
    const source = all.get(id);
    if (!source) {
      throw new Error(
        `${citedIn}: cites the source "${id}", which is not in content/data/sources.yaml (known: ${[...all.keys()].join(', ')})`,
      );
    }
    return source;
  });
}
