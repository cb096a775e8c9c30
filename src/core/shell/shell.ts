/**
 * The Kube Tutor shell: one line in, command providers (`docker`, `kubectl`, `curl`)
 * out. Splits words like sh (quotes, `$VAR`), runs `&&`/`||`/`;` lists, has a few
 * built-ins (help, sleep on the virtual clock, cd/ls/cat/pwd/echo over the workspace,
 * clear), and hands lines to interactive sessions (`docker exec -it … bash`).
 * Both the extension's Pseudoterminal and `kube-tutor sim` drive it.
 */
import * as l10n from '@vscode/l10n';
import type { VirtualClock } from '../sim/clock';
import type { CommandContext, CommandProvider, EditRequest, InteractiveSession, WorkspaceFs } from './types';
import { commands, ShellSyntaxError, tokenize } from './words';

export interface ShellOutput {
  out(text: string): void;
  err(text: string): void;
  /** Front ends that can, clear the screen. */
  clear?(): void;
}

export interface ShellOptions {
  readonly fs: WorkspaceFs;
  /** Absolute workspace path (for messages); the fs is relative to it. */
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly clock?: VirtualClock;
  /** Whether interactive sessions are possible (terminal: yes; scripted CLI: also yes, lines come from the script). */
  readonly interactive?: boolean;
  /** The front end's editor, for `kubectl edit`. */
  readonly edit?: (request: EditRequest) => void;
  /** Output goes to a terminal (the extension's Pseudoterminal), not a script transcript. */
  readonly tty?: boolean;
  /** Preferred `docker build` output when DOCKER_BUILDKIT is unset; read at each command (it follows a setting). */
  readonly buildOutput?: () => 'classic' | 'buildkit';
  /** A hint line for what a command printed (e.g. `hint: run "explain ErrImagePull"`), if any. */
  readonly hint?: (printed: string) => string | undefined;
}

const BUILTINS = ['help', 'sleep', 'cd', 'pwd', 'ls', 'cat', 'echo', 'clear', 'exit', 'export', 'unset', 'env'];
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

export class Shell {
  private readonly providers = new Map<string, CommandProvider>();
  private readonly sessions: InteractiveSession[] = [];
  private rel = '';
  /** Exported variables (`export NAME=value`), passed to every command. */
  private readonly exported: Record<string, string>;
  /** Shell variables (`NAME=value` alone): expanded in later lines, not passed to commands, as in sh. */
  private readonly locals: Record<string, string> = {};

  constructor(private readonly options: ShellOptions) {
    this.exported = { ...(options.env ?? {}) };
  }

  register(provider: CommandProvider): void {
    for (const name of provider.names) this.providers.set(name, provider);
  }

  get session(): InteractiveSession | undefined {
    return this.sessions[this.sessions.length - 1];
  }

  prompt(): string {
    return this.session?.prompt() ?? `${this.rel ? `~/${this.rel}` : '~'}$ `;
  }

  /** Ctrl+C: ends a password prompt, passes to a container shell. */
  interrupt(output: ShellOutput): void {
    const session = this.session;
    if (!session) {
      output.out('^C\n');
      return;
    }
    const ctx = this.context(output);
    if (session.interrupt ? session.interrupt(ctx) : true) this.sessions.pop();
    if (!session.interrupt) output.out('\n');
  }

  /** Known command names (for completion and suggestions). */
  commandNames(): string[] {
    return [...BUILTINS, ...this.providers.keys()].sort();
  }

  private fs(): WorkspaceFs {
    const base = this.options.fs;
    const rel = this.rel;
    const map = (p: string): string => (p.startsWith('/') || !rel ? p : `${rel}/${p}`);
    return {
      readFile: (p) => base.readFile(map(p)),
      size: (p) => base.size(map(p)),
      readdir: (p) => base.readdir(map(p)),
      stat: (p) => base.stat(map(p)),
    };
  }

  private context(output: ShellOutput, prefix: Readonly<Record<string, string>> = {}, stdin?: string): CommandContext {
    const buildOutput = this.options.buildOutput?.();
    return {
      out: (t) => output.out(t),
      err: (t) => output.err(t),
      cwd: this.rel ? `${this.options.cwd}/${this.rel}` : this.options.cwd,
      env: { ...this.exported, ...prefix },
      fs: this.fs(),
      ...(this.options.tty ? { tty: true } : {}),
      ...(buildOutput ? { buildOutput } : {}),
      ...(stdin === undefined ? {} : { stdin }),
      ...(this.options.interactive === false ? {} : { enterSession: (s: InteractiveSession) => this.sessions.push(s) }),
      ...(this.options.edit ? { edit: this.options.edit } : {}),
    };
  }

  /**
   * Runs one line of input. Resolves to the exit status of the last command. `stdin` is piped
   * into the first command of the line (`kubectl apply -f -` from the palette).
   */
  async execute(line: string, output: ShellOutput, stdin?: string): Promise<number> {
    const session = this.session;
    if (session) {
      const done = await session.line(line, this.context(output));
      if (done) this.sessions.splice(this.sessions.indexOf(session), 1);
      return 0;
    }
    if (/\$\(|`/.test(line.replace(/'[^']*'/g, ''))) {
      output.err(`${l10n.t('(Kube Tutor) Command substitution ($(...) or backticks) is not supported in this terminal; run the inner command first and paste its output.')}\n`);
      return 2;
    }
    let list;
    try {
      list = commands(tokenize(line, { ...this.locals, ...this.exported }));
    } catch (error) {
      output.err(`bash: ${error instanceof ShellSyntaxError ? error.message : String(error)}\n`);
      return 2;
    }
    let code = 0;
    for (let i = 0; i < list.length; i++) {
      const cmd = list[i]!;
      const prev = list[i - 1]?.next;
      if ((prev === '&&' && code !== 0) || (prev === '||' && code === 0)) continue;
      if (cmd.next === '|' || cmd.redirect) {
        output.err(`${l10n.t('(Kube Tutor) Pipes and redirections are not supported in this terminal; run the commands one by one.')}\n`);
        return 2;
      }
      code = await this.runOne(cmd.argv, output, {}, i === 0 ? stdin : undefined);
      if (this.session) break;
    }
    return code;
  }

  private async runOne(words: string[], output: ShellOutput, inherited: Readonly<Record<string, string>> = {}, stdin?: string): Promise<number> {
    // `NAME=value cmd`: the variables are exported to that command only; alone, they set shell variables.
    const prefix: Record<string, string> = { ...inherited };
    let first = 0;
    for (let m; first < words.length && (m = ASSIGNMENT.exec(words[first]!)); first++) prefix[m[1]!] = m[2]!;
    const argv = words.slice(first);
    if (!argv.length) {
      for (const [k, v] of Object.entries(prefix)) {
        if (k in this.exported) this.exported[k] = v;
        else this.locals[k] = v;
      }
      return 0;
    }
    const [name, ...args] = argv as [string, ...string[]];
    const ctx = this.context(output, prefix, stdin);
    switch (name) {
      case 'sudo':
        // The seeds type `sudo docker …`; there is no root to become in the simulator.
        return this.runOne(args.filter((a, i) => i > 0 || !a.startsWith('-')), output, prefix, stdin);
      case 'export': {
        if (!args.length || args[0] === '-p') {
          for (const k of Object.keys(this.exported).sort()) output.out(`declare -x ${k}="${this.exported[k]!.replace(/(["\\$`])/g, '\\$1')}"\n`);
          return 0;
        }
        let code = 0;
        for (const a of args) {
          const m = ASSIGNMENT.exec(a);
          const key = m ? m[1]! : a;
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            output.err(`bash: export: \`${a}': not a valid identifier\n`);
            code = 1;
            continue;
          }
          const value = m ? m[2]! : (this.locals[key] ?? this.exported[key]);
          delete this.locals[key];
          if (value !== undefined) this.exported[key] = value;
        }
        return code;
      }
      case 'unset':
        for (const a of args.filter((x) => !x.startsWith('-'))) {
          delete this.exported[a];
          delete this.locals[a];
        }
        return 0;
      case 'env':
        if (args.length) {
          output.err(`${l10n.t('(Kube Tutor) "env" only lists the variables here; set one for a command with "NAME=value command".')}\n`);
          return 125;
        }
        for (const [k, v] of Object.entries(ctx.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) output.out(`${k}=${v}\n`);
        return 0;
      case 'help':
        output.out(this.help());
        return 0;
      case 'sleep': {
        const m = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(args[0] ?? '');
        if (!m) {
          output.err(args[0] === undefined ? 'sleep: missing operand\n' : `sleep: invalid time interval '${args[0]}'\n`);
          return 1;
        }
        const factor = m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : 1;
        this.options.clock?.advance(Number(m[1]) * factor * 1000);
        return 0;
      }
      case 'clear':
        output.clear?.();
        return 0;
      case 'pwd':
        output.out(`${ctx.cwd}\n`);
        return 0;
      case 'echo':
        output.out(`${args.join(' ')}\n`);
        return 0;
      case 'exit':
        output.out(`${l10n.t('(Kube Tutor) Close the terminal to exit; the simulator keeps its state.')}\n`);
        return 0;
      case 'cd': {
        const target = args[0] ?? '';
        const next = normalise(target.startsWith('/') ? target : this.rel ? `${this.rel}/${target}` : target);
        if (target && this.options.fs.stat(next || '.') !== 'dir') {
          output.err(`bash: cd: ${target}: No such file or directory\n`);
          return 1;
        }
        this.rel = target ? next : '';
        return 0;
      }
      case 'ls': {
        const target = args.filter((a) => !a.startsWith('-'))[0] ?? '.';
        const names = ctx.fs.readdir(target);
        if (!names) {
          if (ctx.fs.stat(target) === 'file') {
            output.out(`${target}\n`);
            return 0;
          }
          output.err(`ls: cannot access '${target}': No such file or directory\n`);
          return 2;
        }
        if (names.length) output.out(`${names.filter((n) => args.some((a) => a.includes('a')) || !n.startsWith('.')).join('  ')}\n`);
        return 0;
      }
      case 'cat': {
        let code = 0;
        for (const f of args) {
          const text = ctx.fs.readFile(f);
          if (text === undefined) {
            output.err(`cat: ${f}: ${ctx.fs.stat(f) === 'dir' ? 'Is a directory' : 'No such file or directory'}\n`);
            code = 1;
          } else output.out(text.endsWith('\n') ? text : `${text}\n`);
        }
        return code;
      }
      default:
        break;
    }
    const provider = this.providers.get(name);
    if (!provider) {
      output.err(`bash: ${name}: command not found\n`);
      output.err(`${l10n.t("(Kube Tutor) Type 'help' to see the commands this terminal knows.")}\n`);
      return 127;
    }
    // What the command prints is also read for known errors, to end with a hint line.
    let printed = '';
    const hint = this.options.hint && !provider.names.includes('explain') ? this.options.hint : undefined;
    const seen = hint
      ? this.context({ out: (t) => ((printed += t), output.out(t)), err: (t) => ((printed += t), output.err(t)), ...(output.clear ? { clear: () => output.clear?.() } : {}) }, prefix, stdin)
      : ctx;
    let code: number;
    try {
      code = await provider.run(argv, seen);
    } catch (error) {
      output.err(`${l10n.t('(Kube Tutor) Internal simulator error in "{0}": {1}', name, error instanceof Error ? error.message : String(error))}\n`);
      return 1;
    }
    const line = hint?.(printed);
    if (line) output.err(`${line}\n`);
    return code;
  }

  private help(): string {
    const rows: [string, string][] = [];
    const seen = new Set<CommandProvider>();
    for (const p of this.providers.values()) {
      if (seen.has(p)) continue;
      seen.add(p);
      rows.push([p.names.join(', '), p.summary]);
    }
    rows.push(['sleep N', l10n.t('let N seconds of simulated time pass')]);
    rows.push(['ls, cat, cd, pwd', l10n.t('look at the workspace files')]);
    rows.push(['export, unset, env', l10n.t('set and list environment variables (e.g. export DOCKER_BUILDKIT=1)')]);
    rows.push(['clear, help', l10n.t('clear the screen, show this help')]);
    const width = Math.max(...rows.map(([n]) => n.length)) + 3;
    const lines = [l10n.t('Kube Tutor terminal: everything runs in a simulator; nothing is installed or executed on your machine.'), ''];
    for (const [name, summary] of rows) lines.push(`  ${name.padEnd(width)}${summary}`);
    return `${lines.join('\n')}\n`;
  }
}

function normalise(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
