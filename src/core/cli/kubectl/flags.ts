/**
 * A small pflag-compatible parser: `--name=value`, `--name value`, `-n value`, `-nvalue`,
 * boolean flags (`--watch`, `--watch=false`), `--` ending flags. An unknown flag is pflag's
 * `unknown flag: --generator` (kubectl prints it as `error: unknown flag: …` plus the usage hint).
 */
export type FlagType = 'bool' | 'string' | 'int' | 'strings';

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: FlagType;
  /** Value when given without `=` (pflag NoOptDefVal), e.g. `--dry-run` → `unchanged`. */
  readonly noOptDefault?: string;
}

export class FlagError extends Error {}

export interface Parsed {
  readonly args: string[];
  /** Everything after `--`. */
  readonly rest: string[];
  /** Whether `--` was present. */
  readonly dash: boolean;
  readonly values: Map<string, string[]>;
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): Parsed {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const args: string[] = [];
  const values = new Map<string, string[]>();
  const set = (spec: FlagSpec, value: string) => {
    if (spec.type === 'int' && !/^-?\d+$/.test(value))
      throw new FlagError(`invalid argument "${value}" for "${spec.short ? `-${spec.short}, ` : ''}--${spec.name}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`);
    if (spec.type === 'bool' && !['true', 'false', '1', '0'].includes(value))
      throw new FlagError(`invalid argument "${value}" for "${spec.short ? `-${spec.short}, ` : ''}--${spec.name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`);
    const list = values.get(spec.name) ?? [];
    if (spec.type === 'strings') list.push(...value.split(','));
    else list.splice(0, list.length, value);
    values.set(spec.name, list);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { args, rest: argv.slice(i + 1), dash: true, values };
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, a.slice(eq + 1));
      else if (spec.type === 'bool') set(spec, 'true');
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault);
      else if (i + 1 < argv.length) set(spec, argv[++i]!);
      else throw new FlagError(`flag needs an argument: --${name}`);
    } else if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      const short = a[1]!;
      const spec = byShort.get(short);
      if (!spec) throw new FlagError(`unknown shorthand flag: '${short}' in ${a}`);
      if (spec.type === 'bool') {
        set(spec, a.length > 2 && a[2] === '=' ? a.slice(3) : 'true');
        // Grouped booleans (-it): parse the rest as further shorthands.
        if (a.length > 2 && a[2] !== '=') argv = [...argv.slice(0, i + 1), `-${a.slice(2)}`, ...argv.slice(i + 1)];
      } else if (a.length > 2) set(spec, a.slice(a[2] === '=' ? 3 : 2));
      else if (i + 1 < argv.length) set(spec, argv[++i]!);
      else throw new FlagError(`flag needs an argument: '${short}' in -${short}`);
    } else args.push(a);
  }
  return { args, rest: [], dash: false, values };
}

export class Flags {
  constructor(private readonly parsed: Parsed) {}

  get args(): string[] {
    return this.parsed.args;
  }

  get rest(): string[] {
    return this.parsed.rest;
  }

  get dash(): boolean {
    return this.parsed.dash;
  }

  has(name: string): boolean {
    return this.parsed.values.has(name);
  }

  string(name: string, fallback = ''): string {
    return this.parsed.values.get(name)?.[0] ?? fallback;
  }

  strings(name: string): string[] {
    return this.parsed.values.get(name) ?? [];
  }

  bool(name: string): boolean {
    const v = this.parsed.values.get(name)?.[0];
    return v === 'true' || v === '1';
  }

  int(name: string, fallback: number): number {
    const v = this.parsed.values.get(name)?.[0];
    return v === undefined ? fallback : Number(v);
  }
}

/** Flags every kubectl command accepts (kubectl's global flags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'string' },
];
