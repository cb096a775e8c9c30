/** `docker run/create/start/stop/restart/kill/rm/ps/logs/exec/inspect/commit`. */
import * as l10n from '@vscode/l10n';
import { DaemonError } from '../../engine/errors';
import { ContainerShell } from '../../engine/exec';
import { MergedFs } from '../../engine/fs';
import { commitContainer } from '../../engine/imageOps';
import { DEFAULT_PATH, envValue } from '../../engine/model';
import { containersOf, inspectContainer, inspectImage, portsText, psTable, statusText } from '../../engine/views';
import { humanDuration, rfc3339Nano } from '../../engine/format';
import type { Container } from '../../engine/container';
import type { CommandContext, InteractiveSession } from '../../shell/types';
import { bool, int, list, str, type DockerIo, type Handler } from './io';
import { formatList, renderTemplate } from './template';
import type { Parsed } from './flags';

function runOptions(p: Parsed) {
  const [image, ...command] = p.args;
  const name = str(p, 'name');
  const entrypoint = str(p, 'entrypoint');
  const workdir = str(p, 'workdir');
  const hostname = str(p, 'hostname');
  const labels: Record<string, string> = {};
  for (const l of list(p, 'label')) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  return {
    image: image!,
    command,
    detach: bool(p, 'detach'),
    interactive: bool(p, 'interactive'),
    tty: bool(p, 'tty'),
    rm: bool(p, 'rm'),
    publish: list(p, 'publish'),
    publishAll: bool(p, 'publish-all'),
    env: list(p, 'env'),
    labels,
    ...(name !== undefined ? { name } : {}),
    ...(entrypoint !== undefined ? { entrypoint } : {}),
    ...(workdir !== undefined ? { workdir } : {}),
    ...(hostname !== undefined ? { hostname } : {}),
  };
}

function write(io: DockerIo, lines: readonly string[], stream: 'out' | 'err' = 'out'): void {
  for (const line of lines) io[stream](`${line}\n`);
}

/** Flags accepted for compatibility whose effect the simulator does not model: say so. */
function notSimulated(p: Parsed, io: DockerIo): void {
  const ignored = ['volume', 'network', 'restart'].filter((f) => p.flags[f] !== undefined);
  if (ignored.length) io.err(`${l10n.t('(Kube Tutor) Not simulated, ignored: {0}', ignored.map((f) => `--${f}`).join(', '))}\n`);
}

export const run: Handler = (p, io) => {
  const options = runOptions(p);
  notSimulated(p, io);
  const container = io.engine.create(options, io);
  const result = io.engine.start(container);
  if (options.detach) {
    io.out(`${container.id}\n`);
    return 0;
  }
  const behaviour = io.engine.runtime.get(container.id)?.behaviour;
  if (result.exited) {
    write(io, result.output, container.exitCode === 0 ? 'out' : 'err');
    return container.exitCode;
  }
  write(io, result.output);
  const shell = isShell(io, container);
  if (options.interactive && shell && io.ctx.enterSession) {
    const sh = new ContainerShell(io.engine, container, shell, options.tty);
    io.ctx.enterSession(containerSession(io, container, sh, true));
    return 0;
  }
  if (behaviour?.kind !== 'exit') {
    io.err(
      `${l10n.t('(Kube Tutor) The container keeps running attached to this terminal in real Docker; here the prompt returns. Stop it with "docker stop {0}", or use -d to run it in the background.', container.name)}\n`,
    );
  }
  return 0;
};

function isShell(io: DockerIo, c: Container): 'bash' | 'dash' | 'ash' | undefined {
  const image = io.engine.store.images.get(c.imageId);
  if (!image) return undefined;
  const fs = io.engine.imageFs(image);
  const exe = fs.which(c.path, envValue(c.env, 'PATH') ?? DEFAULT_PATH);
  if (!exe || !/(^|\/)(bash|sh|dash|ash)$/.test(exe)) return undefined;
  return ContainerShell.kindOf(fs, exe);
}

function containerSession(io: DockerIo, container: Container, sh: ContainerShell, mainProcess: boolean): InteractiveSession {
  return {
    prompt: () => sh.prompt(),
    line(text: string, ctx: CommandContext): boolean {
      const r = sh.run(text);
      for (const l of r.output) ctx.out(`${l}\n`);
      if (r.exit) {
        if (mainProcess && container.state === 'running') io.engine.exit(container, r.exitCode);
        return true;
      }
      if (container.state !== 'running') return true;
      return false;
    },
    interrupt(ctx: CommandContext): boolean {
      ctx.out('^C\n');
      return false;
    },
  };
}

export const create: Handler = (p, io) => {
  notSimulated(p, io);
  const container = io.engine.create(runOptions(p), io);
  io.out(`${container.id}\n`);
  return 0;
};

function each(p: Parsed, io: DockerIo, action: (c: Container, ref: string) => void): number {
  let code = 0;
  for (const ref of p.args) {
    try {
      action(io.engine.requireContainer(ref), ref);
    } catch (error) {
      if (!(error instanceof DaemonError)) throw error;
      io.err(`Error response from daemon: ${error.message}\n`);
      code = 1;
    }
  }
  return code;
}

export const start: Handler = (p, io) =>
  each(p, io, (c, ref) => {
    const r = io.engine.start(c);
    if (bool(p, 'attach')) write(io, r.output);
    else io.out(`${ref}\n`);
  });

export const stop: Handler = (p, io) =>
  each(p, io, (c, ref) => {
    io.engine.stop(c, int(p, 'time') ?? 10);
    io.out(`${ref}\n`);
  });

export const restart: Handler = (p, io) =>
  each(p, io, (c, ref) => {
    io.engine.stop(c, int(p, 'time') ?? 10);
    io.engine.start(c);
    c.restartCount++;
    io.out(`${ref}\n`);
  });

export const kill: Handler = (p, io) =>
  each(p, io, (c, ref) => {
    io.engine.kill(c);
    io.out(`${ref}\n`);
  });

export const rm: Handler = (p, io) =>
  each(p, io, (c, ref) => {
    if (c.state === 'running') {
      if (!bool(p, 'force')) throw new DaemonError(`cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`);
      io.engine.exit(c, 137);
    }
    if (io.engine.containers.has(c.id)) io.engine.remove(c);
    io.out(`${ref}\n`);
  });

export const ps: Handler = (p, io) => {
  const labels: Record<string, string> = {};
  let status: string | undefined;
  let name: string | undefined;
  for (const f of list(p, 'filter')) {
    const [key, ...rest] = f.split('=');
    const value = rest.join('=');
    if (key === 'label') labels[value.split('=')[0]!] = value.split('=').slice(1).join('=');
    else if (key === 'status') status = value;
    else if (key === 'name') name = value;
    else throw new DaemonError(`invalid filter '${key}'`);
  }
  const options = { all: bool(p, 'all') || status !== undefined, quiet: bool(p, 'quiet'), noTrunc: bool(p, 'no-trunc'), latest: bool(p, 'latest'), ...(Object.keys(labels).length ? { labels } : {}), ...(status ? { status } : {}), ...(name ? { name } : {}) };
  const format = str(p, 'format');
  if (format !== undefined && format !== 'table') {
    const now = io.engine.clock.now();
    const rows = containersOf(io.engine, options).map((c) => ({
      ID: c.id.slice(0, 12),
      Image: c.image,
      Command: JSON.stringify([c.path, ...c.args].join(' ')),
      RunningFor: `${humanDuration(now - c.created)} ago`,
      Status: statusText(c, now),
      State: c.state,
      Ports: portsText(c),
      Names: c.name,
      CreatedAt: new Date(c.created).toISOString(),
    }));
    io.out(formatList(format, rows, { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', RunningFor: 'CREATED', Status: 'STATUS', State: 'STATE', Ports: 'PORTS', Names: 'NAMES', CreatedAt: 'CREATED AT' }));
    return 0;
  }
  io.out(psTable(io.engine, options));
  return 0;
};

export const logs: Handler = (p, io) => {
  const c = io.engine.requireContainer(p.args[0]!);
  let lines = c.logs;
  const tail = str(p, 'tail');
  if (tail !== undefined && tail !== 'all') {
    const n = Number(tail);
    if (!Number.isInteger(n)) throw new DaemonError(`invalid value for "tail": "${tail}"`);
    lines = n > 0 ? lines.slice(-n) : [];
  }
  for (const l of lines) {
    const text = bool(p, 'timestamps') ? `${rfc3339Nano(l.time)} ${l.text}` : l.text;
    io[l.stream === 'stderr' ? 'err' : 'out'](`${text}\n`);
  }
  return 0;
};

export const exec: Handler = (p, io) => {
  const [ref, ...argv] = p.args;
  const c = io.engine.requireContainer(ref!);
  if (c.state !== 'running') throw new DaemonError(`container ${c.id} is not running`);
  const image = io.engine.store.images.get(c.imageId);
  const fs = image ? io.engine.imageFs(image) : new MergedFs([]);
  fs.apply(c.rw);
  const exe = fs.which(argv[0]!, envValue(c.env, 'PATH') ?? DEFAULT_PATH);
  if (!exe) {
    io.err(`${io.engine.execNotFoundMessage(argv[0]!)}\n`);
    return 126;
  }
  const tty = bool(p, 'tty');
  const interactive = bool(p, 'interactive');
  const isShell = /(^|\/)(bash|sh|dash|ash)$/.test(exe) && argv.length === 1;
  const workdir = str(p, 'workdir');
  const sh = new ContainerShell(io.engine, c, ContainerShell.kindOf(fs, exe), tty, { env: list(p, 'env'), ...(workdir !== undefined ? { workdir } : {}) });
  if (isShell) {
    // Without -i the shell reads EOF at once and exits 0 (what `docker exec c bash` does).
    if (!interactive) return 0;
    if (!io.ctx.enterSession) {
      io.err(`${l10n.t('(Kube Tutor) Interactive shells need the Kube Tutor terminal; run single commands instead, e.g. "docker exec {0} ls /".', c.name)}\n`);
      return 1;
    }
    io.ctx.enterSession(containerSession(io, c, sh, false));
    return 0;
  }
  const r = sh.command(argv, false);
  write(io, r.output, r.exitCode === 0 ? 'out' : 'err');
  return r.exitCode;
};

export const inspect: Handler = (p, io) => {
  const results: unknown[] = [];
  let code = 0;
  const type = str(p, 'type');
  for (const ref of p.args) {
    const c = type !== 'image' ? io.engine.findContainer(ref) : undefined;
    const image = !c && type !== 'container' ? io.engine.findImage(ref) : undefined;
    if (c) results.push(inspectContainer(io.engine, c));
    else if (image) results.push(inspectImage(io.engine, image));
    else {
      io.err(`Error: No such object: ${ref}\n`);
      code = 1;
    }
  }
  const format = str(p, 'format');
  if (format !== undefined) {
    for (const r of results) io.out(`${renderTemplate(format, r)}\n`);
  } else if (results.length || !code) {
    io.out(`${JSON.stringify(results, null, 4)}\n`);
  }
  return code;
};

export const commit: Handler = (p, io) => {
  const c = io.engine.requireContainer(p.args[0]!);
  const message = str(p, 'message');
  const author = str(p, 'author');
  const image = commitContainer(io.engine, c, p.args[1], { ...(message ? { message } : {}), ...(author ? { author } : {}) });
  io.out(`${image.id}\n`);
  return 0;
};
