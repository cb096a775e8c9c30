import * as l10n from '../l10n';
import type { Diagnostic, Fix, TextEdit } from '../diagnostic';
import { createContext } from './context';

/**
 * The "ignore this rule here" fix: a `# kube-tutor ignore=CODE` line above the
 * instruction that holds the finding (suppression is parsed centrally in suppress.ts).
 */
export function ignoreRuleFix(text: string, d: Diagnostic): Fix {
  const context = createContext(text);
  const line = d.range.start.line;
  const owner = context.instructions.find((i) => {
    const r = i.node.getRange();
    return r.start.line <= line && line <= r.end.line;
  });
  const target = owner ? owner.node.getRange().start.line : line;
  const indent = /^\s*/.exec(context.lines.line(target))![0];
  const at = { line: target, character: 0 };
  return {
    title: l10n.t('Ignore {0} for this instruction', d.code),
    edits: [{ range: { start: at, end: at }, newText: `${indent}# kube-tutor ignore=${d.code}\n` }],
  };
}

/** Applies non-overlapping edits to a text (last edit first, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start) || offset(b.range.end) - offset(a.range.end));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
