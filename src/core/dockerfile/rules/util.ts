import type { Argument, Instruction } from '../parser';
import type { Fix, Range } from '../../diagnostic';
import type { DockerfileContext, Inst } from '../context';

export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

/** Instructions whose arguments are not given to a shell: a `#` there is not a comment. */
export const NON_SHELL = new Set(['FROM', 'COPY', 'ADD', 'EXPOSE', 'ENV', 'LABEL', 'ARG', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL', 'MAINTAINER']);

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance (for "did you mean"). */
export function closest(word: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = levenshtein(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The first argument that starts with `#`: a would-be comment passed as arguments. */
export function trailingComment(inst: Inst): Argument | undefined {
  if (!NON_SHELL.has(inst.keyword) && !isExecFormWithTail(inst.node)) return undefined;
  return inst.node.getArguments().find((a) => a.getValue().startsWith('#'));
}

function isExecFormWithTail(node: Instruction): boolean {
  const raw = node.getArgumentsContent() ?? '';
  return raw.includes('#') && /^\s*\[[^\]]*\]\s*#/.test(raw);
}

/** Range spanning a list of arguments. */
export function spanOf(args: readonly Argument[]): Range {
  return { start: args[0]!.getRange().start, end: args[args.length - 1]!.getRange().end };
}

/** Indentation-preserving fix: move the text of `range` to a comment line above the instruction. */
export function moveCommentAbove(context: DockerfileContext, inst: Inst, comment: Range, title: string): Fix {
  const text = context.lines.slice(comment).replace(/^#\s*/, '');
  const lineStart = { line: inst.node.getRange().start.line, character: 0 };
  const before = context.lines.line(comment.start.line).slice(0, comment.start.character);
  const trimmedStart = { line: comment.start.line, character: before.replace(/\s+$/, '').length };
  return {
    title,
    preferred: true,
    edits: [
      { range: { start: lineStart, end: lineStart }, newText: `# ${text}\n` },
      { range: { start: trimmedStart, end: comment.end }, newText: '' },
    ],
  };
}

/** Arguments of an instruction without its flags (the parser already leaves flags out). */
export function args(inst: Inst): Argument[] {
  return inst.node.getArguments();
}

/** True when the raw arguments are in JSON (exec) form (kept with the instruction). */
export function isJsonForm(inst: Inst): boolean {
  const derived = (inst.node.derived ??= {});
  return (derived.jsonForm ??= computeJsonForm(inst));
}

function computeJsonForm(inst: Inst): boolean {
  const raw = inst.node.getArgumentsContent();
  if (!raw || raw.trimStart()[0] !== '[') return false;
  try {
    const v: unknown = JSON.parse(raw.replace(/\\\r?\n/g, ' '));
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}

export function replace(range: Range, newText: string) {
  return { range, newText };
}
