/** Fragment id of a source on the sources page: `S13a` → `source-s13a`. */
export function sourceAnchor(id: string): string {
  return `source-${id.toLowerCase()}`;
}
