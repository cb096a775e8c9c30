import { tokenize, type ShellWord } from './tokenize';

/** One simple command of a script: `apt-get install -y curl`. */
export interface ShellCommand {
  /** The command word (`apt-get`), `undefined` for a bare assignment. */
  readonly name: ShellWord;
  /** Words after the name, redirection targets removed. */
  readonly args: readonly ShellWord[];
  /** The operator that joins this command to the previous one (`&&`, `;`, `|`…), if any. */
  readonly after?: string;
}

export interface ParsedShell {
  readonly commands: readonly ShellCommand[];
  /** True when a pipeline (`a | b`) occurs. */
  readonly hasPipe: boolean;
  /** Control operators in order (for counting chained commands). */
  readonly operators: readonly string[];
}

/** Reserved words that may precede a command (`if cmd`, `then cmd`, `! cmd`, `time cmd`). */
const PREFIX_WORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
/** Reserved words that end a compound command (never a command themselves). */
const CLOSING_WORDS = new Set(['fi', 'done', 'esac', '}']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Splits a shell script into simple commands. Compound headers (`for x in …`,
 * `case … in`) and their patterns are skipped; the commands in their bodies are kept.
 */
export function parseShell(text: string): ParsedShell {
  const commands: ShellCommand[] = [];
  const operators: string[] = [];
  let hasPipe = false;
  let words: ShellWord[] = [];
  let after: string | undefined;
  let skipNext = false;
  const flush = (op: string | undefined) => {
    let k = 0;
    while (k < words.length && (PREFIX_WORDS.has(words[k]!.value) || ASSIGNMENT.test(words[k]!.value))) k++;
    const rest = words.slice(k);
    const first = rest[0];
    if (first && !CLOSING_WORDS.has(first.value) && first.value !== 'for' && first.value !== 'case' && first.value !== 'select') {
      commands.push({ name: first, args: rest.slice(1), ...(after ? { after } : {}) });
    }
    words = [];
    after = op;
  };
  for (const token of tokenize(text)) {
    if (token.kind === 'word') {
      if (skipNext) skipNext = false;
      else words.push(token.word);
    } else if (token.kind === 'redirect') {
      skipNext = true;
    } else {
      if (token.op === '|' || token.op === '|&') hasPipe = true;
      if (token.op !== '\n' && token.op !== '(' && token.op !== ')') operators.push(token.op);
      flush(token.op === '\n' ? ';' : token.op);
    }
  }
  flush(undefined);
  return { commands, hasPipe, operators };
}

/** `basename` of a command word (`/usr/bin/apt-get` → `apt-get`). */
export function commandName(command: ShellCommand): string {
  const v = command.name.value;
  return v.slice(v.lastIndexOf('/') + 1);
}

/** Short and long flags of a command, as hadolint's `getAllFlags`: `-yq` → y, q; `--yes=1` → yes. */
export function flagsOf(command: ShellCommand): string[] {
  const out: string[] = [];
  for (const a of command.args) {
    const v = a.value;
    if (v === '--') break;
    if (v.startsWith('--')) out.push(v.slice(2).split('=')[0]!);
    else if (v.startsWith('-') && v.length > 1) out.push(...v.slice(1).split(''));
  }
  return out;
}

export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  const flags = flagsOf(command);
  return names.some((n) => flags.includes(n));
}

/** True when the command is `name` and one of `args` appears among its arguments (hadolint `cmdHasArgs`). */
export function cmdHasArgs(command: ShellCommand, name: string, args: readonly string[]): boolean {
  return commandName(command) === name && command.args.some((a) => args.includes(a.value));
}

/**
 * Arguments that are not flags, dropping the value of flags that take one
 * (hadolint `getArgsNoFlags` + `dropFlagArg`).
 */
export function argsNoFlags(command: ShellCommand, flagsWithValue: readonly string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  for (let i = 0; i < command.args.length; i++) {
    const v = command.args[i]!.value;
    if (v.startsWith('-')) {
      const name = v.replace(/^-+/, '');
      if (!v.includes('=') && flagsWithValue.includes(name)) i++;
      continue;
    }
    out.push(command.args[i]!);
  }
  return out;
}
