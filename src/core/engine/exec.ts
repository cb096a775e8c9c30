/**
 * `docker exec`: a small simulated shell over the container's filesystem (image layers
 * plus its writable layer). Only programs present on the image's PATH run; the common
 * ones are simulated (ls, cat, ps, hostname, env, echo, pwd, cd, whoami, uname, node -v,
 * redis-cli ping, touch/mkdir/rm). Missing ones fail with the shell's own words.
 */
import { commands, ShellSyntaxError, tokenize } from '../shell/words';
import type { Container } from './container';
import type { DockerEngine } from './engine';
import { MergedFs, normalizePath } from './fs';
import { DEFAULT_PATH, envValue } from './model';

export interface ExecResult {
  readonly output: string[];
  readonly exitCode: number;
  /** The shell was asked to exit (`exit`). */
  readonly exit?: boolean;
}

type ShellKind = 'bash' | 'dash' | 'ash';

export class ContainerShell {
  private cwd: string;
  private readonly env: Record<string, string> = {};
  private readonly pid: number;

  constructor(
    private readonly engine: DockerEngine,
    private readonly container: Container,
    private readonly kind: ShellKind,
    private readonly tty: boolean,
    options: { env?: readonly string[]; workdir?: string } = {},
  ) {
    this.cwd = normalizePath(options.workdir ?? (container.workdir || '/'), container.workdir || '/');
    for (const e of [...container.env, ...(options.env ?? [])]) {
      const i = e.indexOf('=');
      if (i > 0) this.env[e.slice(0, i)] = e.slice(i + 1);
    }
    this.env.HOSTNAME = container.hostname;
    this.env.HOME = '/root';
    this.pid = 7 + (container.logs.length % 5);
  }

  static kindOf(fs: MergedFs, exe: string): ShellKind {
    const base = exe.slice(exe.lastIndexOf('/') + 1);
    if (base === 'bash') return 'bash';
    const target = fs.get(exe);
    if (target?.type === 'link' && target.target?.includes('busybox')) return 'ash';
    if (target?.type === 'link' && target.target?.includes('bash')) return 'bash';
    return 'dash';
  }

  prompt(): string {
    if (this.kind === 'bash') return `root@${this.container.hostname}:${this.cwd === '/root' ? '~' : this.cwd}# `;
    if (this.kind === 'ash') return `${this.cwd === '/root' ? '~' : this.cwd} # `;
    return '# ';
  }

  private fs(): MergedFs {
    const image = this.engine.store.images.get(this.container.imageId);
    const fs = image ? this.engine.imageFs(image) : new MergedFs([]);
    fs.apply(this.container.rw);
    return fs;
  }

  private notFound(name: string): string {
    if (this.kind === 'bash') return `bash: ${name}: command not found`;
    if (this.kind === 'ash') return `sh: ${name}: not found`;
    return `sh: 1: ${name}: not found`;
  }

  /** One line typed at the prompt. */
  run(line: string): ExecResult {
    if (this.container.state !== 'running') return { output: [], exitCode: 137, exit: true };
    let list;
    try {
      list = commands(tokenize(line, this.env));
    } catch (error) {
      const message = error instanceof ShellSyntaxError ? error.message : String(error);
      return { output: [`${this.kind === 'bash' ? 'bash' : 'sh'}: ${message}`], exitCode: 2 };
    }
    const output: string[] = [];
    let code = 0;
    for (let i = 0; i < list.length; i++) {
      const cmd = list[i]!;
      const prev = list[i - 1]?.next;
      if ((prev === '&&' && code !== 0) || (prev === '||' && code === 0)) continue;
      if (cmd.argv[0] === 'exit') return { output, exitCode: Number(cmd.argv[1] ?? code) || 0, exit: true };
      const r = this.command(cmd.argv, true);
      if (cmd.redirect) {
        const path = normalizePath(cmd.redirect.file, this.cwd);
        const previous = cmd.redirect.append ? (this.fs().get(path)?.content ?? '') : '';
        const content = previous + r.output.map((l) => `${l}\n`).join('');
        this.container.rw[path] = { type: 'file', size: content.length, content };
      } else {
        output.push(...r.output);
      }
      code = r.exitCode;
    }
    return { output, exitCode: code };
  }

  /** Runs one argv; `inShell` decides the wording of a missing program. */
  command(argv: readonly string[], inShell: boolean): ExecResult {
    const [name, ...args] = argv;
    if (!name) return { output: [], exitCode: 0 };
    const fs = this.fs();
    const builtin = this.builtin(name, args);
    if (builtin) return builtin;
    const exe = fs.which(name, this.env.PATH ?? envValue(this.container.env, 'PATH') ?? DEFAULT_PATH);
    if (!exe) {
      if (!inShell) return { output: [this.engine.execNotFoundMessage(name)], exitCode: 126 };
      return { output: [this.notFound(name)], exitCode: 127 };
    }
    const base = exe.slice(exe.lastIndexOf('/') + 1);
    const ok = (output: string[]): ExecResult => ({ output, exitCode: 0 });
    switch (base) {
      case 'ls':
        return this.ls(fs, args);
      case 'cat': {
        const out: string[] = [];
        let code = 0;
        for (const a of args) {
          const e = fs.resolve(normalizePath(a, this.cwd));
          if (!e) {
            out.push(`cat: ${a}: No such file or directory`);
            code = 1;
          } else if (e.type === 'dir') {
            out.push(`cat: ${a}: Is a directory`);
            code = 1;
          } else out.push(...(e.content ?? `(binary file, ${e.size} bytes)`).replace(/\n$/, '').split('\n'));
        }
        return { output: out, exitCode: code };
      }
      case 'hostname':
        if (args[0] === '-I') return ok([`${this.container.ip} `]);
        if (args[0] === '-i') return ok([this.container.ip]);
        return ok([this.container.hostname]);
      case 'env':
      case 'printenv':
        return ok(Object.entries(this.env).map(([k, v]) => `${k}=${v}`));
      case 'whoami':
        return ok(['root']);
      case 'id':
        return ok(['uid=0(root) gid=0(root) groups=0(root)']);
      case 'uname':
        return ok([args.includes('-a') ? `Linux ${this.container.hostname} 6.8.0-generic #1 SMP x86_64 GNU/Linux` : 'Linux']);
      case 'date':
        return ok([new Date(this.engine.clock.now()).toUTCString().replace('GMT', 'UTC')]);
      case 'ps':
        return ok(this.ps(args, base === 'ps' && fs.get(exe)?.type === 'link'));
      case 'node':
      case 'nodejs':
        if (args[0] === '-v' || args[0] === '--version') return ok([`v${envValue(this.container.env, 'NODE_VERSION') ?? '22.11.0'}`]);
        return ok([]);
      case 'redis-cli':
        if (!args.length || args.includes('ping') || args.includes('PING')) {
          const listening = this.engine.runtime.get(this.container.id)?.behaviour?.kind === 'server';
          return listening ? ok(['PONG']) : { output: ['Could not connect to Redis at 127.0.0.1:6379: Connection refused'], exitCode: 1 };
        }
        return ok(['OK']);
      case 'touch':
        for (const a of args) {
          const p = normalizePath(a, this.cwd);
          if (!fs.get(p)) this.container.rw[p] = { type: 'file', size: 0, content: '' };
        }
        return ok([]);
      case 'mkdir':
        for (const a of args.filter((x) => !x.startsWith('-'))) this.container.rw[normalizePath(a, this.cwd)] = { type: 'dir', size: 0 };
        return ok([]);
      case 'rm':
        for (const a of args.filter((x) => !x.startsWith('-'))) {
          const p = normalizePath(a, this.cwd);
          if (!fs.get(p)) return { output: [`rm: cannot remove '${a}': No such file or directory`], exitCode: 1 };
          this.container.rw[p] = null;
        }
        return ok([]);
      case 'sleep':
        this.engine.clock.advance((Number(args[0]) || 0) * 1000);
        return ok([]);
      case 'bash':
      case 'sh':
      case 'dash':
        if (args[0] === '-c' && args[1] !== undefined) return this.run(args[1]);
        return ok([]);
      case 'true':
        return ok([]);
      case 'false':
        return { output: [], exitCode: 1 };
      default:
        return ok([`(Kube Tutor: "${name}" exists in this image but is not simulated)`]);
    }
  }

  private builtin(name: string, args: string[]): ExecResult | undefined {
    switch (name) {
      case 'cd': {
        const target = normalizePath(args[0] ?? '/root', this.cwd);
        const e = this.fs().resolve(target);
        if (!e) return { output: [`${this.kind === 'bash' ? 'bash: cd' : 'sh: cd'}: ${args[0]}: No such file or directory`], exitCode: 1 };
        this.cwd = target;
        return { output: [], exitCode: 0 };
      }
      case 'pwd':
        return { output: [this.cwd], exitCode: 0 };
      case 'echo':
        return { output: [args.join(' ')], exitCode: 0 };
      case 'export':
        for (const a of args) {
          const i = a.indexOf('=');
          if (i > 0) this.env[a.slice(0, i)] = a.slice(i + 1);
        }
        return { output: [], exitCode: 0 };
      default:
        return undefined;
    }
  }

  private ls(fs: MergedFs, args: string[]): ExecResult {
    const flags = args.filter((a) => a.startsWith('-')).join('');
    const paths = args.filter((a) => !a.startsWith('-'));
    const targets = paths.length ? paths : ['.'];
    const out: string[] = [];
    let code = 0;
    for (const t of targets) {
      const p = normalizePath(t, this.cwd);
      const e = fs.resolve(p);
      if (!e) {
        out.push(`ls: cannot access '${t}': No such file or directory`);
        code = 2;
        continue;
      }
      let names = e.type === 'dir' ? fs.list(p) : [t];
      if (flags.includes('a')) names = ['.', '..', ...names];
      if (targets.length > 1 && e.type === 'dir') out.push(`${t}:`);
      if (flags.includes('l')) {
        out.push(`total ${names.length * 4}`);
        for (const n of names) {
          const child = n === '.' || n === '..' ? { type: 'dir' as const, size: 4096 } : fs.get(e.type === 'dir' ? `${p}/${n}` : p);
          const kind = child?.type === 'dir' ? 'd' : child?.type === 'link' ? 'l' : '-';
          const mode = kind === 'd' ? 'rwxr-xr-x' : kind === 'l' ? 'rwxrwxrwx' : child && 'executable' in child && child.executable ? 'rwxr-xr-x' : 'rw-r--r--';
          const size = child?.type === 'dir' ? 4096 : (child?.size ?? 0);
          const link = child?.type === 'link' ? ` -> ${child.target}` : '';
          out.push(`${kind}${mode} 1 root root ${String(size).padStart(8)} Jan  1 00:00 ${n}${link}`);
        }
      } else if (this.tty) {
        if (names.length) out.push(names.join('  '));
      } else {
        out.push(...names);
      }
    }
    return { output: out, exitCode: code };
  }

  private ps(args: string[], busybox: boolean): string[] {
    const main = [this.container.path, ...this.container.args].join(' ');
    const shell = this.kind === 'bash' ? 'bash' : 'sh';
    const cmd = ['ps', ...args].join(' ');
    if (busybox) {
      return ['PID   USER     TIME  COMMAND', `    1 root      0:00 ${main}`, `${String(this.pid).padStart(5)} root      0:00 ${shell}`, `${String(this.pid + 6).padStart(5)} root      0:00 ${cmd}`];
    }
    const start = new Date(this.container.startedAt ?? 0);
    const now = new Date(this.engine.clock.now());
    const hm = (d: Date): string => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    if (args.some((a) => a.includes('aux') || a === 'aux')) {
      return [
        'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
        `root         1  0.0  0.1 676380 16504 ?        Ssl  ${hm(start)}   0:00 ${main}`,
        `root${String(this.pid).padStart(10)}  0.0  0.0  20216  1924 ${this.tty ? 'pts/0   ' : '?       '} Ss   ${hm(now)}   0:00 ${shell}`,
        `root${String(this.pid + 9).padStart(10)}  0.0  0.0  17492  1136 ${this.tty ? 'pts/0   ' : '?       '} R+   ${hm(now)}   0:00 ${cmd}`,
      ];
    }
    return ['  PID TTY          TIME CMD', `${String(this.pid).padStart(5)} ${this.tty ? 'pts/0   ' : '?       '} 00:00:00 ${shell}`, `${String(this.pid + 9).padStart(5)} ${this.tty ? 'pts/0   ' : '?       '} 00:00:00 ps`];
  }
}
