/**
 * The simulated Docker daemon: image store, registry client, containers and their
 * processes, on the virtual clock with seeded ids. Pure: no real processes, files or
 * sockets; published ports are listeners on the simulated `Network`.
 */
import * as l10n from '@vscode/l10n';
import { VirtualClock } from '../sim/clock';
import type { HttpResult } from '../sim/network';
import { Network } from '../sim/network';
import { SeededRandom } from '../sim/random';
import { execNotFound, inferBehaviour } from './behaviour';
import { commandLine, type Container, type ContainerRuntime, type PortBinding } from './container';
import { ClientError, DaemonError, type Output } from './errors';
import { MergedFs } from './fs';
import type { Image } from './model';
import { randomName } from './names';
import { pullImage } from './pull';
import { familiarTagged, parseReference, ReferenceError } from './reference';
import { Registry } from './registry';
import { ImageStore } from './store';

export interface RunOptions {
  readonly image: string;
  readonly name?: string;
  readonly detach?: boolean;
  readonly interactive?: boolean;
  readonly tty?: boolean;
  readonly rm?: boolean;
  readonly publish?: readonly string[];
  readonly publishAll?: boolean;
  readonly env?: readonly string[];
  readonly command?: readonly string[];
  readonly entrypoint?: string;
  readonly workdir?: string;
  readonly labels?: Record<string, string>;
  readonly hostname?: string;
}

export interface EngineOptions {
  readonly clock?: VirtualClock;
  readonly random?: SeededRandom;
  readonly network?: Network;
  readonly registry?: Registry;
}

/** What a container learns from being started: its stdout/stderr so far (for attached runs). */
export interface StartResult {
  readonly output: readonly string[];
  readonly exited: boolean;
}

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** Programs that exit cleanly on SIGTERM; others (node as PID 1, shells, sleep) are killed after the 10 s grace period. */
const HANDLES_SIGTERM = /(?:^|\/)(?:redis-server|nginx|mysqld|apache2-foreground|docker-entrypoint\.sh)$/;

export class DockerEngine {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly network: Network;
  readonly registry: Registry;
  readonly store = new ImageStore();
  readonly containers = new Map<string, Container>();
  readonly runtime = new Map<string, ContainerRuntime>();
  /** Registry domain → user name (no password is kept). */
  readonly logins = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  constructor(options: EngineOptions = {}) {
    this.clock = options.clock ?? new VirtualClock();
    this.random = options.random ?? new SeededRandom();
    this.network = options.network ?? new Network();
    this.registry = options.registry ?? new Registry(() => this.clock.now());
  }

  /** Subscribe to state changes (tree views, topology). Returns an unsubscribe function. */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }

  newId(): string {
    return this.random.hex(64);
  }

  // ---- images ---------------------------------------------------------------------------

  findImage(nameOrId: string): Image | undefined {
    return this.store.find(nameOrId);
  }

  requireImage(nameOrId: string): Image {
    const image = this.findImage(nameOrId);
    if (!image) throw new DaemonError(`No such image: ${displayRef(nameOrId)}`);
    return image;
  }

  pull(reference: string, out: Output, quiet = false): Image {
    const image = pullImage(this.store, this.registry, reference, out, { quiet });
    this.changed();
    return image;
  }

  /** `docker run`'s implicit pull: "Unable to find image 'busybox:latest' locally". */
  ensureImage(reference: string, out: Output): Image {
    const local = this.findImage(reference);
    if (local) return local;
    let tagged: string;
    try {
      tagged = familiarTagged(parseReference(reference));
    } catch (error) {
      throw new DaemonError((error as Error).message, 125);
    }
    out.err(`Unable to find image '${tagged}' locally\n`);
    try {
      return this.pull(reference, { out: (t) => out.err(t), err: (t) => out.err(t) });
    } catch (error) {
      if (error instanceof DaemonError) throw new DaemonError(error.message, 125);
      throw error;
    }
  }

  imageFs(image: Image): MergedFs {
    return this.store.fs(image);
  }

  containersUsing(imageId: string): Container[] {
    return [...this.containers.values()].filter((c) => c.imageId === imageId);
  }

  // ---- containers -----------------------------------------------------------------------

  findContainer(ref: string): Container | undefined {
    const byName = [...this.containers.values()].find((c) => c.name === ref.replace(/^\//, ''));
    if (byName) return byName;
    if (/^[0-9a-f]+$/.test(ref)) {
      const matches = [...this.containers.values()].filter((c) => c.id.startsWith(ref));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  requireContainer(ref: string): Container {
    const c = this.findContainer(ref);
    if (!c) throw new DaemonError(`No such container: ${ref}`);
    return c;
  }

  create(options: RunOptions, out: Output): Container {
    // The CLI validates -p before it asks the daemon for anything (opts/parse.go).
    const published = parsePublish(options.publish ?? []);
    const image = this.ensureImage(options.image, out);
    if (options.name !== undefined) {
      if (!NAME_RE.test(options.name)) throw new DaemonError(`Invalid container name (${options.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 125);
      const taken = this.findContainer(options.name);
      if (taken && taken.name === options.name) {
        throw new DaemonError(`Conflict. The container name "/${options.name}" is already in use by container "${taken.id}". You have to remove (or rename) that container to be able to reuse that name.`, 125);
      }
    }
    const config = image.config;
    // `-p 8080` and `-P` get an ephemeral host port (the daemon's range starts at 32768).
    let next = 32768;
    const ephemeral = (): number => {
      while (this.portTaken(next) || [...this.containers.values()].some((c) => c.ports.some((p) => p.hostPort === next))) next++;
      return next++;
    };
    const ports = published.map((p) => (p.hostPort ? p : { ...p, hostPort: ephemeral() }));
    const exposed = new Set(config.exposedPorts ?? []);
    for (const p of ports) exposed.add(`${p.containerPort}/${p.protocol}`);
    if (options.publishAll) {
      for (const e of config.exposedPorts ?? []) {
        const [port, proto] = e.split('/');
        ports.push({ hostIp: '0.0.0.0', hostPort: ephemeral(), containerPort: Number(port), protocol: proto === 'udp' ? 'udp' : 'tcp' });
      }
    }
    const entrypoint = options.entrypoint !== undefined ? (options.entrypoint ? [options.entrypoint] : []) : [...(config.entrypoint ?? [])];
    const cmd = options.command && options.command.length ? [...options.command] : options.entrypoint !== undefined ? [] : [...(config.cmd ?? [])];
    const argv = [...entrypoint, ...cmd];
    if (!argv.length) throw new DaemonError('no command specified', 125);
    let env = [...(config.env ?? [])];
    for (const e of options.env ?? []) {
      const name = e.split('=')[0]!;
      env = env.filter((x) => x.split('=')[0] !== name);
      env.push(e.includes('=') ? e : `${e}=`);
    }
    const id = this.newId();
    const container: Container = {
      id,
      name: options.name ?? this.uniqueName(),
      imageId: image.id,
      image: options.image,
      path: argv[0]!,
      args: argv.slice(1),
      env,
      workdir: options.workdir ?? config.workdir ?? '/',
      hostname: options.hostname ?? id.slice(0, 12),
      exposedPorts: [...exposed],
      ports,
      created: this.clock.now(),
      tty: !!options.tty,
      interactive: !!options.interactive,
      autoRemove: !!options.rm,
      labels: { ...(config.labels ?? {}), ...(options.labels ?? {}) },
      state: 'created',
      exitCode: 0,
      error: '',
      ip: '',
      restartCount: 0,
      logs: [],
      rw: {},
    };
    this.containers.set(id, container);
    this.runtime.set(id, { unlisten: [] });
    this.changed();
    return container;
  }

  private uniqueName(): string {
    for (;;) {
      const name = randomName(this.random);
      if (!this.findContainer(name)) return name;
    }
  }

  private portTaken(port: number, except?: string): boolean {
    for (const c of this.containers.values()) {
      if (c.id !== except && c.state === 'running' && c.ports.some((p) => p.hostPort === port)) return true;
    }
    return this.network.isListening('localhost', port);
  }

  private allocateIp(): string {
    const used = new Set([...this.containers.values()].filter((c) => c.state === 'running').map((c) => c.ip));
    for (let i = 2; i < 255; i++) if (!used.has(`172.17.0.${i}`)) return `172.17.0.${i}`;
    throw new DaemonError('no available IPv4 addresses on this network');
  }

  /** Starts the container's process. Exits at once for one-shot commands. */
  start(container: Container): StartResult {
    if (container.state === 'running') return { output: [], exited: false };
    for (const p of container.ports) {
      if (this.portTaken(p.hostPort, container.id)) {
        throw new DaemonError(`driver failed programming external connectivity on endpoint ${container.name} (${container.id}): Bind for ${p.hostIp}:${p.hostPort} failed: port is already allocated`);
      }
    }
    const image = this.store.images.get(container.imageId);
    const fs = image ? this.imageFs(image) : new MergedFs([]);
    fs.apply(container.rw);
    const now = this.clock.now();
    const inference = inferBehaviour(fs, {
      argv: [container.path, ...container.args],
      env: container.env,
      workdir: container.workdir,
      tty: container.tty,
      interactive: container.interactive,
      now,
    });
    if (!inference.ok) {
      container.exitCode = inference.exitCode;
      container.error = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${inference.error}: unknown`;
      this.changed();
      throw new DaemonError(`${container.error}.`, inference.exitCode);
    }
    const behaviour = inference.behaviour;
    const runtime = this.runtime.get(container.id) ?? { unlisten: [] };
    this.runtime.set(container.id, runtime);
    runtime.behaviour = behaviour;
    container.state = 'running';
    container.startedAt = now;
    container.finishedAt = undefined;
    container.error = '';
    container.ip = this.allocateIp();
    const before = container.logs.length;
    if (behaviour.kind === 'exit') {
      const stream = behaviour.exitCode === 0 ? 'stdout' : 'stderr';
      for (const line of behaviour.output) this.log(container, line, stream);
      const output = container.logs.slice(before).map((l) => l.text);
      this.exit(container, behaviour.exitCode);
      return { output, exited: true };
    }
    for (const line of behaviour.startupLog) this.log(container, line, 'stdout');
    for (const binding of container.ports) {
      const handler = (): HttpResult => this.handleRequest(container.id, binding.containerPort);
      runtime.unlisten.push(this.network.listen('localhost', binding.hostPort, handler));
    }
    for (const e of container.exposedPorts) {
      const port = Number(e.split('/')[0]);
      runtime.unlisten.push(this.network.listen(container.ip, port, () => this.handleRequest(container.id, port)));
    }
    this.changed();
    return { output: container.logs.slice(before).map((l) => l.text), exited: false };
  }

  log(container: Container, text: string, stream: 'stdout' | 'stderr'): void {
    container.logs.push({ stream, text, time: this.clock.now() });
  }

  /** The app's answer to one HTTP request through a published port (docker-proxy → container). */
  handleRequest(id: string, containerPort: number): HttpResult {
    const container = this.containers.get(id);
    const behaviour = this.runtime.get(id)?.behaviour;
    if (!container || container.state !== 'running' || !behaviour) {
      return { ok: false, error: 'curl: (56) Recv failure: Connection reset by peer', exitCode: 56 };
    }
    if (behaviour.kind !== 'server' || behaviour.port !== containerPort) {
      return { ok: false, error: 'curl: (56) Recv failure: Connection reset by peer', exitCode: 56 };
    }
    if (behaviour.protocol !== 'http') return { ok: false, error: 'curl: (52) Empty reply from server', exitCode: 52 };
    // The userland proxy connects from the bridge gateway; node reports it as an IPv4-mapped address.
    for (const line of behaviour.requestLog?.('::ffff:172.17.0.1') ?? []) this.log(container, line, 'stdout');
    if (behaviour.crashOnRequest) {
      const log = behaviour.crashOnRequest.log;
      for (const line of log) this.log(container, line, 'stderr');
      this.exit(container, behaviour.crashOnRequest.exitCode);
      const error = log.find((l) => /^\w*Error: /.test(l)) ?? log[0] ?? '';
      const where = log[0] ?? '';
      return {
        ok: false,
        error: 'curl: (52) Empty reply from server',
        exitCode: 52,
        hint: l10n.t('(Kube Tutor) The app in container "{0}" crashed while answering ({1} at {2}) and the container exited. Run "docker logs {0}" to see the stack trace, fix the code, rebuild and run again.', container.name, error, where),
      };
    }
    return { ok: true, status: 200, body: behaviour.respond?.(container.hostname) ?? '' };
  }

  exit(container: Container, code: number): void {
    const runtime = this.runtime.get(container.id);
    for (const u of runtime?.unlisten ?? []) u();
    if (runtime) {
      runtime.unlisten = [];
      runtime.behaviour = undefined;
    }
    container.state = 'exited';
    container.exitCode = code;
    container.finishedAt = this.clock.now();
    container.ip = '';
    if (container.autoRemove) this.remove(container);
    this.changed();
  }

  /** `docker stop`: SIGTERM, then SIGKILL after the grace period (exit 137), as moby's `containerStop`. */
  stop(container: Container, timeoutSeconds = 10): void {
    if (container.state !== 'running') return;
    if (HANDLES_SIGTERM.test(container.path)) {
      this.exit(container, 0);
      return;
    }
    this.clock.advance(timeoutSeconds * 1000);
    if (this.containers.has(container.id) && container.state === 'running') this.exit(container, 137);
  }

  kill(container: Container): void {
    if (container.state !== 'running') throw new DaemonError(`cannot kill container: ${container.name}: container ${container.id} is not running`);
    this.exit(container, 137);
  }

  remove(container: Container): void {
    const runtime = this.runtime.get(container.id);
    for (const u of runtime?.unlisten ?? []) u();
    this.runtime.delete(container.id);
    this.containers.delete(container.id);
    this.changed();
  }

  /** Rebuilds runtime state (listeners, behaviours) after a restore. */
  revive(): void {
    for (const c of this.containers.values()) {
      this.runtime.set(c.id, { unlisten: [] });
      if (c.state === 'running') {
        c.state = 'exited';
        const logs = c.logs;
        try {
          const startedAt = c.startedAt;
          this.start(c);
          c.startedAt = startedAt;
        } catch {
          // keep it exited: the image disappeared or the port is taken
        }
        c.logs = logs;
      }
    }
  }

  /** Releases every published port on the network (before the engine is replaced, e.g. on reset). */
  dispose(): void {
    for (const runtime of this.runtime.values()) {
      for (const u of runtime.unlisten) u();
      runtime.unlisten = [];
    }
    this.listeners.clear();
  }

  execNotFoundMessage(name: string): string {
    return `OCI runtime exec failed: exec failed: unable to start container process: ${execNotFound(name)}: unknown`;
  }

  commandOf(container: Container): string {
    return commandLine(container);
  }
}

function displayRef(ref: string): string {
  try {
    const parsed = parseReference(ref);
    return familiarTagged(parsed);
  } catch (error) {
    if (error instanceof ReferenceError) return ref;
    throw error;
  }
}

/** `-p [ip:][hostPort:]containerPort[/proto]` (docker/go-connections `nat.ParsePortSpec`); hostPort 0 = ephemeral. */
export function parsePublish(specs: readonly string[]): PortBinding[] {
  const out: PortBinding[] = [];
  for (const spec of specs) {
    const [main, proto = 'tcp'] = spec.split('/');
    if (proto !== 'tcp' && proto !== 'udp') throw new ClientError(`docker: invalid proto: ${proto}.\nSee 'docker run --help'.`, 125);
    const parts = main!.split(':');
    let hostIp = '0.0.0.0';
    let hostPort: string | undefined;
    let containerPort: string;
    if (parts.length === 1) containerPort = parts[0]!;
    else if (parts.length === 2) [hostPort, containerPort] = [parts[0], parts[1]!];
    else [hostIp, hostPort, containerPort] = [parts[0] || '0.0.0.0', parts[1], parts[2]!];
    const c = Number(containerPort);
    if (!/^\d+$/.test(containerPort) || c < 1 || c > 65535) throw new ClientError(`docker: invalid containerPort: ${containerPort}.\nSee 'docker run --help'.`, 125);
    let h = 0;
    if (hostPort) {
      h = Number(hostPort);
      if (!/^\d+$/.test(hostPort) || h < 1 || h > 65535) throw new ClientError(`docker: invalid hostPort: ${hostPort}.\nSee 'docker run --help'.`, 125);
    }
    out.push({ hostIp, hostPort: h, containerPort: c, protocol: proto });
  }
  return out;
}
