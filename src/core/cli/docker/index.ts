/**
 * The `docker` command of the Kube Tutor terminal: docker CLI argument handling and
 * error wording over the simulated engine. Management commands (`docker image ls`,
 * `docker container rm`) map onto the same handlers as their short forms.
 */
import * as l10n from '@vscode/l10n';
import { BuildError } from '../../engine/build';
import type { DockerEngine } from '../../engine/engine';
import { ClientError, DaemonError } from '../../engine/errors';
import type { CommandContext, CommandProvider } from '../../shell/types';
import { compose } from './compose';
import * as containers from './containers';
import { ArgCountError, FlagError, helpText, parseFlags, suggestions, type CommandSpec } from './flags';
import * as images from './images';
import * as prune from './prune';
import type { DockerIo, Handler } from './io';
import { SPECS } from './specs';

const HANDLERS: Record<string, Handler> = {
  run: containers.run,
  create: containers.create,
  start: containers.start,
  stop: containers.stop,
  restart: containers.restart,
  kill: containers.kill,
  rm: containers.rm,
  ps: containers.ps,
  logs: containers.logs,
  exec: containers.exec,
  inspect: containers.inspect,
  commit: containers.commit,
  build: images.build,
  'buildx-build': images.buildxBuild,
  images: images.images,
  rmi: images.rmi,
  tag: images.tag,
  pull: images.pull,
  push: images.push,
  login: images.login,
  logout: images.logout,
  history: images.history,
  version: images.version,
  'container-prune': prune.containerPrune,
  'image-prune': prune.imagePrune,
  'system-prune': prune.systemPrune,
};

/** `docker image <sub>` / `docker container <sub>` → top-level handler name. */
const MANAGEMENT: Record<string, Record<string, string>> = {
  image: { ls: 'images', list: 'images', rm: 'rmi', remove: 'rmi', build: 'build', pull: 'pull', push: 'push', tag: 'tag', inspect: 'inspect', history: 'history', prune: 'image-prune' },
  container: { ls: 'ps', list: 'ps', ps: 'ps', run: 'run', create: 'create', start: 'start', stop: 'stop', restart: 'restart', kill: 'kill', rm: 'rm', remove: 'rm', logs: 'logs', exec: 'exec', inspect: 'inspect', commit: 'commit', prune: 'container-prune' },
  system: { prune: 'system-prune' },
  buildx: { build: 'buildx-build', b: 'buildx-build' },
  builder: { build: 'buildx-build' },
};

const TOP_HELP = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers (simulated by Kube Tutor: nothing runs on your machine)

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  version     Show the Docker version information

Management Commands:
  builder     Manage builds
  buildx*     Docker Buildx
  compose     Docker Compose
  container   Manage containers
  image       Manage images
  system      Manage Docker

Commands:
  commit      Create a new image from a container's changes
  create      Create a new container
  history     Show the history of an image
  inspect     Return low-level information on Docker objects
  kill        Kill one or more running containers
  logs        Fetch the logs of a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  rmi         Remove one or more images
  start       Start one or more stopped containers
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

Run 'docker COMMAND --help' for more information on a command.
`;

export class DockerProvider implements CommandProvider {
  readonly names = ['docker', 'docker-compose'] as const;
  readonly summary = l10n.t('build, run, push and inspect images and containers (simulated Docker engine)');

  constructor(readonly engine: DockerEngine) {}

  run(argv: readonly string[], ctx: CommandContext): number {
    const io: DockerIo = { engine: this.engine, ctx, out: (t) => ctx.out(t), err: (t) => ctx.err(t) };
    if (argv[0] === 'docker-compose') return this.dispatch(['compose', ...argv.slice(1)], io);
    return this.dispatch(argv.slice(1), io);
  }

  private dispatch(args: string[], io: DockerIo): number {
    const [first, ...rest] = args;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.out(TOP_HELP);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.out('Docker version 27.3.1, build ce12230\n');
      return 0;
    }
    if (first.startsWith('-')) {
      io.err(`unknown flag: ${first}\nSee 'docker --help'.\n`);
      return 125;
    }
    if (first === 'compose') return this.guard(io, 'docker compose', () => compose(rest, io));
    if (first in MANAGEMENT) {
      const sub = rest[0];
      const table = MANAGEMENT[first]!;
      if (sub === undefined || sub === '--help') {
        io.out(`\nUsage:  docker ${first} COMMAND\n\n${first === 'system' ? 'Manage Docker' : first === 'buildx' ? 'Extended build capabilities with BuildKit' : first === 'builder' ? 'Manage builds' : `Manage ${first}s`}\n\nCommands:\n${Object.keys(table).map((k) => `  ${k}`).join('\n')}\n\nRun 'docker ${first} COMMAND --help' for more information on a command.\n`);
        return 0;
      }
      const target = table[sub];
      if (!target) {
        io.err(`docker: '${first} ${sub}' is not a docker command.\nSee 'docker --help'\n`);
        this.suggest(io, sub, Object.keys(table));
        return 1;
      }
      const extra = first === 'image' && sub === 'inspect' ? ['--type', 'image'] : first === 'container' && sub === 'inspect' ? ['--type', 'container'] : [];
      return this.command(target, `docker ${first} ${sub}`, [...extra, ...rest.slice(1)], io);
    }
    if (!(first in HANDLERS) || first.includes('-')) {
      io.err(`docker: '${first}' is not a docker command.\nSee 'docker --help'\n`);
      this.suggest(io, first, [...Object.keys(HANDLERS).filter((h) => !h.includes('-')), 'compose', ...Object.keys(MANAGEMENT)]);
      return 1;
    }
    return this.command(first, `docker ${first}`, rest, io);
  }

  private suggest(io: DockerIo, word: string, candidates: string[]): void {
    const found = suggestions(word, candidates).slice(0, 2);
    if (found.length) io.err(`${l10n.t('(Kube Tutor) Did you mean: {0}?', found.map((f) => `"${f}"`).join(', '))}\n`);
  }

  private command(name: string, path: string, args: string[], io: DockerIo): number {
    const spec: CommandSpec = SPECS[name]!;
    let parsed;
    try {
      parsed = parseFlags(spec, args, path);
    } catch (error) {
      if (error instanceof FlagError) {
        io.err(`${error.message}\nSee '${path} --help'.\n`);
        const unknown = /^unknown flag: --(\S+)$/.exec(error.message)?.[1];
        const near = unknown === undefined ? [] : suggestions(`--${unknown}`, spec.flags.map((f) => `--${f.name}`)).slice(0, 2);
        if (near.length) io.err(`${l10n.t('(Kube Tutor) Did you mean the flag {0}?', near.map((f) => `"${f}"`).join(', '))}\n`);
        return 125;
      }
      if (error instanceof ArgCountError) {
        io.err(`${error.message}\nSee '${path} --help'.\n\nUsage:  ${spec.usage}\n\n${spec.description.split('\n')[0]}\n`);
        return 1;
      }
      throw error;
    }
    if (parsed.help) {
      io.out(`\n${helpText(spec)}`);
      return 0;
    }
    return this.guard(io, path, () => HANDLERS[name]!(parsed, io), name === 'run' || name === 'create');
  }

  private guard(io: DockerIo, path: string, action: () => number, runLike = false): number {
    try {
      return action();
    } catch (error) {
      if (error instanceof DaemonError) {
        if (runLike) {
          io.err(`docker: Error response from daemon: ${error.message}\nSee '${path} --help'.\n`);
          return error.exitCode === 1 ? 125 : error.exitCode;
        }
        io.err(`Error response from daemon: ${error.message}\n`);
        return error.exitCode;
      }
      if (error instanceof ClientError || error instanceof BuildError) {
        io.err(`${error.message}\n`);
        return error.exitCode;
      }
      throw error;
    }
  }
}
