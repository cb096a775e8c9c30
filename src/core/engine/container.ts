import type { AppBehaviour } from '../sim/images';
import type { FsChanges } from './fs';

export interface PortBinding {
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol: 'tcp' | 'udp';
}

export interface LogLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  readonly time: number;
}

export type ContainerState = 'created' | 'running' | 'exited';

/** Serialisable container record (moby `container.Container`, the parts `ps`/`inspect` show). */
export interface Container {
  readonly id: string;
  name: string;
  readonly imageId: string;
  /** The image as the user named it (`kubia`), `Config.Image`. */
  readonly image: string;
  readonly path: string;
  readonly args: readonly string[];
  readonly env: readonly string[];
  readonly workdir: string;
  readonly hostname: string;
  readonly exposedPorts: readonly string[];
  readonly ports: readonly PortBinding[];
  readonly created: number;
  readonly tty: boolean;
  readonly interactive: boolean;
  readonly autoRemove: boolean;
  readonly labels: Record<string, string>;
  state: ContainerState;
  startedAt?: number;
  finishedAt?: number;
  exitCode: number;
  error: string;
  ip: string;
  restartCount: number;
  logs: LogLine[];
  /** The container's writable layer (`docker commit` turns it into an image layer). */
  rw: FsChanges;
}

/** Runtime-only state, rebuilt from the record after a restore. */
export interface ContainerRuntime {
  behaviour?: AppBehaviour;
  unlisten: (() => void)[];
}

export function commandLine(c: Container): string {
  return [c.path, ...c.args].join(' ');
}
