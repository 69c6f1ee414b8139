/**
 * A mistake found in the content, told to an editor in Korean and in English:
 * which file, which line or field, what is wrong and how to fix it.
 */
export interface Problem {
  /** Path from the repository root, e.g. `content/sectors/ko/hologram.md`. */
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  ko: string;
  en: string;
}

export function problem(
  file: string,
  ko: string,
  en: string,
  where: Pick<Problem, 'line' | 'field'> = {},
): Problem {
  return { file, ko, en, ...where };
}

function location(p: Problem): string {
  const line = p.line ? `:${p.line}` : '';
  const field = p.field ? `  [${p.field}]` : '';
  return `${p.file}${line}${field}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return sorted.map((p) => `✖ ${location(p)}\n    ${p.ko}\n    ${p.en}`).join('\n\n');
}
