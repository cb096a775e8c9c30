/**
 * What `docker images`, `docker ps` and `docker inspect` print, in the docker CLI's
 * formats (cli/command/formatter: image.go, container.go, DisplayablePorts; tabwriter).
 */
import type { Container } from './container';
import type { DockerEngine } from './engine';
import { humanDuration, humanSize, rfc3339Nano, shortId, table } from './format';
import type { Image } from './model';

export interface ImagesOptions {
  readonly all?: boolean;
  readonly quiet?: boolean;
  readonly repository?: string;
  readonly noTrunc?: boolean;
  readonly dangling?: boolean;
}

export interface ImageRow {
  readonly repo: string;
  readonly tag: string;
  readonly image: Image;
}

export function imageRows(engine: DockerEngine, options: ImagesOptions = {}): ImageRow[] {
  const rows: { repo: string; tag: string; image: Image }[] = [];
  for (const [key, id] of engine.store.tags) {
    const image = engine.store.images.get(id);
    if (!image) continue;
    const i = key.lastIndexOf(':');
    rows.push({ repo: key.slice(0, i), tag: key.slice(i + 1), image });
  }
  for (const image of engine.store.images.values()) {
    if (engine.store.tagsOf(image.id).length) continue;
    if (image.intermediate && !options.all) continue;
    if (!image.intermediate && engine.store.children(image.id).some((c) => !c.intermediate) && !options.all) continue;
    rows.push({ repo: '<none>', tag: '<none>', image });
  }
  return rows
    .filter((r) => !options.repository || r.repo === options.repository || `${r.repo}:${r.tag}` === options.repository)
    .filter((r) => options.dangling === undefined || (r.repo === '<none>') === options.dangling)
    .sort((a, b) => b.image.created - a.image.created || (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0));
}

export function imagesTable(engine: DockerEngine, options: ImagesOptions = {}): string {
  const now = engine.clock.now();
  const filtered = imageRows(engine, options);
  const id = (image: Image): string => (options.noTrunc ? image.id : shortId(image.id));
  if (options.quiet) return [...new Set(filtered.map((r) => id(r.image)))].map((l) => `${l}\n`).join('');
  return table([
    ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
    ...filtered.map((r) => [r.repo, r.tag, id(r.image), `${humanDuration(now - r.image.created)} ago`, humanSize(engine.store.size(r.image))]),
  ]);
}

export interface PsOptions {
  readonly all?: boolean;
  readonly quiet?: boolean;
  readonly noTrunc?: boolean;
  readonly latest?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  readonly status?: string;
  readonly name?: string;
}

/** `docker ps` STATUS column (moby `container.State.String()`). */
export function statusText(container: Container, now: number): string {
  if (container.state === 'running') return `Up ${humanDuration(now - (container.startedAt ?? now))}`;
  if (container.state === 'created') return 'Created';
  return `Exited (${container.exitCode}) ${humanDuration(now - (container.finishedAt ?? now))} ago`;
}

/** formatter.DisplayablePorts: published ports for IPv4 and IPv6, then exposed-only ports. */
export function portsText(container: Container): string {
  if (container.state !== 'running') return '';
  const parts: string[] = [];
  for (const p of container.ports) {
    parts.push(`${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`);
    if (p.hostIp === '0.0.0.0') parts.push(`:::${p.hostPort}->${p.containerPort}/${p.protocol}`);
  }
  for (const e of container.exposedPorts) {
    const [port, proto] = e.split('/');
    if (!container.ports.some((p) => String(p.containerPort) === port && p.protocol === proto)) parts.push(e);
  }
  return parts.join(', ');
}

function ellipsis(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

export function containersOf(engine: DockerEngine, options: PsOptions): Container[] {
  // Newest first; containers created in the same virtual millisecond keep creation order (newest first).
  let list = [...engine.containers.values()].reverse().sort((a, b) => b.created - a.created);
  if (!options.all && !options.latest) list = list.filter((c) => c.state === 'running');
  if (options.status) list = list.filter((c) => c.state === options.status);
  if (options.name) list = list.filter((c) => c.name.includes(options.name!));
  if (options.labels) list = list.filter((c) => Object.entries(options.labels!).every(([k, v]) => c.labels[k] === v));
  if (options.latest) list = list.slice(0, 1);
  return list;
}

export function psTable(engine: DockerEngine, options: PsOptions = {}): string {
  const now = engine.clock.now();
  const list = containersOf(engine, options);
  if (options.quiet) return list.map((c) => `${options.noTrunc ? c.id : c.id.slice(0, 12)}\n`).join('');
  return table([
    ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
    ...list.map((c) => {
      const command = [c.path, ...c.args].join(' ');
      return [
        options.noTrunc ? c.id : c.id.slice(0, 12),
        c.image,
        JSON.stringify(options.noTrunc ? command : ellipsis(command, 20)),
        `${humanDuration(now - c.created)} ago`,
        statusText(c, now),
        portsText(c),
        c.name,
      ];
    }),
  ]);
}

/** `docker inspect CONTAINER` (a faithful subset of moby's `types.ContainerJSON`). */
export function inspectContainer(engine: DockerEngine, c: Container): unknown {
  const image = engine.store.images.get(c.imageId);
  const portMap: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const e of c.exposedPorts) portMap[e] = null;
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.protocol}`;
    (bindings[key] ??= []).push({ HostIp: p.hostIp === '0.0.0.0' ? '' : p.hostIp, HostPort: String(p.hostPort) });
    if (c.state === 'running') portMap[key] = [{ HostIp: '0.0.0.0', HostPort: String(p.hostPort) }, { HostIp: '::', HostPort: String(p.hostPort) }];
  }
  const running = c.state === 'running';
  return {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.state,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: running ? 4000 + (parseInt(c.id.slice(0, 4), 16) % 5000) : 0,
      ExitCode: c.exitCode,
      Error: c.error,
      StartedAt: c.startedAt !== undefined ? rfc3339Nano(c.startedAt) : '0001-01-01T00:00:00Z',
      FinishedAt: c.finishedAt !== undefined ? rfc3339Nano(c.finishedAt) : '0001-01-01T00:00:00Z',
    },
    Image: c.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: {
      Binds: null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: 'bridge',
      PortBindings: bindings,
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      AutoRemove: c.autoRemove,
    },
    Mounts: [],
    Config: {
      Hostname: c.hostname,
      Domainname: '',
      User: image?.config.user ?? '',
      AttachStdin: c.interactive,
      AttachStdout: true,
      AttachStderr: true,
      ...(c.exposedPorts.length ? { ExposedPorts: Object.fromEntries(c.exposedPorts.map((e) => [e, {}])) } : {}),
      Tty: c.tty,
      OpenStdin: c.interactive,
      StdinOnce: false,
      Env: c.env,
      Cmd: image?.config.entrypoint ? c.args : [c.path, ...c.args],
      Image: c.image,
      Volumes: null,
      WorkingDir: c.workdir === '/' ? '' : c.workdir,
      Entrypoint: image?.config.entrypoint ?? null,
      OnBuild: null,
      Labels: c.labels,
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: running ? c.id.split('').reverse().join('') : '',
      Ports: portMap,
      Gateway: running ? '172.17.0.1' : '',
      IPAddress: c.ip,
      IPPrefixLen: running ? 16 : 0,
      MacAddress: running ? macOf(c.ip) : '',
      Networks: {
        bridge: {
          IPAMConfig: null,
          Links: null,
          Aliases: null,
          MacAddress: running ? macOf(c.ip) : '',
          NetworkID: running ? '3d5b1c8e7f9a0b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c' : '',
          Gateway: running ? '172.17.0.1' : '',
          IPAddress: c.ip,
          IPPrefixLen: running ? 16 : 0,
        },
      },
    },
  };
}

function macOf(ip: string): string {
  const last = Number(ip.split('.')[3] ?? 0);
  return `02:42:ac:11:00:${last.toString(16).padStart(2, '0')}`;
}

/** `docker inspect IMAGE` / `docker image inspect`. */
export function inspectImage(engine: DockerEngine, image: Image): unknown {
  const c = image.config;
  return {
    Id: image.id,
    RepoTags: engine.store.tagsOf(image.id),
    RepoDigests: image.repoDigests,
    Parent: image.parent && !image.parent.startsWith('sha256:') ? '' : (image.parent ?? ''),
    Comment: image.comment ?? '',
    Created: rfc3339Nano(image.created),
    DockerVersion: '',
    Author: '',
    Config: {
      Hostname: '',
      Domainname: '',
      User: c.user ?? '',
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ...(c.exposedPorts?.length ? { ExposedPorts: Object.fromEntries(c.exposedPorts.map((e) => [e, {}])) } : {}),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: c.env ?? [],
      Cmd: c.cmd ?? null,
      Image: '',
      Volumes: c.volumes ? Object.fromEntries(c.volumes.map((v) => [v, {}])) : null,
      WorkingDir: c.workdir ?? '',
      Entrypoint: c.entrypoint ?? null,
      OnBuild: c.onbuild ?? null,
      Labels: c.labels ?? null,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: engine.store.size(image),
    GraphDriver: { Name: 'overlay2', Data: {} },
    RootFS: { Type: 'layers', Layers: image.layers },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}
