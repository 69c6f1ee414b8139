/**
 * A mistake found in the content, told to an editor in Korean and in English:
 * which file, which line or field, what is wrong and how to fix it.
 *
 * An error stops publishing (`npm run build` refuses to start). A warning is
 * unfinished work the site can still be published with, such as a page not yet
 * translated: `npm run check` fails on it, the build only reports it.
 */
import type { Text } from './messages.ts';

export type Severity = 'error' | 'warning';

export interface Problem extends Text {
  /** Path from the repository root, e.g. `content/sectors/ko/hologram.md`. */
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  severity: Severity;
}

type Where = Partial<Pick<Problem, 'line' | 'field' | 'severity'>>;

export function problem(file: string, text: Text, where: Where = {}): Problem {
  return { file, ko: text.ko, en: text.en, severity: 'error', ...where };
}

export function warning(file: string, text: Text, where: Omit<Where, 'severity'> = {}): Problem {
  return problem(file, text, { ...where, severity: 'warning' });
}

function location(p: Problem): string {
  const line = p.line ? `:${p.line}` : '';
  const field = p.field ? `  [${p.field}]` : '';
  return `${p.file}${line}${field}`;
}

const marks: Record<Severity, string> = {
  error: '✖ 오류 · error',
  warning: '⚠ 경고 · warning',
};

/** Errors first, then warnings; each group by file and line. */
export function formatProblems(problems: readonly Problem[]): string {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  const sorted = [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return sorted.map((p) => `${marks[p.severity]}  ${location(p)}\n    ${p.ko}\n    ${p.en}`).join('\n\n');
}
