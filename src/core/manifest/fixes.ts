import type { Fix, TextEdit } from '../diagnostic';
import type { LineIndex } from './yaml/lines';
import type { YamlMap } from './yaml/ast';

/** Pure quick-fix builders: (text positions) → TextEdits. Each fix is tested by re-linting. */
export function edit(lines: LineIndex, start: number, end: number, newText: string): TextEdit {
  return { range: lines.range(start, end), newText };
}

export function replaceFix(title: string, lines: LineIndex, start: number, end: number, newText: string, preferred = true): Fix {
  return { title, edits: [edit(lines, start, end, newText)], preferred };
}

/** Column of `offset` on its line, as spaces. */
export function columnSpaces(lines: LineIndex, offset: number): string {
  return ' '.repeat(lines.position(offset).character);
}

/** Offset at the end of the line holding `offset`. */
export function endOfLine(lines: LineIndex, offset: number): number {
  return lines.lineEnd(lines.position(offset).line);
}

/** Quotes a YAML scalar when it would not read back as the same string. */
export function yamlString(value: string): string {
  if (/^[A-Za-z0-9_./-]+$/.test(value) && !/^(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9.]+([eE][-+]?\d+)?)$/i.test(value))
    return value;
  return JSON.stringify(value);
}

/** Replaces a label map (a selector, `matchLabels`) with `labels`, keeping its block or flow style. */
export function labelMapFix(lines: LineIndex, target: YamlMap, labels: Record<string, string>, title: string, preferred = true): Fix | undefined {
  const entries = Object.entries(labels);
  if (entries.length === 0) return undefined;
  let text: string;
  if (target.flow || target.pairs.length === 0) {
    text = `{${entries.map(([k, v]) => `${yamlString(k)}: ${yamlString(v)}`).join(', ')}}`;
  } else {
    const ind = ' '.repeat(lines.position(target.start).character);
    text = entries.map(([k, v]) => `${yamlString(k)}: ${yamlString(v)}`).join(`\n${ind}`);
  }
  return { title, edits: [edit(lines, target.start, target.end, text)], preferred };
}
