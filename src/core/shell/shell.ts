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
  /** A hint line for what a command printed (e.g. `hint: run "explain ErrImagePull"`), if any. */
  readonly hint?: (printed: string) => string | undefined;
}

const BUILTINS = ['help', 'sleep', 'cd', 'pwd', 'ls', 'cat', 'echo', 'clear', 'exit'];

export class Shell {
  private readonly providers = new Map<string, CommandProvider>();
  private readonly sessions: InteractiveSession[] = [];
  private rel = '';

  constructor(private readonly options: ShellOptions) {}

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

  private context(output: ShellOutput): CommandContext {
    return {
      out: (t) => output.out(t),
      err: (t) => output.err(t),
      cwd: this.rel ? `${this.options.cwd}/${this.rel}` : this.options.cwd,
      env: this.options.env ?? {},
      fs: this.fs(),
      ...(this.options.interactive === false ? {} : { enterSession: (s: InteractiveSession) => this.sessions.push(s) }),
      ...(this.options.edit ? { edit: this.options.edit } : {}),
    };
  }

  /** Runs one line of input. Resolves to the exit status of the last command. */
  async execute(line: string, output: ShellOutput): Promise<number> {
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
      list = commands(tokenize(line, this.options.env ?? {}));
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
      code = await this.runOne(cmd.argv, output);
      if (this.session) break;
    }
    return code;
  }

  private async runOne(argv: string[], output: ShellOutput): Promise<number> {
    const [name, ...args] = argv;
    if (!name) return 0;
    const ctx = this.context(output);
    switch (name) {
      case 'sudo':
        // The seeds type `sudo docker …`; there is no root to become in the simulator.
        return this.runOne(args.filter((a, i) => i > 0 || !a.startsWith('-')), output);
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
      ? this.context({ out: (t) => ((printed += t), output.out(t)), err: (t) => ((printed += t), output.err(t)), ...(output.clear ? { clear: () => output.clear?.() } : {}) })
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
