import type { Diagnostic } from '../diagnostic';
import type { DockerfileContext } from './context';

/**
 * Inline suppressions, parsed once per file (as hadolint's `Pragma.hs` does):
 *   `# hadolint ignore=DL3007,DL3008`   the next instruction
 *   `# hadolint global ignore=DL3059`   the whole file
 *   `# kube-tutor ignore=DF012`         the next instruction (also `global`)
 *   `# check=skip=StageNameCasing;error=true`   BuildKit's parser directive
 */
export interface Suppressions {
  /** Codes ignored for the instruction that starts on a given line. */
  readonly byLine: ReadonlyMap<number, ReadonlySet<string>>;
  readonly global: ReadonlySet<string>;
  /** BuildKit `check=error=true`: build-check findings fail the build. */
  readonly checkError: boolean;
}

const PRAGMA = /^#\s*(hadolint|kube-tutor)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)/i;

function codes(list: string): string[] {
  return list.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
}

/** A file without any `#` has neither directives nor pragmas. */
const NONE: Suppressions = { byLine: new Map(), global: new Set(), checkError: false };

export function parseSuppressions(context: DockerfileContext, allowHadolintPragmas = true): Suppressions {
  if (!context.text.includes('#')) return NONE;
  const byLine = new Map<number, Set<string>>();
  const global = new Set<string>();
  let checkError = false;
  const { lines } = context;
  // BuildKit parser directives: `# key=value` lines at the very top of the file.
  for (let n = 0; n < lines.lineCount; n++) {
    const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*)$/.exec(lines.line(n).trim());
    if (!m) break;
    if (m[1]!.toLowerCase() !== 'check') continue;
    for (const part of m[2]!.split(';')) {
      const [key, value = ''] = part.split('=').map((s) => s.trim());
      if (key === 'skip') for (const c of codes(value)) global.add(c);
      if (key === 'error') checkError = value === 'true';
    }
  }
  let starts: number[] | undefined;
  // Every comment line (the parser reads some of them as parser directives).
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.line(line);
    if (!text.includes('#')) continue;
    const m = PRAGMA.exec(text.trim());
    if (!m) continue;
    if (m[1]!.toLowerCase() === 'hadolint' && !allowHadolintPragmas) continue;
    if (m[2]) {
      for (const c of codes(m[3]!)) global.add(c);
      continue;
    }
    starts ??= context.instructions.map((i) => i.node.getRange().start.line);
    const next = starts.find((s) => s > line);
    if (next === undefined) continue;
    const set = byLine.get(next) ?? new Set<string>();
    for (const c of codes(m[3]!)) set.add(c);
    byLine.set(next, set);
  }
  return { byLine, global, checkError };
}

/** The start line of the top-level instruction that contains `line` (or `line` itself). */
function instructionStart(context: DockerfileContext, line: number): number {
  let lo = 0;
  let hi = context.instructions.length - 1;
  let found = line;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = context.instructions[mid]!.node.getRange();
    if (r.start.line > line) hi = mid - 1;
    else {
      if (r.end.line >= line) found = r.start.line;
      lo = mid + 1;
    }
  }
  return found;
}

export function isSuppressed(context: DockerfileContext, s: Suppressions, d: Diagnostic): boolean {
  if (s.global.size === 0 && s.byLine.size === 0) return false; // the usual file: no pragma at all
  const ids = [d.code, ...d.aliases].map((c) => c.toLowerCase());
  if (s.global.has('all') && d.aliases.some(isBuildkitCheck)) return true;
  if (ids.some((c) => s.global.has(c))) return true;
  const local = s.byLine.get(instructionStart(context, d.range.start.line));
  return local !== undefined && ids.some((c) => local.has(c));
}

/**
 * BuildKit check names are CamelCase words (`StageNameCasing`, `JSONArgsRecommended`): letters
 * only, with at least one lower-case letter; hadolint ids are `DL…`/`SC…` with digits.
 */
export function isBuildkitCheck(alias: string): boolean {
  return /^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/.test(alias);
}
