/** `docker compose [-f FILE] [-p NAME] up [-d] | down | ps` with Compose v2's plain progress output. */
import * as l10n from '@vscode/l10n';
import { build } from '../../engine/build';
import { loadCompose, type ComposeProject, type ComposeService } from '../../engine/compose';
import type { Container } from '../../engine/container';
import { humanDuration, table } from '../../engine/format';
import { statusText, portsText } from '../../engine/views';
import { ArgCountError, FlagError, parseFlags, type CommandSpec } from './flags';
import type { DockerIo } from './io';

const GLOBAL: CommandSpec = {
  usage: 'docker compose [OPTIONS] COMMAND',
  description: 'Define and run multi-container applications with Docker',
  flags: [
    { name: 'file', short: 'f', type: 'list', description: 'Compose configuration files', placeholder: 'stringArray' },
    { name: 'project-name', short: 'p', type: 'string', description: 'Project name' },
  ],
  stopAtFirstArg: true,
};

const SUB: Record<string, CommandSpec> = {
  up: { usage: 'docker compose up [OPTIONS] [SERVICE...]', description: 'Create and start containers', flags: [{ name: 'detach', short: 'd', type: 'bool', description: 'Detached mode: Run containers in the background' }, { name: 'build', type: 'bool', description: 'Build images before starting containers' }, { name: 'no-build', type: 'bool', description: "Don't build an image, even if it's policy" }] },
  down: { usage: 'docker compose down [OPTIONS] [SERVICES]', description: 'Stop and remove containers, networks', flags: [{ name: 'volumes', short: 'v', type: 'bool', description: 'Remove named volumes' }, { name: 'rmi', type: 'string', description: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' }] },
  ps: { usage: 'docker compose ps [OPTIONS] [SERVICE...]', description: 'List containers', flags: [{ name: 'all', short: 'a', type: 'bool', description: 'Show all stopped containers (including those created by the run command)' }, { name: 'quiet', short: 'q', type: 'bool', description: 'Only display IDs' }] },
};

export function compose(args: string[], io: DockerIo): number {
  let global;
  try {
    global = parseFlags(GLOBAL, args, 'docker compose');
  } catch (error) {
    if (error instanceof FlagError || error instanceof ArgCountError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const [sub, ...rest] = global.args;
  if (!sub || global.help) {
    io.out(`\nUsage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nCommands:\n  down        Stop and remove containers, networks\n  ps          List containers\n  up          Create and start containers\n`);
    return 0;
  }
  const spec = SUB[sub];
  if (!spec) {
    io.err(`unknown docker command: "compose ${sub}"\n`);
    return 1;
  }
  let parsed;
  try {
    parsed = parseFlags(spec, rest, `docker compose ${sub}`);
  } catch (error) {
    if (error instanceof FlagError || error instanceof ArgCountError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const files = (global.flags.file as string[] | undefined) ?? [];
  const project = loadCompose(io.ctx.fs, io.ctx.cwd, files, global.flags['project-name'] as string | undefined);
  if (sub === 'up') return up(project, io, parsed.flags.detach === true, parsed.flags.build === true);
  if (sub === 'down') return down(project, io);
  return ps(project, io, parsed.flags.all === true, parsed.flags.quiet === true);
}

function containerName(project: ComposeProject, s: ComposeService): string {
  return s.containerName ?? `${project.name}-${s.name}-1`;
}

function projectContainers(project: ComposeProject, io: DockerIo): Container[] {
  return [...io.engine.containers.values()].filter((c) => c.labels['com.docker.compose.project'] === project.name);
}

function row(lines: [string, string][]): string {
  const width = Math.max(...lines.map(([name]) => name.length));
  return lines.map(([name, status]) => ` ✔ ${name.padEnd(width)}  ${status}\n`).join('');
}

function up(project: ComposeProject, io: DockerIo, detach: boolean, forceBuild: boolean): number {
  if (project.ignored.length) io.err(`${l10n.t('(Kube Tutor) Not simulated, ignored: {0}', project.ignored.join(', '))}\n`);
  const quiet = { out: (): void => undefined, err: (): void => undefined };
  const progress: [string, string][] = [];
  for (const s of project.services) {
    if (s.build) {
      const tag = s.image ?? `${project.name}-${s.name}`;
      if (forceBuild || !io.engine.findImage(tag)) {
        io.out(`[+] Building ${s.name}\n`);
        build(io.engine, io.ctx.fs, { context: s.build.context, tags: [tag], buildArgs: s.build.args, cwd: io.ctx.cwd, ...(s.build.dockerfile ? { file: `${s.build.context}/${s.build.dockerfile}` } : {}), ...(s.build.target ? { target: s.build.target } : {}) }, io);
        progress.push([`Service ${s.name}`, 'Built']);
      }
    } else if (s.image && !io.engine.findImage(s.image)) {
      io.engine.pull(s.image, quiet, true);
      progress.push([s.name, 'Pulled']);
    }
  }
  const existing = projectContainers(project, io);
  if (!existing.length) progress.push([`Network ${project.name}_default`, 'Created']);
  const started: Container[] = [];
  for (const s of project.services) {
    const name = containerName(project, s);
    let c = io.engine.findContainer(name);
    let status = 'Running';
    if (!c) {
      c = io.engine.create(
        {
          image: s.image ?? `${project.name}-${s.name}`,
          name,
          publish: s.ports,
          env: s.environment,
          tty: s.tty,
          interactive: s.stdinOpen,
          labels: { 'com.docker.compose.project': project.name, 'com.docker.compose.service': s.name, 'com.docker.compose.container-number': '1' },
          ...(s.command ? { command: s.command } : {}),
          ...(s.entrypoint !== undefined ? { entrypoint: s.entrypoint } : {}),
          ...(s.workingDir ? { workdir: s.workingDir } : {}),
        },
        quiet,
      );
      status = 'Started';
    }
    if (c.state !== 'running') {
      io.engine.start(c);
      status = 'Started';
    }
    started.push(c);
    progress.push([`Container ${name}`, status]);
  }
  io.out(`[+] Running ${progress.length}/${progress.length}\n${row(progress)}`);
  if (!detach) {
    io.out(`Attaching to ${started.map((c) => c.name).join(', ')}\n`);
    const width = Math.max(...started.map((c) => c.name.length));
    for (const c of started) for (const l of c.logs) io.out(`${c.name.padEnd(width)}  | ${l.text}\n`);
    for (const c of started) if (c.state === 'exited') io.out(`${c.name.padEnd(width)} exited with code ${c.exitCode}\n`);
    io.err(`${l10n.t('(Kube Tutor) In real Docker, "docker compose up" stays attached and streams logs until Ctrl+C; here the prompt returns and the containers keep running. Use "docker compose down" to stop them.')}\n`);
  }
  return 0;
}

function down(project: ComposeProject, io: DockerIo): number {
  const containers = projectContainers(project, io);
  const progress: [string, string][] = [];
  for (const s of [...project.services].reverse()) {
    const c = containers.find((x) => x.labels['com.docker.compose.service'] === s.name);
    if (!c) continue;
    io.engine.stop(c);
    if (io.engine.containers.has(c.id)) io.engine.remove(c);
    progress.push([`Container ${c.name}`, 'Removed']);
  }
  if (containers.length) progress.push([`Network ${project.name}_default`, 'Removed']);
  if (progress.length) io.out(`[+] Running ${progress.length}/${progress.length}\n${row(progress)}`);
  return 0;
}

function ps(project: ComposeProject, io: DockerIo, all: boolean, quiet: boolean): number {
  const now = io.engine.clock.now();
  const list = projectContainers(project, io)
    .filter((c) => all || c.state === 'running')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  if (quiet) {
    for (const c of list) io.out(`${c.id}\n`);
    return 0;
  }
  io.out(
    table([
      ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
      ...list.map((c) => {
        const command = [c.path, ...c.args].join(' ');
        return [c.name, c.image, JSON.stringify(command.length > 20 ? `${command.slice(0, 19)}…` : command), c.labels['com.docker.compose.service'] ?? '', `${humanDuration(now - c.created)} ago`, statusText(c, now), portsText(c)];
      }),
    ]),
  );
  return 0;
}
