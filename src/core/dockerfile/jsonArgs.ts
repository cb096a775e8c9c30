import type { Range } from '../diagnostic';
import type { Instruction } from './parser';
import type { LineIndex } from './text';

type JsonString = { readonly value: string; readonly range: Range };
const SIMPLE = /^"[^"\\\p{Cc}]*"$/u;

/**
 * The strings of an exec-form (JSON) instruction with their ranges. The values are
 * decoded from the document text, because the parser (like dockerfile-ast) drops the spaces
 * inside a JSON string (`"--protected-mode no"` comes back as `--protected-modeno`).
 * Decoded once per instruction (several rules and the RUN script ask).
 */
export function jsonStrings(lines: LineIndex, node: Instruction): JsonString[] {
  const derived = (node.derived ??= {});
  return (derived.jsonStrings ??= decode(lines, node)).slice();
}

function decode(lines: LineIndex, node: Instruction): JsonString[] {
  return node.getJSONStrings().map((s) => {
    const range = s.getRange();
    const raw = lines.slice(range);
    // the usual string (no escape, no control character) is its text between the quotes
    if (SIMPLE.test(raw)) return { value: raw.slice(1, -1), range };
    let value: string;
    try {
      value = JSON.parse(raw.replace(/\\\r?\n/g, '')) as string;
      if (typeof value !== 'string') value = s.getJSONValue();
    } catch {
      value = s.getJSONValue();
    }
    return { value, range };
  });
}
