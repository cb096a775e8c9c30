import type { Instruction } from './parser';
import type { Range } from '../diagnostic';
import type { LineIndex } from './text';

/**
 * The strings of an exec-form (JSON) instruction with their ranges. The values are
 * decoded from the document text, because the parser (like dockerfile-ast) drops the spaces inside a
 * JSON string (`"--protected-mode no"` comes back as `--protected-modeno`).
 */
export function jsonStrings(lines: LineIndex, node: Instruction): Array<{ value: string; range: Range }> {
  const strings = node.getJSONStrings();
  return strings.map((s) => {
    const range = s.getRange();
    let value: string;
    try {
      value = JSON.parse(lines.slice(range).replace(/\\\r?\n/g, '')) as string;
      if (typeof value !== 'string') value = s.getJSONValue();
    } catch {
      value = s.getJSONValue();
    }
    return { value, range };
  });
}
