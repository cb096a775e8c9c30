/**
 * Simulated `RUN` steps. Nothing is executed: the command line is split like `/bin/sh -c`
 * would split it, and the few programs Dockerfiles commonly call (apt-get, apk, npm, pip,
 * mkdir, rm, echo > file, go build…) change the layer's files and print what they print.
 * Anything else that exists on PATH succeeds silently; a missing program fails with the
 * shell's "not found" (exit 127), as in a real build.
 */
import { commands, ShellSyntaxError, tokenize, type SimpleCommand } from '../shell/words';
import type { FsChanges, FsEntry, MergedFs } from './fs';
import { normalizePath, parentDir } from './fs';
import { DEFAULT_PATH, envValue } from './model';
import { APT_LISTS_SIZE, apkPackage, aptPackage } from './packages';

export interface RunResult {
  readonly output: string[];
  readonly changes: FsChanges;
  readonly exitCode: number;
  /** Plausible wall time of the step, for the virtual clock. */
  readonly durationMs: number;
}

interface State {
  readonly base: MergedFs;
  readonly changes: FsChanges;
  readonly env: Record<string, string>;
  cwd: string;
  readonly output: string[];
  durationMs: number;
  readonly flavour: 'debian' | 'alpine' | 'other';
}

const dir: FsEntry = { type: 'dir', size: 0 };

export function simulateRun(fs: MergedFs, command: { shell: string } | { exec: string[] }, env: readonly string[], workdir: string): RunResult {
  const envMap: Record<string, string> = {};
  for (const e of env) {
    const i = e.indexOf('=');
    if (i > 0) envMap[e.slice(0, i)] = e.slice(i + 1);
  }
  const flavour = fs.get('/sbin/apk') ? 'alpine' : fs.get('/usr/bin/apt-get') ? 'debian' : 'other';
  const state: State = { base: fs, changes: {}, env: envMap, cwd: workdir, output: [], durationMs: 300, flavour };
  let list: SimpleCommand[];
  if ('exec' in command) {
    list = [{ argv: command.exec }];
  } else {
    if (!exists(state, '/bin/sh')) {
      return { output: [], changes: {}, exitCode: 127, durationMs: 0 };
    }
    try {
      list = commands(tokenize(command.shell, envMap));
    } catch (error) {
      const message = error instanceof ShellSyntaxError ? error.message : String(error);
      return { output: [`/bin/sh: 1: Syntax error: ${message}`], changes: {}, exitCode: 2, durationMs: 0 };
    }
  }
  let code = 0;
  for (let i = 0; i < list.length; i++) {
    const cmd = list[i]!;
    const prev = list[i - 1]?.next;
    if (prev === '&&' && code !== 0) continue;
    if (prev === '||' && code === 0) continue;
    code = runOne(state, cmd, 'exec' in command);
    if (code !== 0 && cmd.next !== '||' && cmd.next !== ';' && cmd.next !== '|') {
      // `a && b`: a failure skips the rest of the && chain; with nothing after it, that's the exit code.
      let j = i;
      while (list[j]?.next === '&&') j++;
      i = j;
    }
  }
  return { output: state.output, changes: state.changes, exitCode: code, durationMs: state.durationMs };
}

function lookup(state: State, path: string): FsEntry | undefined {
  if (path in state.changes) return state.changes[path] ?? undefined;
  return state.base.get(path);
}

function exists(state: State, path: string): boolean {
  let entry = lookup(state, path);
  for (let hops = 0; entry?.type === 'link' && hops < 8; hops++) entry = lookup(state, normalizePath(entry.target ?? '', parentDir(path)));
  return !!entry && entry.type !== 'link';
}

function which(state: State, name: string): string | undefined {
  if (name.includes('/')) return exists(state, normalizePath(name, state.cwd)) ? name : undefined;
  for (const d of (state.env.PATH ?? DEFAULT_PATH).split(':')) {
    const p = normalizePath(`${d}/${name}`);
    if (exists(state, p)) return p;
  }
  return undefined;
}

function write(state: State, path: string, entry: FsEntry): void {
  for (let d = parentDir(path); d !== '/'; d = parentDir(d)) if (!lookup(state, d)) state.changes[d] = dir;
  state.changes[path] = entry;
}

function remove(state: State, path: string): boolean {
  let found = false;
  for (const key of Object.keys(state.changes)) {
    if (key === path || key.startsWith(`${path}/`)) {
      if (state.changes[key]) found = true;
      delete state.changes[key];
    }
  }
  if (state.base.walk(path).length && state.base.get(path)) {
    state.changes[path] = null;
    found = true;
  }
  return found;
}

function children(state: State, path: string): string[] {
  const names = new Set(state.base.list(path));
  const prefix = path === '/' ? '/' : `${path}/`;
  for (const [k, v] of Object.entries(state.changes)) {
    if (!k.startsWith(prefix) || k.slice(prefix.length).includes('/')) continue;
    if (v) names.add(k.slice(prefix.length));
    else names.delete(k.slice(prefix.length));
  }
  return [...names].map((n) => `${prefix}${n}`);
}

function notFound(state: State, name: string): number {
  state.output.push(state.flavour === 'alpine' ? `/bin/sh: ${name}: not found` : `/bin/sh: 1: ${name}: not found`);
  return 127;
}

function runOne(state: State, cmd: SimpleCommand, execForm: boolean): number {
  const [name, ...args] = cmd.argv;
  if (!name) return 0;
  if (name === 'cd') {
    state.cwd = normalizePath(args[0] ?? '/root', state.cwd);
    return 0;
  }
  if (name === 'exit') return Number(args[0] ?? 0) || 0;
  if (name === 'export') {
    for (const a of args) {
      const i = a.indexOf('=');
      if (i > 0) state.env[a.slice(0, i)] = a.slice(i + 1);
    }
    return 0;
  }
  if (name === 'true' || name === ':') return 0;
  if (name === 'false') return 1;
  if (name === 'echo' || name === 'printf') {
    const text = `${args.filter((a) => a !== '-e' && a !== '-n').join(' ')}\n`;
    if (cmd.redirect) {
      const path = normalizePath(cmd.redirect.file, state.cwd);
      const previous = cmd.redirect.append ? (lookup(state, path)?.content ?? '') : '';
      const content = previous + text;
      write(state, path, { type: 'file', size: content.length, content });
    } else {
      state.output.push(text.replace(/\n$/, ''));
    }
    return 0;
  }
  const exe = which(state, name);
  if (!exe) {
    if (execForm) {
      state.output.push(`exec: "${name}": executable file not found in $PATH`);
      return 127;
    }
    return notFound(state, name);
  }
  const base = exe.slice(exe.lastIndexOf('/') + 1);
  switch (base) {
    case 'apt-get':
    case 'apt':
      return aptGet(state, args);
    case 'apk':
      return apk(state, args);
    case 'npm':
    case 'npm-cli.js':
      return npm(state, args);
    case 'pip':
    case 'pip3':
      return pip(state, args);
    case 'mkdir':
      for (const a of args.filter((x) => !x.startsWith('-'))) write(state, normalizePath(a, state.cwd), dir);
      return 0;
    case 'touch':
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const p = normalizePath(a, state.cwd);
        if (!lookup(state, p)) write(state, p, { type: 'file', size: 0, content: '' });
      }
      return 0;
    case 'rm':
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const p = normalizePath(a, state.cwd);
        if (p.endsWith('/*')) for (const c of children(state, p.slice(0, -2))) remove(state, c);
        else if (!remove(state, p) && !args.some((x) => /^-\w*f/.test(x))) {
          state.output.push(`rm: cannot remove '${a}': No such file or directory`);
          return 1;
        }
      }
      return 0;
    case 'go':
      if (args[0] === 'build') {
        const o = args.indexOf('-o');
        const out = o >= 0 && args[o + 1] ? normalizePath(args[o + 1]!, state.cwd) : normalizePath(state.cwd.split('/').pop() || 'app', state.cwd);
        write(state, out, { type: 'file', size: 7_400_000, executable: true });
        state.durationMs += 12_000;
      }
      return 0;
    default:
      state.durationMs += 200;
      return 0;
  }
}

function aptGet(state: State, args: string[]): number {
  const sub = args.find((a) => !a.startsWith('-'));
  const yes = args.some((a) => a === '-y' || a === '--yes' || a === '--assume-yes' || /^-\w*y/.test(a) || a === '-qq');
  const ubuntu = (lookup(state, '/etc/os-release')?.content ?? '').includes('Ubuntu');
  const mirror = ubuntu ? 'http://archive.ubuntu.com/ubuntu bionic' : 'http://deb.debian.org/debian bookworm';
  if (sub === 'update') {
    state.output.push(`Get:1 ${mirror} InRelease [242 kB]`, `Get:2 ${mirror}-updates InRelease [88.7 kB]`, `Get:3 ${mirror}/main amd64 Packages [1344 kB]`, `Get:4 ${mirror}/universe amd64 Packages [11.3 MB]`, 'Fetched 25.5 MB in 4s (6370 kB/s)', 'Reading package lists...');
    write(state, '/var/lib/apt/lists/archive_Packages', { type: 'file', size: APT_LISTS_SIZE });
    state.durationMs += 5_000;
    return 0;
  }
  if (sub === 'clean') {
    for (const c of children(state, '/var/cache/apt/archives')) remove(state, c);
    return 0;
  }
  if (sub === 'install') {
    const names = args.slice(args.indexOf('install') + 1).filter((a) => !a.startsWith('-'));
    state.output.push('Reading package lists...');
    const haveLists = children(state, '/var/lib/apt/lists').some((p) => lookup(state, p)?.type === 'file');
    if (!haveLists) {
      state.output.push('Building dependency tree...', 'Reading state information...', `E: Unable to locate package ${names[0] ?? ''}`);
      return 100;
    }
    const pkgs = names.map((n) => [n, aptPackage(n)] as const);
    const deps = pkgs.flatMap(([, p]) => p.deps ?? []);
    state.output.push('Building dependency tree...', 'Reading state information...');
    if (deps.length) state.output.push('The following additional packages will be installed:', `  ${deps.join(' ')}`);
    state.output.push('The following NEW packages will be installed:', `  ${[...deps, ...names].sort().join(' ')}`);
    const total = pkgs.reduce((n, [, p]) => n + p.size, 0);
    state.output.push(`0 upgraded, ${deps.length + names.length} newly installed, 0 to remove and 0 not upgraded.`, `Need to get ${Math.round(total / 3400).toLocaleString('en-US')} kB of archives.`, `After this operation, ${Math.round(total / 1000).toLocaleString('en-US')} kB of additional disk space will be used.`);
    if (deps.length && !yes) {
      state.output.push('Do you want to continue? [Y/n] Abort.');
      return 1;
    }
    for (const [n, p] of pkgs) {
      state.output.push(`Setting up ${n} (${p.version}) ...`);
      const share = Math.max(0, p.size - 100_000 * p.bins.length);
      for (const b of p.bins) write(state, b, { type: 'file', size: 100_000, executable: true });
      write(state, `/usr/share/doc/${n}/copyright`, { type: 'file', size: share });
      write(state, `/var/cache/apt/archives/${n}_${p.version.replace(/:/g, '%3a')}_amd64.deb`, { type: 'file', size: Math.round(p.size / 3.4) });
    }
    state.durationMs += 8_000 + pkgs.length * 2_000;
    return 0;
  }
  return 0;
}

function apk(state: State, args: string[]): number {
  const sub = args.find((a) => !a.startsWith('-'));
  const noCache = args.includes('--no-cache');
  if (sub === 'update') {
    state.output.push('fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz', 'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz', 'v3.20.3-200-g0e5d4bd3d2f [https://dl-cdn.alpinelinux.org/alpine/v3.20/main]', 'OK: 24163 distinct packages available');
    write(state, '/var/cache/apk/APKINDEX.tar.gz', { type: 'file', size: 2_450_000 });
    return 0;
  }
  if (sub === 'add') {
    const names = args.slice(args.indexOf('add') + 1).filter((a) => !a.startsWith('-'));
    const haveIndex = noCache || !!lookup(state, '/var/cache/apk/APKINDEX.tar.gz');
    if (!haveIndex) {
      state.output.push('ERROR: unable to select packages:');
      for (const n of names) state.output.push(`  ${n} (no such package):`, `    required by: world[${n}]`);
      return names.length;
    }
    if (noCache) state.output.push('fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz', 'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz');
    names.forEach((n, i) => {
      const p = apkPackage(n);
      state.output.push(`(${i + 1}/${names.length}) Installing ${n} (${p.version})`);
      for (const b of p.bins) write(state, b, { type: 'file', size: Math.round(p.size / Math.max(1, p.bins.length)), executable: true });
      if (!p.bins.length) write(state, `/usr/share/${n}/.keep`, { type: 'file', size: p.size });
    });
    state.output.push('Executing busybox-1.36.1-r29.trigger', `OK: ${Math.round(7.8 + names.length * 2)} MiB in ${14 + names.length} packages`);
    state.durationMs += 2_000;
    return 0;
  }
  return 0;
}

function npm(state: State, args: string[]): number {
  const sub = args[0];
  if (sub !== 'install' && sub !== 'i' && sub !== 'ci') return 0;
  const named = args.slice(1).filter((a) => !a.startsWith('-'));
  const pkgPath = normalizePath('package.json', state.cwd);
  const pkgText = lookup(state, pkgPath)?.content;
  let deps: string[] = named;
  if (!named.length) {
    if (pkgText === undefined) {
      state.output.push('npm error code ENOENT', 'npm error syscall open', `npm error path ${pkgPath}`, 'npm error errno -2', `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${pkgPath}'`, 'npm error enoent This is related to npm not being able to find a file.');
      return 254;
    }
    try {
      const pkg = JSON.parse(pkgText) as { dependencies?: Record<string, string> };
      deps = Object.keys(pkg.dependencies ?? {});
    } catch {
      state.output.push('npm error code EJSONPARSE', `npm error JSON.parse Invalid package.json: JSONParseError: Unexpected token in JSON while parsing ${pkgPath}`);
      return 1;
    }
  }
  const total = deps.length * 12;
  for (const d of deps) write(state, normalizePath(`node_modules/${d}/package.json`, state.cwd), { type: 'file', size: 2_100_000, content: `{"name":"${d}"}` });
  state.output.push('', total ? `added ${total} packages, and audited ${total + 1} packages in 3s` : 'up to date, audited 1 package in 301ms', '', 'found 0 vulnerabilities');
  state.durationMs += 3_000 + deps.length * 500;
  return 0;
}

function pip(state: State, args: string[]): number {
  if (args[0] !== 'install') return 0;
  let names = args.slice(1).filter((a) => !a.startsWith('-'));
  const r = args.indexOf('-r');
  if (r >= 0) {
    const file = normalizePath(args[r + 1] ?? '', state.cwd);
    const text = lookup(state, file)?.content;
    if (text === undefined) {
      state.output.push(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${args[r + 1] ?? ''}'`);
      return 1;
    }
    names = text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  }
  const site = '/usr/local/lib/python3.12/site-packages';
  const bare = names.map((n) => n.split(/[=<>~!]/)[0]!);
  for (const n of bare) state.output.push(`Collecting ${n}`, `  Downloading ${n}-1.0.0-py3-none-any.whl (1.2 MB)`);
  state.output.push(`Installing collected packages: ${bare.join(', ')}`, `Successfully installed ${bare.map((n) => `${n}-1.0.0`).join(' ')}`);
  for (const n of bare) write(state, `${site}/${n.toLowerCase()}/__init__.py`, { type: 'file', size: 1_800_000 });
  state.durationMs += 2_000 + bare.length * 800;
  return 0;
}

export function runEnv(env: readonly string[] | undefined): string {
  return envValue(env, 'PATH') ?? DEFAULT_PATH;
}
