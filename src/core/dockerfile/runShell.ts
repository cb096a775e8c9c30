import type { Instruction } from './parser';
import { jsonStrings } from './jsonArgs';
import type { Range } from '../diagnostic';
import type { DockerfileContext } from './context';
import { parseShell, type ParsedShell } from './shell/parse';
import type { ShellWord } from './shell/tokenize';

/** A parsed `RUN` script and the way back from its words to document ranges. */
export interface RunShell extends ParsedShell {
  readonly form: 'shell' | 'exec' | 'heredoc';
  /** The script as the shell sees it (continuations removed). */
  readonly script: string;
  rangeOf(word: ShellWord): Range;
  /** Document offset of a script offset. */
  offsetOf(scriptOffset: number): number;
}

/**
 * Builds the script of a `RUN`: shell form with escaped line breaks (and the comment
 * lines Docker drops inside them) removed, a heredoc body, or exec-form JSON strings.
 */
export function shellOf(context: DockerfileContext, node: Instruction): RunShell | undefined {
  const { lines, escape } = context;
  const args = node.getArguments();
  if (args.length === 0) return undefined;
  const first = args[0]!.getValue();
  if (first.startsWith('[')) {
    const strings = jsonStrings(lines, node);
    if (strings.length > 0) {
      const words: ShellWord[] = strings.map((s) => ({ value: s.value, start: lines.offsetAt(s.range.start), end: lines.offsetAt(s.range.end), quoted: true }));
      return {
        form: 'exec',
        script: strings.map((s) => s.value).join(' '),
        commands: [{ name: words[0]!, args: words.slice(1) }],
        hasPipe: false,
        operators: [],
        rangeOf: (w) => lines.rangeOf(w.start, w.end),
        offsetOf: (o) => o,
      };
    }
  }
  const heredocs = node.getHeredocs();
  if (first.startsWith('<<') && heredocs.length > 0) {
    const content = heredocs[0]!.getContentRange();
    if (content) {
      const start = lines.offsetAt(content.start);
      const script = context.text.slice(start, lines.offsetAt(content.end));
      return withMap(parseShell(script), 'heredoc', script, (o) => start + o, context);
    }
  }
  const start = lines.offsetAt(args[0]!.getRange().start);
  const end = lines.offsetAt(node.getRange().end);
  // The script is pieces of the document: piece k starts at script offset scriptAt[k] and
  // document offset docAt[k] (a continuation becomes one space, mapped to its line break).
  const raw = context.text;
  const scriptAt: number[] = [];
  const docAt: number[] = [];
  const pieces: string[] = [];
  let length = 0;
  const piece = (from: number, to: number, text?: string) => {
    scriptAt.push(length);
    docAt.push(from);
    const s = text ?? raw.slice(from, to);
    pieces.push(s);
    length += s.length;
  };
  // searches stop at the end of the RUN (not at the next escape of the document: quadratic)
  const bounded = raw.slice(0, end);
  let i = start;
  while (i < end) {
    let next = bounded.indexOf(escape, i);
    if (next < 0 || next >= end) next = end;
    if (next > i) piece(i, next);
    i = next;
    if (i >= end) break;
    // escape + blanks + newline is a continuation
    let j = i + 1;
    while (j < end && (raw[j] === ' ' || raw[j] === '\t' || raw[j] === '\r')) j++;
    if (raw[j] === '\n' || j >= end) {
      i = j + 1;
      // Docker drops empty lines and comment lines inside a continuation.
      for (;;) {
        let k = i;
        while (k < end && (raw[k] === ' ' || raw[k] === '\t')) k++;
        if (raw[k] === '#' || raw[k] === '\n' || raw[k] === '\r') {
          const nl = raw.indexOf('\n', k);
          if (nl < 0 || nl >= end) {
            i = end;
            break;
          }
          i = nl + 1;
        } else break;
      }
      piece(j, j + 1, ' ');
      continue;
    }
    // not a continuation: the escape character is an ordinary one for the shell (with
    // `# escape=\``, a backslash is too)
    piece(i, i + 1);
    i++;
  }
  scriptAt.push(length);
  docAt.push(end);
  const script = pieces.join('');
  const offsetOf = (o: number): number => {
    if (o >= length) return end;
    let lo = 0;
    let hi = scriptAt.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (scriptAt[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return docAt[lo]! + (o - scriptAt[lo]!);
  };
  return withMap(parseShell(script), 'shell', script, offsetOf, context);
}

function withMap(parsed: ParsedShell, form: RunShell['form'], script: string, offsetOf: (o: number) => number, context: DockerfileContext): RunShell {
  // (fields listed, not spread: the spread was ~13 % of building a RUN's script in profiles)
  return {
    commands: parsed.commands,
    hasPipe: parsed.hasPipe,
    operators: parsed.operators,
    form,
    script,
    offsetOf,
    rangeOf: (w) => {
      const s = offsetOf(w.start);
      const e = w.end > w.start ? offsetOf(w.end - 1) + 1 : s;
      return context.lines.rangeOf(s, e);
    },
  };
}
