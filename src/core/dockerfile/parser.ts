/**
 * Kube Tutor's Dockerfile parser: instructions with keyword, argument and flag ranges, parser
 * directives (`# syntax=`, `# escape=`, `# check=`), line continuations (with comment and
 * empty lines inside them), heredocs, exec-form JSON, comments, CRLF and a BOM.
 *
 * It answers the questions the rules and the simulated build ask with the same values and
 * ranges as dockerfile-ast 0.7 (the parser of VS Code's Docker language server, MIT, © Remy
 * Suen), whose scanning rules it follows, quirks included (a differential unit test compares
 * the two on every fixture). It differs in cost: the document is scanned once, positions come
 * from one line table, and what an instruction is asked (arguments, flags, JSON strings,
 * properties, heredocs) is computed once, when first asked, and kept.
 *
 * Ranges are zero-based, in UTF-16 code units, with `\r\n`, `\r` and `\n` as line breaks.
 * Callers get copies of arrays; ranges and positions are shared and must not be modified.
 */
import type { Position, Range } from '../diagnostic';

/** Offsets ↔ positions, with the line breaks of an LSP text document (`\r\n`, `\r`, `\n`). */
class TextDoc {
  private readonly lineOffsets: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 || ch === 10) {
        if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
        this.lineOffsets.push(i + 1);
      }
    }
  }

  /** The line of the last `positionAt` (the parser asks in document order, mostly). */
  private lastLine = 0;

  positionAt(offset: number): Position {
    const text = this.text;
    offset = Math.max(Math.min(offset, text.length), 0);
    const lines = this.lineOffsets;
    let line = this.lastLine;
    if (!(lines[line]! <= offset && (line + 1 === lines.length || lines[line + 1]! > offset))) {
      let low = 0;
      let high = lines.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (lines[mid]! > offset) high = mid;
        else low = mid + 1;
      }
      line = low - 1;
      this.lastLine = line;
    }
    const lineOffset = lines[line]!;
    // an offset between `\r` and `\n` (or on a line break) belongs before the break
    while (offset > lineOffset && isEOL(text.charCodeAt(offset - 1))) offset--;
    return { line, character: offset - lineOffset };
  }

  offsetAt(position: Position): number {
    const lines = this.lineOffsets;
    if (position.line >= lines.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line]!;
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1]! : this.text.length;
    let offset = Math.min(lineOffset + position.character, next);
    while (offset > lineOffset && isEOL(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  slice(range: Range): string {
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}

function isEOL(ch: number): boolean {
  return ch === 13 || ch === 10;
}

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

function isNewline(ch: string): boolean {
  return ch === '\r' || ch === '\n';
}

function rangeOf(start: Position, end: Position): Range {
  return { start, end };
}

/** A whitespace-separated word of an instruction, with escapes and continuations removed. */
export class Argument {
  private range: Range | undefined;

  /** A range, or the document and offsets to compute it from when first asked. */
  constructor(
    private readonly value: string,
    range: Range | undefined,
    private readonly doc?: TextDoc,
    private readonly start = 0,
    private readonly end = 0,
  ) {
    this.range = range;
  }

  getValue(): string {
    return this.value;
  }

  getRange(): Range {
    return (this.range ??= this.doc!.range(this.start, this.end));
  }
}

/** A string of an exec-form (JSON) instruction; the value keeps its quotes, as written. */
export class JSONString extends Argument {
  constructor(
    value: string,
    range: Range,
    private readonly jsonRange: Range,
  ) {
    super(value, range);
  }

  /** The range inside the quotes. */
  getJSONRange(): Range {
    return this.jsonRange;
  }

  /** The value without its quotes (escapes `\"` and `\\` decoded, spaces dropped). */
  getJSONValue(): string {
    const value = this.getValue();
    return value.substring(1, value.length - 1);
  }
}

/** `--name=value` (or `--name`) before an instruction's arguments. */
export class Flag {
  constructor(
    private readonly range: Range,
    private readonly name: string,
    private readonly nameRange: Range,
    private readonly value: string | null,
    private readonly valueRange: Range | null,
  ) {}

  getRange(): Range {
    return this.range;
  }

  getName(): string {
    return this.name;
  }

  getNameRange(): Range {
    return this.nameRange;
  }

  /** `null` for `--name`, `''` for `--name=`. */
  getValue(): string | null {
    return this.value;
  }

  getValueRange(): Range | null {
    return this.valueRange;
  }
}

/** `name=value` (or `name value`) of an `ARG`, `ENV` or `LABEL`. */
export class Property {
  private readonly name: string;
  private readonly nameRange: Range;
  private readonly value: string | null = null;
  private readonly valueRange: Range | null = null;
  private readonly range: Range;

  constructor(doc: TextDoc, escapeChar: string, arg: Argument, arg2?: Argument) {
    this.nameRange = Property.nameRangeOf(doc, arg);
    this.name = Property.unescape(doc.slice(this.nameRange), escapeChar);
    if (arg2) {
      this.valueRange = arg2.getRange();
      this.value = Property.unescape(doc.slice(this.valueRange), escapeChar);
      this.range = rangeOf(this.nameRange.start, this.valueRange.end);
    } else {
      const argRange = arg.getRange();
      const same =
        this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character &&
        this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character;
      if (!same) {
        this.valueRange = rangeOf(doc.positionAt(doc.offsetAt(argRange.start) + arg.getValue().indexOf('=') + 1), doc.positionAt(doc.offsetAt(argRange.end)));
        this.value = Property.unescape(doc.slice(this.valueRange), escapeChar);
      }
      this.range = argRange;
    }
  }

  getRange(): Range {
    return this.range;
  }

  getName(): string {
    return this.name;
  }

  getNameRange(): Range {
    return this.nameRange;
  }

  /** The value with quotes and escapes resolved; `null` when there is none (`ARG NAME`). */
  getValue(): string | null {
    return this.value;
  }

  getValueRange(): Range | null {
    return this.valueRange;
  }

  private static nameRangeOf(doc: TextDoc, arg: Argument): Range {
    const value = arg.getValue();
    const index = value.indexOf('=');
    if (index !== -1) {
      const initial = value.charAt(0);
      const before = value.charAt(index - 1);
      if ((initial === '"' && before === '"') || (initial === "'" && before === "'") || (initial !== '"' && initial !== "'")) {
        return rangeOf(arg.getRange().start, doc.positionAt(doc.offsetAt(arg.getRange().start) + index));
      }
    }
    return arg.getRange();
  }

  /** dockerfile-ast `Property.getValue`: quotes, escapes, continuations and comment lines. */
  private static unescape(value: string, escapeChar: string): string {
    let escaped = false;
    const skip = findLeadingNonWhitespace(value, escapeChar);
    if (skip !== 0 && value.charAt(skip) === '#') escaped = true;
    value = value.substring(skip);
    const first = value.charAt(0);
    const last = value.charAt(value.length - 1);
    const literal = first === "'" || first === '"';
    const inSingle = first === "'" && last === "'";
    let inDouble = false;
    if (first === '"') {
      for (let i = 1; i < value.length; i++) {
        if (value.charAt(i) === escapeChar) i++;
        else if (value.charAt(i) === '"' && i === value.length - 1) inDouble = true;
      }
    }
    if (inSingle || inDouble) value = value.substring(1, value.length - 1);
    let commentCheck = -1;
    let out = '';
    parseValue: for (let i = 0; i < value.length; i++) {
      let char = value.charAt(i);
      switch (char) {
        case escapeChar: {
          if (i + 1 === value.length) {
            out += escapeChar;
            break parseValue;
          }
          char = value.charAt(i + 1);
          if (char === ' ' || char === '\t') {
            whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
              const char2 = value.charAt(j);
              switch (char2) {
                case ' ':
                case '\t':
                  break;
                case '\r':
                case '\n':
                  if (char2 === '\r') j++;
                  escaped = true;
                  i = j;
                  continue parseValue;
                default:
                  if (!inDouble && !inSingle && !literal) {
                    if (char2 === escapeChar) {
                      out += char;
                      i = i + 1;
                    } else {
                      out += char + char2;
                      i = j;
                    }
                    continue parseValue;
                  }
                  break whitespaceCheck;
              }
            }
          }
          if (inDouble) {
            if (char === '\r') {
              escaped = true;
              i = i + 2;
            } else if (char === '\n') {
              escaped = true;
              i++;
            } else if (char !== '"') {
              if (char === escapeChar) i++;
              out += escapeChar;
            }
            continue parseValue;
          } else if (inSingle || literal) {
            if (char === '\r') {
              escaped = true;
              i = i + 2;
            } else if (char === '\n') {
              escaped = true;
              i++;
            } else {
              out += escapeChar;
            }
            continue parseValue;
          } else if (char === escapeChar) {
            out += escapeChar;
            i++;
          } else if (char === '\r') {
            escaped = true;
            i = i + 2;
          } else if (char === '\n') {
            escaped = true;
            i++;
          } else {
            out += char;
            i++;
          }
          break;
        }
        case ' ':
        case '\t':
          if (escaped && commentCheck === -1) commentCheck = i;
          out += char;
          break;
        case '\r':
        case '\n':
          if (char === '\r') i++;
          if (escaped && commentCheck !== -1) {
            out = out.substring(0, out.length - (i - commentCheck - 1));
            commentCheck = -1;
          }
          break;
        case '#':
          if (escaped) {
            if (commentCheck !== -1) {
              out = out.substring(0, out.length - (i - commentCheck));
              commentCheck = -1;
            }
            for (let j = i + 1; j < value.length; j++) {
              const c = value.charAt(j);
              if (c === '\r' || c === '\n') {
                i = c === '\r' ? j + 1 : j;
                break;
              }
            }
            continue parseValue;
          }
          out += char; // (not after a continuation: an ordinary character)
          break;
        default:
          if (escaped) {
            escaped = false;
            commentCheck = -1;
          }
          out += char;
          break;
      }
    }
    return out;
  }
}

/** One heredoc of a `RUN`/`COPY`/`ADD` (`<<EOF` … `EOF`). */
export class Heredoc {
  constructor(
    private readonly startRange: Range,
    private readonly name: string,
    private readonly nameRange: Range,
    private readonly contentRange: Range | null,
    private readonly delimiterRange: Range | null,
  ) {}

  getName(): string {
    return this.name;
  }

  /** The `<<EOF` word. */
  getStartRange(): Range {
    return this.startRange;
  }

  getNameRange(): Range {
    return this.nameRange;
  }

  /** The body, without the delimiter line; `null` when there is none. */
  getContentRange(): Range | null {
    return this.contentRange;
  }

  /** The closing delimiter line; `null` when the heredoc is not closed. */
  getDelimiterRange(): Range | null {
    return this.delimiterRange;
  }
}

/** `# name=value` at the top of the file. */
export class ParserDirective {
  constructor(
    private readonly doc: TextDoc,
    private readonly range: Range,
    private readonly nameRange: Range,
    private readonly valueRange: Range,
  ) {}

  getRange(): Range {
    return this.range;
  }

  getName(): string {
    return this.doc.slice(this.nameRange);
  }

  getNameRange(): Range {
    return this.nameRange;
  }

  getValue(): string {
    return this.doc.slice(this.valueRange);
  }

  getValueRange(): Range {
    return this.valueRange;
  }
}

/** Instructions that take `--flags`: when does the flag list end? */
const FLAGS_UNTIL: Record<string, (value: string) => boolean> = {
  FROM: (v) => v.indexOf('--') === -1,
  ADD: (v) => v.indexOf('--') === -1,
  COPY: (v) => v.indexOf('--') === -1,
  RUN: (v) => v.indexOf('--') === -1,
  HEALTHCHECK: (v) => {
    const u = v.toUpperCase();
    return u === 'CMD' || u === 'NONE';
  },
  CMD: () => true,
  ENTRYPOINT: () => true,
  SHELL: () => true,
  VOLUME: () => true,
};
const JSON_FORM = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);

/** One instruction (`ONBUILD`'s trigger is one too, see `Onbuild.getTriggerInstruction`). */
export class Instruction {
  private rawArgs?: Argument[];
  private args?: Argument[];
  private flags?: Flag[];
  private jsonStrings?: JSONString[];
  private heredocs?: Heredoc[];
  private argumentsContent?: string | null;
  private rawArgumentsContent?: string | null;
  private readonly keyword: string;
  /**
   * Values the linter derives from this instruction, kept with it (cheaper than a WeakMap
   * keyed by instruction): the decoded exec-form strings (`jsonArgs.ts`), the exec-form test.
   */
  derived?: { jsonStrings?: ReadonlyArray<{ readonly value: string; readonly range: Range }>; jsonForm?: boolean };

  constructor(
    protected readonly doc: TextDoc,
    private readonly range: Range,
    protected readonly escapeChar: string,
    private readonly instruction: string,
    private readonly instructionRange: Range,
  ) {
    this.keyword = instruction.toUpperCase();
  }

  /** The keyword as written (`run`). */
  getInstruction(): string {
    return this.instruction;
  }

  /** Upper case (`RUN`). */
  getKeyword(): string {
    return this.keyword;
  }

  /** The whole instruction, continuation lines and heredoc bodies included. */
  getRange(): Range {
    return this.range;
  }

  /** The keyword. */
  getInstructionRange(): Range {
    return this.instructionRange;
  }

  /** Words after the keyword and flags. */
  getArguments(): Argument[] {
    if (!this.args) {
      const raw = this.raw();
      const flags = this.flagList().length;
      this.args = flags === 0 ? raw : raw.slice(flags);
    }
    return this.args.slice();
  }

  /** Words after the keyword, flags included. */
  getRawArguments(): Argument[] {
    return this.raw().slice();
  }

  /** `--flags`; empty for instructions that take none. */
  getFlags(): Flag[] {
    return this.flagList().slice();
  }

  getArgumentsRange(): Range | null {
    const args = this.argList();
    if (args.length === 0) return null;
    return rangeOf(args[0]!.getRange().start, args[args.length - 1]!.getRange().end);
  }

  /** The text of the arguments as written, with continuations and comment lines removed. */
  getArgumentsContent(): string | null {
    if (this.argumentsContent === undefined) this.argumentsContent = this.computeArgumentsContent();
    return this.argumentsContent;
  }

  /** The text from the first argument to the end of the last, as written. */
  getRawArgumentsContent(): string | null {
    if (this.rawArgumentsContent === undefined) {
      const args = this.argList();
      this.rawArgumentsContent = args.length === 0 ? null : this.doc.slice(rangeOf(args[0]!.getRange().start, args[args.length - 1]!.getRange().end));
    }
    return this.rawArgumentsContent;
  }

  /** The strings of the exec (JSON) form, up to the first malformed part. */
  getJSONStrings(): JSONString[] {
    if (!this.jsonStrings) this.jsonStrings = JSON_FORM.has(this.keyword) ? this.computeJSONStrings() : [];
    return this.jsonStrings.slice();
  }

  getHeredocs(): Heredoc[] {
    if (!this.heredocs) this.heredocs = this.computeHeredocs();
    return this.heredocs.slice();
  }

  protected textContent(): string {
    return this.doc.slice(this.range);
  }

  protected argList(): Argument[] {
    if (!this.args) this.getArguments();
    return this.args!;
  }

  private raw(): Argument[] {
    if (!this.rawArgs) this.rawArgs = this.computeRawArguments();
    return this.rawArgs;
  }

  private flagList(): Flag[] {
    if (!this.flags) this.flags = this.computeFlags();
    return this.flags;
  }

  private computeFlags(): Flag[] {
    const stop = FLAGS_UNTIL[this.keyword];
    const flags: Flag[] = [];
    if (!stop) return flags;
    const doc = this.doc;
    for (const arg of this.raw()) {
      const value = arg.getValue();
      if (stop(value)) break;
      if (value.indexOf('--') !== 0) continue;
      const range = arg.getRange();
      const argStart = doc.offsetAt(range.start);
      const rawValue = doc.text.substring(argStart, doc.offsetAt(range.end));
      const nameIndex = value.indexOf('=');
      const index = rawValue.indexOf('=');
      let firstMatch = false;
      let secondMatch = false;
      let startIndex = -1;
      nameSearch: for (let i = 0; i < rawValue.length; i++) {
        switch (rawValue.charAt(i)) {
          case '\\':
          case ' ':
          case '\t':
          case '\r':
          case '\n':
            break;
          case '-':
            if (secondMatch) {
              startIndex = i;
              break nameSearch;
            } else if (firstMatch) secondMatch = true;
            else firstMatch = true;
            break;
          default:
            startIndex = i;
            break nameSearch;
        }
      }
      const nameStart = doc.positionAt(argStart + startIndex);
      if (index === -1) {
        flags.push(new Flag(range, value.substring(2), rangeOf(nameStart, range.end), null, null));
      } else if (index === value.length - 1) {
        flags.push(new Flag(range, value.substring(2, index), rangeOf(nameStart, doc.positionAt(argStart + index)), '', rangeOf(range.end, range.end)));
      } else {
        flags.push(
          new Flag(range, value.substring(2, nameIndex), rangeOf(nameStart, doc.positionAt(argStart + index)), value.substring(nameIndex + 1), rangeOf(doc.positionAt(argStart + index + 1), range.end)),
        );
      }
    }
    return flags;
  }

  /**
   * dockerfile-ast `Instruction.getRawArguments`. A word without escapes is a slice of the
   * text (`clean`); its value is only built character by character once an escape occurs.
   */
  private computeRawArguments(): Argument[] {
    const doc = this.doc;
    const args: Argument[] = [];
    const offset = doc.offsetAt(this.instructionRange.end);
    const fullArgs = doc.text.substring(offset, doc.offsetAt(this.range.end));
    const escapeChar = this.escapeChar;
    let start = false;
    let comment = false;
    let found = -1;
    let escapedWhitespaceDetected = false;
    let escaping = false;
    let escapeMarker = -1;
    let escapedArg = '';
    let clean = true;
    let cleanEnd = -1;
    const push = (end: number) => {
      const value = clean ? (found === -1 ? '' : fullArgs.substring(found, cleanEnd)) : escapedArg;
      args.push(new Argument(value, undefined, doc, offset + found, offset + end));
      escapedArg = '';
      clean = true;
      found = -1;
    };
    const materialize = () => {
      if (clean) {
        escapedArg = found === -1 ? '' : fullArgs.substring(found, cleanEnd);
        clean = false;
      }
    };
    for (let i = 0; i < fullArgs.length; i++) {
      const char = fullArgs.charAt(i);
      if (isWhitespace(char)) {
        if (escaping) {
          escapedWhitespaceDetected = true;
          if (isNewline(char)) {
            escapedWhitespaceDetected = false;
            if (comment) {
              comment = false;
              start = true;
            }
          }
          continue;
        } else if (found !== -1) {
          push(escapeMarker === -1 ? i : escapeMarker);
          escapeMarker = -1;
        }
      } else if (char === escapeChar) {
        if (found !== -1) materialize();
        const next = fullArgs.charAt(i + 1);
        if (next === ' ' || next === '\t') {
          whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
            switch (fullArgs.charAt(j)) {
              case ' ':
              case '\t':
                continue;
              case '\r':
              case '\n':
                if (fullArgs.charAt(j) === '\r') j++;
                comment = false;
                escaping = true;
                start = true;
                if (found !== -1) escapeMarker = i;
                i = j;
                break whitespaceCheck;
              default:
                escapeMarker = i;
                if (found === -1) i = j - 1;
                break whitespaceCheck;
            }
          }
        } else if (next === '\r') {
          comment = false;
          escaping = true;
          start = true;
          if (found !== -1 && escapeMarker === -1) escapeMarker = i;
          i += 2;
        } else if (next === '\n') {
          comment = false;
          escaping = true;
          start = true;
          if (found !== -1 && escapeMarker === -1) escapeMarker = i;
          i++;
        } else {
          if (escapedWhitespaceDetected && escapeMarker !== -1) push(escapeMarker);
          escapeMarker = -1;
          escapedWhitespaceDetected = false;
          escaping = false;
          if (next === '') break;
          materialize();
          escapedArg = next === '$' ? escapedArg + char + next : escapedArg + next;
          if (found === -1) found = i;
          i++;
        }
      } else if (!comment) {
        if (start && char === '#') {
          comment = true;
        } else {
          if (escapedWhitespaceDetected && escapeMarker !== -1) push(escapeMarker);
          escapedWhitespaceDetected = false;
          escaping = false;
          escapeMarker = -1;
          if (found === -1) found = i;
          if (clean) cleanEnd = i + 1;
          else escapedArg = escapedArg + char;
        }
        start = false;
      }
    }
    if (found !== -1) push(escapeMarker === -1 ? fullArgs.length : escapeMarker);
    return args;
  }

  /** dockerfile-ast `Instruction.getArgumentsRanges` + `getArgumentsContent`. */
  private computeArgumentsContent(): string | null {
    const args = this.argList();
    if (args.length === 0) return null;
    const doc = this.doc;
    const first = args[0]!.getRange();
    const last = args[args.length - 1]!.getRange();
    if (first.start.line === last.end.line) return doc.slice(rangeOf(first.start, last.end));
    const ranges: Range[] = [];
    let end = -1;
    let startPosition: Position | null = first.start;
    const rangeStart = doc.offsetAt(this.instructionRange.start);
    const extra = doc.offsetAt(startPosition) - rangeStart;
    const content = this.textContent();
    const fullArgs = content.substring(extra, doc.offsetAt(last.end) - rangeStart);
    const offset = rangeStart + extra;
    let comment = false;
    const escapeChar = this.escapeChar;
    for (let i = 0; i < fullArgs.length; i++) {
      const char = fullArgs.charAt(i);
      if (char === escapeChar) {
        const next = fullArgs.charAt(i + 1);
        if (next === ' ' || next === '\t') {
          whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
            switch (fullArgs.charAt(j)) {
              case ' ':
              case '\t':
                continue;
              case '\r':
              case '\n':
                if (fullArgs.charAt(j) === '\r') j++;
                if (startPosition !== null) ranges.push(rangeOf(startPosition, doc.positionAt(offset + end + 1)));
                startPosition = null;
                comment = false;
                i = j;
                break whitespaceCheck;
              default:
                break whitespaceCheck;
            }
          }
        } else if (next === '\r') {
          if (startPosition !== null) {
            ranges.push(rangeOf(startPosition, doc.positionAt(offset + end + 1)));
            startPosition = null;
          }
          comment = false;
          i += 2;
        } else if (next === '\n') {
          if (startPosition !== null) ranges.push(rangeOf(startPosition, doc.positionAt(offset + end + 1)));
          startPosition = null;
          comment = false;
          i++;
        } else {
          i++;
        }
      } else if (isNewline(char)) {
        if (comment) {
          startPosition = null;
          comment = false;
        }
      } else if (!comment) {
        if (startPosition === null) {
          if (char === '#') {
            comment = true;
            continue;
          }
          const position = doc.positionAt(offset + i);
          if (position.character !== 0) startPosition = { line: position.line, character: 0 };
        }
        end = i;
      }
    }
    if (startPosition === null) ranges.push(rangeOf(doc.positionAt(offset + end), doc.positionAt(offset + end + 1)));
    else ranges.push(rangeOf(startPosition, doc.positionAt(offset + end + 1)));
    let out = '';
    for (const r of ranges) out += doc.slice(r);
    return out;
  }

  /** dockerfile-ast `JSONInstruction` (its constructor). */
  private computeJSONStrings(): JSONString[] {
    const strings: JSONString[] = [];
    const argsContent = this.getRawArgumentsContent();
    if (argsContent === null) return strings;
    const args = this.argList();
    if (args.length === 1 && args[0]!.getValue() === '[]') return strings;
    if (args.length === 2 && args[0]!.getValue() === '[' && args[1]!.getValue() === ']') return strings;
    const doc = this.doc;
    const argsOffset = doc.offsetAt(args[0]!.getRange().start);
    let start = -1;
    let last = '';
    let quoted = false;
    let escapedArg = '';
    argsCheck: for (let i = 0; i < argsContent.length; i++) {
      const char = argsContent.charAt(i);
      switch (char) {
        case '[':
          if (last === '') last = '[';
          else if (quoted) escapedArg = escapedArg + char;
          else break argsCheck;
          break;
        case '"':
          if (last === '[' || last === ',') {
            start = i;
            quoted = true;
            last = '"';
            escapedArg = escapedArg + char;
            continue;
          } else if (last === '"') {
            if (quoted) {
              escapedArg = escapedArg + char;
              quoted = false;
              strings.push(new JSONString(escapedArg, doc.range(argsOffset + start, argsOffset + i + 1), doc.range(argsOffset + start + 1, argsOffset + i)));
              escapedArg = '';
            } else break argsCheck;
          } else break argsCheck;
          break;
        case ',':
          if (quoted) escapedArg = escapedArg + char;
          else if (last === '"') last = ',';
          else break argsCheck;
          break;
        case ']':
          if (quoted) escapedArg = escapedArg + char;
          else if (last !== '') break argsCheck;
          break;
        case ' ':
        case '\t':
          break;
        case '\\':
          if (quoted) {
            switch (argsContent.charAt(i + 1)) {
              case '"':
              case '\\':
                escapedArg = escapedArg + argsContent.charAt(i + 1);
                i++;
                continue;
              case ' ':
              case '\t':
                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case '\r':
                    case '\n':
                      if (argsContent.charAt(j) === '\r') j++;
                      i = j;
                      continue argsCheck;
                    case ' ':
                    case '\t':
                      break;
                    default:
                      break escapeCheck;
                  }
                }
                break;
              case '\r':
                i++;
                i++;
                continue;
              default:
                i++;
                continue;
            }
          } else {
            escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
              switch (argsContent.charAt(j)) {
                case '\r':
                case '\n':
                  if (argsContent.charAt(j) === '\r') j++;
                  i = j;
                  continue argsCheck;
                case ' ':
                case '\t':
                  break;
                default:
                  break escapeCheck;
              }
            }
          }
          break argsCheck;
        default:
          if (!quoted) break argsCheck;
          escapedArg = escapedArg + char;
          break;
      }
    }
    return strings;
  }

  /** dockerfile-ast `Instruction.getHeredocs`. */
  private computeHeredocs(): Heredoc[] {
    const args = this.argList();
    if (args.length === 0) return [];
    const range = this.range;
    if (range.start.line === range.end.line) return this.singleLineHeredocs(args);
    const doc = this.doc;
    const heredocs: Heredoc[] = [];
    const definitions: Argument[] = [];
    let processed = false;
    let escaping = false;
    let contentStart = -1;
    let contentEnd = -1;
    let lineStart = -1;
    let current = 0;
    const escapeChar = this.escapeChar;
    const startOffset = doc.offsetAt(args[0]!.getRange().start);
    const content = doc.text.substring(startOffset, doc.offsetAt(range.end));
    contentLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      switch (ch) {
        case escapeChar:
          escaping = true;
          for (let j = i + 1; j < content.length; j++) {
            switch (content.charAt(j)) {
              case ' ':
              case '\t':
                break;
              case '\r':
              case '\n':
                if (content.charAt(j) === '\r') j++;
                i = j;
                continue contentLoop;
              default:
                i = j;
                continue contentLoop;
            }
          }
          break;
        case '\r':
          break;
        case '\n':
          if (escaping) break;
          if (processed) {
            if (contentStart === -1) contentStart = i;
            contentEnd = i;
            const arg = definitions[current]!;
            const startRange = arg.getRange();
            const nameRange = this.heredocNameRange(startRange);
            const name = this.heredocName(nameRange);
            const delimiter = this.delimiterRange(arg, name, doc.range(startOffset + lineStart, startOffset + i));
            if (delimiter !== null) {
              heredocs.push(new Heredoc(startRange, name, nameRange, doc.range(startOffset + contentStart, startOffset + lineStart - 1), delimiter));
              contentStart = -1;
              current++;
            }
            lineStart = -1;
          } else {
            const limit = startOffset + i;
            for (const arg of args) {
              if (doc.offsetAt(arg.getRange().start) < limit) {
                if (arg.getValue().startsWith('<<')) definitions.push(arg);
              } else break;
            }
            processed = true;
            lineStart = -1;
            continue contentLoop;
          }
          break;
        default:
          if ((ch === ' ' || ch === '\t') && escaping) break;
          if (ch === '#' && escaping) {
            let skipped = false;
            for (let j = i + 1; j < content.length; j++) {
              if (content.charAt(j) === '\n') {
                i = j;
                skipped = true;
                break;
              }
            }
            if (skipped) continue contentLoop;
          }
          if (escaping) escaping = false;
          if (processed) {
            if (contentStart === -1) contentStart = i;
            if (lineStart === -1) lineStart = i;
          }
          break;
      }
    }
    if (!processed) return this.singleLineHeredocs(args);
    const arg = definitions[current]!;
    const startRange = arg.getRange();
    const nameRange = this.heredocNameRange(startRange);
    const name = this.heredocName(nameRange);
    let contentRange: Range | null = null;
    const delimiter = this.delimiterRange(arg, name, rangeOf(doc.positionAt(startOffset + lineStart), range.end));
    if (delimiter === null) contentRange = rangeOf(doc.positionAt(startOffset + contentStart), range.end);
    else if (contentEnd !== -1) contentRange = doc.range(startOffset + contentStart, startOffset + contentEnd);
    heredocs.push(new Heredoc(startRange, name, nameRange, contentRange, delimiter));
    current++;
    for (let i = current; i < definitions.length; i++) {
      const next = definitions[current]!;
      const r = next.getRange();
      const nr = this.heredocNameRange(r);
      heredocs.push(new Heredoc(r, this.heredocName(nr), nr, null, null));
      current++;
    }
    return heredocs;
  }

  private singleLineHeredocs(args: readonly Argument[]): Heredoc[] {
    const heredocs: Heredoc[] = [];
    for (const arg of args) {
      const value = arg.getValue();
      if (value.startsWith('<<') && parseHeredocName(value) !== null) {
        const startRange = arg.getRange();
        const nameRange = this.heredocNameRange(startRange);
        heredocs.push(new Heredoc(startRange, this.heredocName(nameRange), nameRange, null, null));
      }
    }
    return heredocs;
  }

  private heredocName(nameRange: Range): string {
    const content = this.doc.slice(nameRange);
    const escapeChar = this.escapeChar;
    let escaping = false;
    let name = '';
    nameLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      if (ch === escapeChar) {
        escaping = true;
        for (let j = i + 1; j < content.length; j++) {
          switch (content.charAt(j)) {
            case ' ':
            case '\t':
              break;
            case '\r':
              i = j + 1;
              continue nameLoop;
            case '\n':
              i = j;
              continue nameLoop;
            default:
              name += content.charAt(j);
              i = j;
              continue nameLoop;
          }
        }
        continue;
      }
      if (ch === '#' && escaping) {
        let skipped = false;
        for (let j = i + 1; j < content.length; j++) {
          if (content.charAt(j) === '\n') {
            i = j;
            skipped = true;
            break;
          }
        }
        if (skipped) continue;
      }
      if ((ch === '#' || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') && escaping) continue;
      name += ch;
    }
    return name;
  }

  private heredocNameRange(startRange: Range): Range {
    const doc = this.doc;
    const content = doc.slice(startRange);
    const escapeChar = this.escapeChar;
    let endFound = false;
    let searchHyphen = false;
    let start = -1;
    let end = -1;
    let escaping = false;
    let quote: string | null = null;
    contentLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      if (ch === '"' || ch === "'") {
        if (quote === ch) break contentLoop;
        quote = ch;
        continue;
      }
      if (ch === escapeChar) {
        if (content.indexOf('\n', i + 1) !== -1) {
          escaping = true;
          continue contentLoop;
        }
        continue;
      }
      switch (ch) {
        case ' ':
        case '\t':
        case '\r':
        case '\n':
          continue;
        case '<':
          if (endFound) searchHyphen = true;
          else endFound = true;
          continue;
      }
      if (ch === '-' && searchHyphen) {
        searchHyphen = false;
        continue;
      }
      if ((ch === '-' || ch === '#') && escaping) {
        const nl = content.indexOf('\n', i + 1);
        if (nl !== -1) {
          i = nl;
          continue contentLoop;
        }
      }
      if (start === -1) start = i;
      if (quote !== null) {
        end = i + 1;
        continue;
      }
      break contentLoop;
    }
    if (start === -1) return rangeOf(startRange.end, startRange.end);
    const base = doc.offsetAt(startRange.start);
    return rangeOf(doc.positionAt(base + start), quote !== null ? doc.positionAt(base + end) : startRange.end);
  }

  private delimiterRange(startArg: Argument, name: string, candidate: Range): Range | null {
    const text = this.doc.slice(candidate);
    if (startArg.getValue().startsWith('<<-')) {
      let index = 0;
      while (text.charAt(index) === '\t') index++;
      return text.substring(index) === name ? rangeOf({ line: candidate.start.line, character: index }, candidate.end) : null;
    }
    return text === name ? candidate : null;
  }
}

/** `ARG`, `ENV`, `LABEL`: `name=value` pairs. */
export class PropertyInstruction extends Instruction {
  private properties?: Property[];

  getProperties(): Property[] {
    if (!this.properties) this.properties = this.computeProperties();
    return this.properties.slice();
  }

  private computeProperties(): Property[] {
    const args = this.propertyArguments();
    const doc = this.doc;
    const e = this.escapeChar;
    if (args.length === 0) return [];
    if (args.length === 1) return [new Property(doc, e, args[0]!)];
    if (args.length === 2) {
      if (args[0]!.getValue().indexOf('=') === -1) return [new Property(doc, e, args[0]!, args[1]!)];
      return [new Property(doc, e, args[0]!), new Property(doc, e, args[1]!)];
    }
    if (args[0]!.getValue().indexOf('=') === -1) {
      const r = rangeOf(args[1]!.getRange().start, args[args.length - 1]!.getRange().end);
      return [new Property(doc, e, args[0]!, new Argument(doc.slice(r), r))];
    }
    return args.map((a) => new Property(doc, e, a));
  }

  private trailingNonWhitespace(content: string): number {
    let index = content.length;
    whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
      switch (content.charAt(i)) {
        case ' ':
        case '\t':
          continue;
        case '\n':
        case '\r':
          if (content.charAt(i) === '\n' && content.charAt(i - 1) === '\r') i = i - 1;
          for (let j = i - 1; j >= 0; j--) {
            const c = content.charAt(j);
            if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === this.escapeChar) continue;
            index = j;
            break;
          }
          break whitespaceCheck;
        default:
          index = i;
          break whitespaceCheck;
      }
    }
    return index;
  }

  /** dockerfile-ast `PropertyInstruction.getPropertyArguments`. */
  private propertyArguments(): Argument[] {
    const doc = this.doc;
    const args: Argument[] = [];
    const nameEnd = doc.offsetAt(this.getInstructionRange().end);
    const fullArgs = doc.text.substring(nameEnd, doc.offsetAt(this.getRange().end));
    const escapeChar = this.escapeChar;
    const start = findLeadingNonWhitespace(fullArgs, escapeChar);
    if (start === -1) return [];
    const base = nameEnd + start;
    const startPosition = doc.positionAt(base);
    let escaped = this.getInstructionRange().start.line !== startPosition.line;
    let endingEscape = false;
    let mark = -1;
    const end = this.trailingNonWhitespace(fullArgs);
    const content = fullArgs.substring(start, end + 1);
    let argStart = escaped ? -1 : 0;
    let spaced = false;
    const arg = (from: number, to: number) => new Argument(content.substring(from, to), doc.range(base + from, base + to));
    const spacedArgument = () => {
      if (argStart !== -1) args.push(arg(argStart, mark));
    };
    argumentLoop: for (let i = 0; i < content.length; i++) {
      const char = content.charAt(i);
      switch (char) {
        case escapeChar: {
          if (i + 1 === content.length) {
            endingEscape = true;
            break argumentLoop;
          }
          if (!escaped) mark = i;
          const next = content.charAt(i + 1);
          if (next === ' ' || next === '\t') {
            if (!isWhitespace(content.charAt(i + 2))) {
              i = i + 1;
              continue argumentLoop;
            }
            for (let j = i + 2; j < content.length; j++) {
              const c = content.charAt(j);
              if (c === '\r' || c === '\n') {
                if (c === '\r') j++;
                escaped = true;
                i = j;
                continue argumentLoop;
              }
              if (c === ' ' || c === '\t') continue;
              args.push(new Argument(content.substring(argStart, i), doc.range(base + argStart, base + i + 2)));
              argStart = j;
              break;
            }
            i = argStart - 1;
            continue argumentLoop;
          }
          if (next === '\r' || next === '\n') {
            if (next === '\r') i++;
            escaped = true;
            i = i + 1;
            continue argumentLoop;
          }
          if (next === escapeChar) {
            if (argStart === -1) argStart = i;
            i = i + 1;
            continue argumentLoop;
          }
          if (argStart === -1) argStart = i;
          continue argumentLoop;
        }
        case "'":
        case '"':
          if (spaced) {
            spacedArgument();
            argStart = i;
            spaced = false;
          }
          if (argStart === -1) argStart = i;
          for (let j = i + 1; j < content.length; j++) {
            const c = content.charAt(j);
            if (c === char) {
              if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                i = j;
                continue argumentLoop;
              }
              args.push(arg(argStart, j + 1));
              i = j;
              argStart = -1;
              continue argumentLoop;
            } else if (c === escapeChar) {
              j++;
            }
          }
          break argumentLoop;
        case ' ':
        case '\t':
          if (escaped) {
            if (argStart !== -1) spaced = true;
          } else if (argStart !== -1) {
            args.push(arg(argStart, i));
            argStart = -1;
          }
          break;
        case '\r':
        case '\n':
          if (char === '\r') i++;
          spaced = false;
          break;
        case '#':
          if (escaped) {
            for (let j = i + 1; j < content.length; j++) {
              const c = content.charAt(j);
              if (c === '\r' || c === '\n') {
                i = c === '\r' ? j + 1 : j;
                spaced = false;
                continue argumentLoop;
              }
            }
            if (argStart !== -1) {
              args.push(arg(argStart, mark));
              argStart = -1;
            }
            break argumentLoop;
          } else if (argStart === -1) {
            argStart = i;
          }
          break;
        default:
          if (spaced) {
            spacedArgument();
            argStart = i;
            spaced = false;
          }
          escaped = false;
          if (argStart === -1) argStart = i;
          if (char === '$' && content.charAt(i + 1) === '{') {
            let singleQuotes = false;
            let doubleQuotes = false;
            let esc = false;
            for (let j = i + 1; j < content.length; j++) {
              const c = content.charAt(j);
              if (c === escapeChar) {
                esc = true;
                continue;
              }
              switch (c) {
                case '\r':
                case '\n':
                  break;
                case "'":
                  singleQuotes = !singleQuotes;
                  esc = false;
                  break;
                case '"':
                  doubleQuotes = !doubleQuotes;
                  esc = false;
                  break;
                case ' ':
                case '\t':
                  if (esc || singleQuotes || doubleQuotes) break;
                  i = j - 1;
                  continue argumentLoop;
                case '}':
                  i = j;
                  continue argumentLoop;
                default:
                  esc = false;
                  break;
              }
            }
            break argumentLoop;
          }
          break;
      }
    }
    if (argStart !== -1 && argStart !== content.length) {
      const stop = endingEscape ? content.length - 1 : content.length;
      args.push(arg(argStart, stop));
    }
    return args;
  }
}

/** `FROM [--platform=…] image [AS name]`. */
export class From extends Instruction {
  private variables?: Array<[number, number]>;
  /** Answers of the image getters, kept (several rules and the context ask them). */
  private readonly cache = new Map<string, string | Range | null>();

  private cached<T extends string | Range | null>(key: string, compute: () => T): T {
    let value = this.cache.get(key) as T | undefined;
    if (value === undefined) {
      value = compute();
      this.cache.set(key, value);
    }
    return value;
  }

  /** The image without registry, tag and digest (`team/app`). */
  getImageName(): string | null {
    return this.cached('name', () => this.computeImageName());
  }

  getImageNameRange(): Range | null {
    return this.cached('nameRange', () => this.computeImageNameRange());
  }

  getImageTagRange(): Range | null {
    return this.cached('tagRange', () => this.computeImageTagRange());
  }

  getImageDigestRange(): Range | null {
    return this.cached('digestRange', () => this.computeImageDigestRange());
  }

  getRegistryRange(): Range | null {
    return this.cached('registryRange', () => this.computeRegistryRange());
  }

  /** The image reference as written (variables unexpanded), or `null`. */
  getImage(): string | null {
    const args = this.argList();
    return args.length > 0 ? args[0]!.getValue() : null;
  }

  getImageRange(): Range | null {
    const args = this.argList();
    return args.length !== 0 ? args[0]!.getRange() : null;
  }

  private computeImageName(): string | null {
    const range = this.getImageNameRange();
    if (range === null) return null;
    const imageName = this.doc.slice(range);
    let commented = false;
    let escaped = false;
    let name = '';
    for (let i = 0; i < imageName.length; i++) {
      const ch = imageName.charAt(i);
      if (ch === this.escapeChar) {
        escaped = true;
        continue;
      }
      switch (ch) {
        case '\r':
          continue;
        case '\n':
          commented = false;
          break;
        case ' ':
        case '\t':
          break;
        case '#':
          if (escaped) commented = true;
          else {
            name = name + ch;
            escaped = false;
          }
          break;
        default:
          if (!commented) {
            name = name + ch;
            escaped = false;
          }
          break;
      }
    }
    return name;
  }

  private computeImageNameRange(): Range | null {
    const image = this.getImageRange();
    if (!image) return null;
    const doc = this.doc;
    let start = image.start;
    let end = image.end;
    const registry = this.getRegistryRange();
    if (registry) start = doc.positionAt(doc.offsetAt(registry.end) + 1);
    const tag = this.getImageTagRange();
    const digest = this.getImageDigestRange();
    if (tag === null) {
      if (digest !== null) end = doc.positionAt(doc.offsetAt(digest.start) - 1);
    } else end = doc.positionAt(doc.offsetAt(tag.start) - 1);
    return rangeOf(start, end);
  }

  getImageTag(): string | null {
    const range = this.getImageTagRange();
    return range === null ? null : this.doc.slice(range);
  }

  private computeImageTagRange(): Range | null {
    const range = this.getImageRange();
    if (!range) return null;
    const doc = this.doc;
    const base = doc.offsetAt(range.start);
    const content = doc.slice(range);
    const atIndex = this.indexOf(base, content, '@');
    const slashIndex = content.indexOf('/');
    if (atIndex === -1) {
      const colonIndex = this.lastIndexOf(base, content, ':');
      if (colonIndex > slashIndex) return rangeOf(doc.positionAt(base + colonIndex + 1), range.end);
    }
    const sub = content.substring(0, atIndex);
    const subColon = sub.indexOf(':');
    if (subColon === -1) return null;
    if (slashIndex === -1) return doc.range(base + subColon + 1, base + atIndex);
    if (subColon < slashIndex) return null;
    return doc.range(base + subColon + 1, base + sub.length);
  }

  getImageDigest(): string | null {
    const range = this.getImageDigestRange();
    return range === null ? null : this.doc.slice(range);
  }

  private computeImageDigestRange(): Range | null {
    const range = this.getImageRange();
    if (!range) return null;
    const content = this.doc.slice(range);
    const index = this.lastIndexOf(this.doc.offsetAt(range.start), content, '@');
    if (index === -1) return null;
    return { start: { line: range.start.line, character: range.start.character + index + 1 }, end: { line: range.end.line, character: range.end.character } };
  }

  private computeRegistryRange(): Range | null {
    const image = this.getImageRange();
    if (!image) return null;
    const doc = this.doc;
    let end = image.end;
    const tag = this.getImageTagRange();
    const digest = this.getImageDigestRange();
    if (tag === null) {
      if (digest !== null) end = doc.positionAt(doc.offsetAt(digest.start) - 1);
    } else end = doc.positionAt(doc.offsetAt(tag.start) - 1);
    const range = rangeOf(image.start, end);
    const content = doc.slice(range);
    const base = doc.offsetAt(range.start);
    const slash = this.indexOf(base, content, '/');
    if (slash === -1) return null;
    const port = this.indexOf(base, content, ':');
    const dot = this.indexOf(base, content, '.');
    if (port !== -1 || dot !== -1) return rangeOf(range.start, doc.positionAt(base + slash));
    if (content.substring(0, slash) === 'localhost') return rangeOf(range.start, doc.positionAt(base + slash));
    return null;
  }

  /** `AS name` as written, or `null`. */
  getBuildStage(): string | null {
    const range = this.getBuildStageRange();
    return range === null ? null : this.doc.slice(range);
  }

  getBuildStageRange(): Range | null {
    const args = this.argList();
    if (args.length > 2 && args[1]!.getValue().toUpperCase() === 'AS') return args[2]!.getRange();
    return null;
  }

  /** The `--platform` flag when it is the only flag. */
  getPlatformFlag(): Flag | null {
    const flags = this.getFlags();
    return flags.length === 1 && flags[0]!.getName() === 'platform' ? flags[0]! : null;
  }

  private indexOf(base: number, content: string, search: string): number {
    let index = content.indexOf(search);
    const variables = this.variableSpans();
    for (let i = 0; i < variables.length; i++) {
      const position = base + index;
      const [start, end] = variables[i]!;
      if (start < position && position < end) {
        const offset = end - base;
        const subIndex = content.substring(offset).indexOf(search);
        if (subIndex === -1) return -1;
        index = subIndex + offset;
        i = -1;
      }
    }
    return index;
  }

  private lastIndexOf(base: number, content: string, search: string): number {
    let index = content.lastIndexOf(search);
    const variables = this.variableSpans();
    for (let i = 0; i < variables.length; i++) {
      const position = base + index;
      const [start, end] = variables[i]!;
      if (start < position && position < end) {
        index = content.substring(0, index).lastIndexOf(search);
        if (index === -1) return -1;
        i = -1;
      }
    }
    return index;
  }

  /** Document offsets of the `$VAR`/`${VAR…}` references in the arguments (dockerfile-ast `getVariables`). */
  private variableSpans(): Array<[number, number]> {
    if (this.variables) return this.variables;
    const spans: Array<[number, number]> = [];
    const doc = this.doc;
    for (const a of this.getRawArguments()) {
      const offset = doc.offsetAt(a.getRange().start);
      const arg = doc.slice(a.getRange());
      const e = this.escapeChar;
      variableLoop: for (let i = 0; i < arg.length; i++) {
        const c = arg.charAt(i);
        if (c === e) {
          if (arg.charAt(i + 1) === '$') i++;
          continue;
        }
        if (c !== '$') continue;
        if (arg.charAt(i + 1) === '{') {
          nameLoop: for (let j = i + 2; j < arg.length; j++) {
            const ch = arg.charAt(j);
            if (ch === e) {
              for (let k = j + 1; k < arg.length; k++) {
                const x = arg.charAt(k);
                if (x === ' ' || x === '\t' || x === '\r') continue;
                if (x === '\n') {
                  j = k;
                  continue nameLoop;
                }
              }
              continue;
            }
            if (ch === '}') {
              spans.push([offset + i, offset + j + 1]);
              i = j;
              continue variableLoop;
            }
          }
          break variableLoop;
        } else if (isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
          continue;
        }
        nameLoop: for (let j = i + 1; j < arg.length; j++) {
          const ch = arg.charAt(j);
          switch (ch) {
            case '\r':
            case '\n':
            case ' ':
            case '\t':
              continue;
            case '$':
            case "'":
            case '"':
              spans.push([offset + i, offset + j]);
              i = j - 1;
              continue variableLoop;
          }
          if (ch === e) {
            for (let k = j + 1; k < arg.length; k++) {
              const x = arg.charAt(k);
              if (x === ' ' || x === '\t' || x === '\r') continue;
              if (x === '\n') {
                j = k;
                continue nameLoop;
              }
            }
            spans.push([offset + i, offset + j]);
            break variableLoop;
          }
          if (!/^[a-z0-9_]+$/i.test(ch)) {
            spans.push([offset + i, offset + j]);
            i = j - 1;
            continue variableLoop;
          }
        }
        spans.push([offset + i, offset + arg.length]);
        break variableLoop;
      }
    }
    this.variables = spans;
    return spans;
  }
}

/** `ONBUILD <instruction>`. */
export class Onbuild extends Instruction {
  private trigger?: Instruction | null;

  /** The wrapped instruction (`null` for a bare `ONBUILD`), parsed once. */
  getTriggerInstruction(): Instruction | null {
    if (this.trigger === undefined) {
      const args = this.argList();
      if (args.length === 0) this.trigger = null;
      else {
        const triggerRange = args[0]!.getRange();
        this.trigger = createInstruction(this.doc, this.escapeChar, rangeOf(triggerRange.start, this.getRange().end), this.doc.slice(triggerRange), triggerRange);
      }
    }
    return this.trigger;
  }
}

function createInstruction(doc: TextDoc, escapeChar: string, range: Range, instruction: string, instructionRange: Range): Instruction {
  switch (instruction.toUpperCase()) {
    case 'FROM':
      return new From(doc, range, escapeChar, instruction, instructionRange);
    case 'ARG':
    case 'ENV':
    case 'LABEL':
      return new PropertyInstruction(doc, range, escapeChar, instruction, instructionRange);
    case 'ONBUILD':
      return new Onbuild(doc, range, escapeChar, instruction, instructionRange);
    default:
      return new Instruction(doc, range, escapeChar, instruction, instructionRange);
  }
}

function findLeadingNonWhitespace(content: string, escapeChar: string): number {
  whitespaceCheck: for (let i = 0; i < content.length; i++) {
    const c = content.charAt(i);
    if (c === ' ' || c === '\t') continue;
    if (c === escapeChar) {
      for (let j = i + 1; j < content.length; j++) {
        switch (content.charAt(j)) {
          case ' ':
          case '\t':
            continue;
          case '\r':
            i = j + 1;
            continue whitespaceCheck;
          case '\n':
            i = j;
            continue whitespaceCheck;
          default:
            return -1; // (dockerfile-ast: an escaped non-blank first counts as no content)
        }
      }
      return -1;
    }
    return i;
  }
  return -1;
}

/** The delimiter of a `<<EOF` / `<<-"EOF"` word, or `null`. */
export function parseHeredocName(value: string): string | null {
  value = value.substring(2);
  if (value.charAt(0) === '-') value = value.substring(1);
  if (value.charAt(0) === '"') {
    if (value.charAt(value.length - 1) !== '"') return null;
    value = value.substring(1, value.length - 1);
  }
  if (value.charAt(0) === "'") {
    if (value.charAt(value.length - 1) !== "'") return null;
    value = value.substring(1, value.length - 1);
  }
  if (value.charAt(0) === '<') return null;
  return value;
}

/** A parsed Dockerfile. */
export class Dockerfile {
  constructor(
    private readonly directives: readonly ParserDirective[],
    private readonly instructions: readonly Instruction[],
    private readonly comments: readonly Range[],
  ) {}

  getInstructions(): Instruction[] {
    return this.instructions.slice();
  }

  getDirectives(): ParserDirective[] {
    return this.directives.slice();
  }

  /** Ranges of the comment lines (directives excluded). */
  getComments(): Range[] {
    return this.comments.slice();
  }

  /** `\` or the `# escape=` directive's `` ` ``. */
  getEscapeCharacter(): string {
    for (const d of this.directives) {
      if (d.getName().toLowerCase() === 'escape') {
        const value = d.getValue();
        if (value === '\\' || value === '`') return value;
      }
    }
    return '\\';
  }

  /** `ARG`s before the first `FROM`. */
  getInitialARGs(): PropertyInstruction[] {
    const out: PropertyInstruction[] = [];
    for (const i of this.instructions) {
      if (i.getKeyword() === 'FROM') break;
      if (i.getKeyword() === 'ARG') out.push(i as PropertyInstruction);
    }
    return out;
  }

  getFROMs(): From[] {
    return this.instructions.filter((i): i is From => i instanceof From);
  }
}

/** Parses a Dockerfile (never throws). */
export function parseDockerfile(text: string): Dockerfile {
  return new Scanner(text).parse();
}

/** dockerfile-ast `Parser`: splits the document into directives, comments and instructions. */
class Scanner {
  private readonly doc: TextDoc;
  private readonly buffer: string;
  private escapeChar = '\\';
  private readonly instructions: Instruction[] = [];
  private readonly comments: Range[] = [];
  /** Offset of the next `<` at or after the last instruction searched (-1: none left). */
  private nextLt = -2;

  constructor(text: string) {
    this.doc = new TextDoc(text);
    this.buffer = text;
  }

  parse(): Dockerfile {
    const buffer = this.buffer;
    const directives = this.parserDirectives();
    let offset = 0;
    this.escapeChar = '\\';
    const dockerfile = new Dockerfile(directives, this.instructions, this.comments);
    if (directives.length > 0) {
      this.escapeChar = dockerfile.getEscapeCharacter();
      offset = this.doc.offsetAt({ line: directives.length, character: 0 });
    } else if (buffer.charAt(0) === '\uFEFF') {
      offset = 1;
    }
    for (let i = offset; i < buffer.length; i++) {
      const char = buffer.charAt(i);
      switch (char) {
        case ' ':
        case '\t':
        case '\r':
        case '\n':
          break;
        case '#':
          i = this.comment(i);
          break;
        default:
          i = this.instruction(char, i);
          break;
      }
    }
    return dockerfile;
  }

  private parserDirectives(): ParserDirective[] {
    const buffer = this.buffer;
    const doc = this.doc;
    const directives: ParserDirective[] = [];
    const offset = buffer.charAt(0) === '\uFEFF' ? 1 : 0;
    directiveCheck: for (let i = offset; i < buffer.length; i++) {
      switch (buffer.charAt(i)) {
        case ' ':
        case '\t':
          break;
        case '\r':
        case '\n':
          break directiveCheck;
        case '#': {
          let directiveStart = -1;
          let directiveEnd = -1;
          for (let j = i + 1; j < buffer.length; j++) {
            const char = buffer.charAt(j);
            switch (char) {
              case ' ':
              case '\t':
                if (directiveStart !== -1 && directiveEnd === -1) directiveEnd = j;
                break;
              case '\r':
              case '\n':
                break directiveCheck;
              case '=': {
                let valueStart = -1;
                let valueEnd = -1;
                if (directiveEnd === -1) directiveEnd = j;
                let lineEnd = buffer.length;
                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                  switch (buffer.charAt(k)) {
                    case '\r':
                    case '\n':
                      if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
                      lineEnd = k;
                      break directiveValue;
                    case '\t':
                    case ' ':
                      if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
                      continue;
                    default:
                      if (valueStart === -1) valueStart = k;
                      break;
                  }
                }
                if (directiveStart === -1) break directiveCheck;
                if (valueStart === -1) {
                  valueStart = j + 1;
                  valueEnd = lineEnd;
                } else if (valueEnd === -1) {
                  valueEnd = buffer.length;
                }
                directives.push(new ParserDirective(doc, doc.range(i, lineEnd), doc.range(directiveStart, directiveEnd), doc.range(valueStart, valueEnd)));
                directiveStart = -1;
                i = buffer.charAt(valueEnd) === '\r' ? valueEnd + 1 : valueEnd;
                continue directiveCheck;
              }
              default:
                if (directiveStart === -1) directiveStart = j;
                break;
            }
          }
          break;
        }
        default:
          break directiveCheck;
      }
    }
    return directives;
  }

  private instruction(char: string, start: number): number {
    const buffer = this.buffer;
    const escapeChar = this.escapeChar;
    let instruction = char;
    let instructionEnd = -1;
    let escapedInstruction = false;
    instructionCheck: for (let i = start + 1; i < buffer.length; i++) {
      char = buffer.charAt(i);
      if (char === escapeChar) {
        escapedInstruction = true;
        char = buffer.charAt(i + 1);
        if (char === '\r' || char === '\n') {
          if (instructionEnd === -1) instructionEnd = i;
          i++;
        } else if (char === ' ' || char === '\t') {
          for (let j = i + 2; j < buffer.length; j++) {
            switch (buffer.charAt(j)) {
              case ' ':
              case '\t':
                break;
              case '\r':
              case '\n':
                i = j;
                continue instructionCheck;
              default:
                instructionEnd = i + 1;
                instruction = instruction + escapeChar;
                i = j - 2;
                continue instructionCheck;
            }
          }
          instructionEnd = i + 1;
          instruction = instruction + escapeChar;
          break instructionCheck;
        } else {
          instructionEnd = i + 1;
          instruction = instruction + escapeChar;
          escapedInstruction = false;
        }
        continue;
      }
      switch (char) {
        case ' ':
        case '\t': {
          if (escapedInstruction) {
            let continued = false;
            escapeCheck: for (let j = i + 1; j < buffer.length; j++) {
              switch (buffer.charAt(j)) {
                case ' ':
                case '\t':
                  break;
                case '\r':
                case '\n':
                  i = j;
                  continued = true;
                  break escapeCheck;
                default:
                  break escapeCheck;
              }
            }
            if (continued) continue instructionCheck;
            escapedInstruction = false;
          }
          if (instructionEnd === -1) instructionEnd = i;
          const end = this.arguments(instruction, instructionEnd, start, i);
          this.instructions.push(this.create(instruction, start, instructionEnd, end));
          return end;
        }
        case '\r':
        case '\n':
          if (escapedInstruction) continue;
          if (instructionEnd === -1) instructionEnd = i;
          this.instructions.push(this.create(instruction, start, i, i));
          return i;
        case '#':
          if (escapedInstruction) continue;
          instructionEnd = i + 1;
          instruction = instruction + char;
          break;
        default:
          instructionEnd = i + 1;
          instruction = instruction + char;
          escapedInstruction = false;
          break;
      }
    }
    if (instructionEnd === -1) instructionEnd = buffer.length;
    this.instructions.push(this.create(instruction, start, instructionEnd, buffer.length));
    return buffer.length;
  }

  private arguments(instruction: string, instructionEnd: number, start: number, offset: number): number {
    const buffer = this.buffer;
    const escapeChar = this.escapeChar;
    let escaped = false;
    argumentsCheck: for (let i = offset + 1; i < buffer.length; i++) {
      const c = buffer.charAt(i);
      if (c === '\r' || c === '\n') {
        if (escaped) continue;
        return this.heredocs(instruction, start, instructionEnd, i);
      }
      if (c === escapeChar) {
        const next = buffer.charAt(i + 1);
        if (next === '\n' || next === '\r') {
          escaped = true;
          i++;
        } else if (next === ' ' || next === '\t') {
          for (let j = i + 2; j < buffer.length; j++) {
            switch (buffer.charAt(j)) {
              case ' ':
              case '\t':
                break;
              case '\r':
              case '\n':
                escaped = true;
                i = j;
                continue argumentsCheck;
              default:
                i = j;
                continue argumentsCheck;
            }
          }
          return buffer.length;
        }
        continue;
      }
      switch (c) {
        case '#':
          if (escaped) {
            i = this.comment(i);
            continue argumentsCheck;
          }
          break;
        case ' ':
        case '\t':
          break;
        default:
          if (escaped) escaped = false;
          break;
      }
    }
    return buffer.length;
  }

  /** Skips the bodies of the heredocs an instruction opens on its first line. */
  private heredocs(instruction: string, start: number, instructionEnd: number, offset: number): number {
    let keyword = instruction.toUpperCase();
    if (keyword !== 'ADD' && keyword !== 'COPY' && keyword !== 'RUN' && keyword !== 'ONBUILD') return offset;
    // a cheap test first: most instructions have no heredoc (`<<`, or `<\<` with an escape);
    // the next `<` of the document is kept, so the document is searched once in all
    if (this.nextLt !== -1 && this.nextLt < instructionEnd) this.nextLt = this.buffer.indexOf('<', instructionEnd);
    if (this.nextLt === -1 || this.nextLt >= offset) return offset;
    let inst: Instruction | null = this.create(instruction, start, instructionEnd, offset);
    if (keyword === 'ONBUILD') {
      inst = (inst as Onbuild).getTriggerInstruction();
      if (inst === null) return offset;
      keyword = inst.getKeyword();
      if (keyword !== 'ADD' && keyword !== 'COPY' && keyword !== 'RUN') return offset;
    }
    const names: string[] = [];
    let tabbed = false;
    for (const arg of inst.getArguments()) {
      const value = arg.getValue();
      if (value.startsWith('<<') && value.length > 2) {
        if (value.startsWith('<<-')) tabbed = true;
        const name = parseHeredocName(value);
        if (name !== null) names.push(name);
      }
    }
    for (const name of names) offset = this.heredoc(name, offset, tabbed);
    return offset;
  }

  private heredoc(name: string, offset: number, tabbed: boolean): number {
    const buffer = this.buffer;
    let startWord = -1;
    let lineStart = true;
    for (let i = offset; i < buffer.length; i++) {
      switch (buffer.charAt(i)) {
        case ' ':
          lineStart = false;
          break;
        case '\t':
          if (!tabbed) lineStart = false;
          break;
        case '\r':
        case '\n':
          if (startWord !== -1 && name === buffer.substring(startWord, i)) return i;
          startWord = -1;
          lineStart = true;
          break;
        default:
          if (lineStart) {
            startWord = i;
            lineStart = false;
          }
          break;
      }
    }
    return buffer.length;
  }

  private comment(start: number): number {
    const buffer = this.buffer;
    let end = buffer.length;
    for (let i = start + 1; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c === 13 || c === 10) {
        end = i;
        break;
      }
    }
    this.comments.push(this.doc.range(start, end));
    return end;
  }

  private create(instruction: string, start: number, instructionEnd: number, end: number): Instruction {
    const doc = this.doc;
    const startPosition = doc.positionAt(start);
    return createInstruction(doc, this.escapeChar, rangeOf(startPosition, doc.positionAt(end)), instruction, rangeOf(startPosition, doc.positionAt(instructionEnd)));
  }
}
