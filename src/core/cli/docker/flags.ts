/**
 * spf13/pflag-compatible argument parsing, with the docker CLI's wording for bad input:
 * `unknown flag: --nmae`, `unknown shorthand flag: 'x' in -x`, `flag needs an argument`,
 * `"docker run" requires at least 1 argument.` (cli/required.go).
 */
export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: 'bool' | 'string' | 'list' | 'int';
  readonly description: string;
  readonly placeholder?: string;
}

export interface CommandSpec {
  /** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  readonly usage: string;
  readonly description: string;
  readonly flags: readonly FlagSpec[];
  /** Stop parsing flags at the first positional argument (`docker run IMAGE ls -l`). */
  readonly stopAtFirstArg?: boolean;
  readonly minArgs?: number;
  readonly maxArgs?: number;
  readonly aliases?: readonly string[];
}

export type FlagValues = Record<string, string | boolean | string[] | number>;

export interface Parsed {
  readonly flags: FlagValues;
  readonly args: string[];
  readonly help: boolean;
}

/** Error printed as `<message>\nSee 'docker <cmd> --help'.` with exit status 125. */
export class FlagError extends Error {}
/** Wrong number of arguments (cli/required.go): printed with usage, exit status 1. */
export class ArgCountError extends Error {}

export function parseFlags(spec: CommandSpec, argv: readonly string[], commandPath: string): Parsed {
  const flags: FlagValues = {};
  const args: string[] = [];
  let help = false;
  const byName = new Map(spec.flags.map((f) => [f.name, f]));
  const byShort = new Map(spec.flags.filter((f) => f.short).map((f) => [f.short!, f]));
  const set = (f: FlagSpec, value: string | boolean): void => {
    if (f.type === 'list') flags[f.name] = [...((flags[f.name] as string[]) ?? []), String(value)];
    else if (f.type === 'int') {
      if (!/^-?\d+$/.test(String(value))) throw new FlagError(`invalid argument "${value}" for "${f.short ? `-${f.short}, ` : ''}--${f.name}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`);
      flags[f.name] = Number(value);
    } else flags[f.name] = value;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (name === 'help') {
        help = true;
        continue;
      }
      const f = byName.get(name);
      if (!f) throw new FlagError(`unknown flag: --${name}`);
      if (f.type === 'bool') {
        const v = eq > 0 ? a.slice(eq + 1) : 'true';
        if (!['true', 'false', '1', '0'].includes(v)) throw new FlagError(`invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
        set(f, v === 'true' || v === '1');
      } else if (eq > 0) set(f, a.slice(eq + 1));
      else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        set(f, argv[++i]!);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 'h' && !byShort.has('h')) {
          help = true;
          continue;
        }
        const f = byShort.get(c);
        if (!f) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        if (f.type === 'bool') {
          set(f, true);
          continue;
        }
        const rest = a.slice(j + 1).replace(/^=/, '');
        if (rest) set(f, rest);
        else {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
          set(f, argv[++i]!);
        }
        break;
      }
      continue;
    }
    args.push(a);
    if (spec.stopAtFirstArg) {
      args.push(...argv.slice(i + 1));
      break;
    }
  }
  if (!help) {
    const n = args.length;
    const { minArgs, maxArgs } = spec;
    const plural = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
    if (minArgs !== undefined && maxArgs !== undefined && minArgs === maxArgs && n !== minArgs) throw new ArgCountError(`"${commandPath}" requires exactly ${plural(minArgs)}.`);
    if (minArgs !== undefined && n < minArgs) throw new ArgCountError(`"${commandPath}" requires at least ${plural(minArgs)}.`);
    if (maxArgs !== undefined && n > maxArgs) throw new ArgCountError(maxArgs === 0 ? `"${commandPath}" accepts no arguments.` : `"${commandPath}" requires at most ${plural(maxArgs)}.`);
  }
  return { flags, args, help };
}

export function helpText(spec: CommandSpec): string {
  const lines = [`Usage:  ${spec.usage}`, '', spec.description, ''];
  if (spec.aliases?.length) lines.push('Aliases:', `  ${spec.aliases.join(', ')}`, '');
  if (spec.flags.length) {
    lines.push('Options:');
    const rows = spec.flags.map((f) => {
      const head = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type === 'bool' ? '' : ` ${f.placeholder ?? f.type}`}`;
      return [head, f.description] as const;
    });
    const width = Math.max(...rows.map((r) => r[0].length)) + 3;
    for (const [head, d] of rows) lines.push(`  ${head.padEnd(width)}${d}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Levenshtein distance, for cobra-style "Did you mean this?" suggestions. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export function suggestions(word: string, candidates: readonly string[]): string[] {
  return candidates.filter((c) => distance(word, c) <= 2 || c.startsWith(word)).sort((x, y) => distance(word, x) - distance(word, y));
}
