/** Pairs the passages of the original and its translation by their shared anchors, in the original's order. */
import type { Passage } from './markdown/citable-passages.ts';

export interface PassagePair {
  id: string;
  original: Passage | undefined;
  translation: Passage | undefined;
}

export function pairPassages(original: readonly Passage[], translation: readonly Passage[]): PassagePair[] {
  const byId = new Map(translation.map((passage) => [passage.id, passage]));
  const pairs: PassagePair[] = original.map((passage) => ({
    id: passage.id,
    original: passage,
    translation: byId.get(passage.id),
  }));
  const seen = new Set(original.map((passage) => passage.id));
  for (const passage of translation) {
    if (!seen.has(passage.id)) pairs.push({ id: passage.id, original: undefined, translation: passage });
  }
  return pairs;
}
