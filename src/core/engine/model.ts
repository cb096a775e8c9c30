import type { ImageConfig } from '../sim/images';
import type { FsChanges } from './fs';

/** A content-addressed layer: `id` is the sha256 of what produced it. Shared between images. */
export interface Layer {
  readonly id: string;
  readonly size: number;
  readonly changes: FsChanges;
}

export interface HistoryEntry {
  readonly created: number;
  readonly createdBy: string;
  readonly emptyLayer: boolean;
}

export interface MutableConfig {
  cmd?: string[];
  entrypoint?: string[];
  env?: string[];
  workdir?: string;
  exposedPorts?: string[];
  user?: string;
  labels?: Record<string, string>;
  shell?: string[];
  volumes?: string[];
  stopSignal?: string;
  onbuild?: string[];
}

export interface Image {
  /** `sha256:…`. */
  readonly id: string;
  readonly parent?: string;
  readonly created: number;
  /** Non-empty layers, bottom first. */
  readonly layers: readonly string[];
  readonly history: readonly HistoryEntry[];
  readonly config: MutableConfig;
  /** Build step images (hidden from `docker images` unless tagged). */
  readonly intermediate?: boolean;
  /** Repository digests after push/pull, `mucha0619/kubia@sha256:…`. */
  repoDigests: string[];
  readonly comment?: string;
}

export function toImageConfig(config: MutableConfig): ImageConfig {
  return {
    ...(config.cmd ? { cmd: config.cmd } : {}),
    ...(config.entrypoint ? { entrypoint: config.entrypoint } : {}),
    ...(config.env ? { env: config.env } : {}),
    ...(config.workdir ? { workdir: config.workdir } : {}),
    ...(config.exposedPorts ? { exposedPorts: config.exposedPorts } : {}),
    ...(config.user ? { user: config.user } : {}),
  };
}

export function cloneConfig(config: MutableConfig | ImageConfig): MutableConfig {
  const out: MutableConfig = {};
  for (const [key, value] of Object.entries(config) as [keyof MutableConfig, unknown][]) {
    if (value === undefined) continue;
    (out as Record<string, unknown>)[key] = Array.isArray(value) ? [...(value as unknown[])] : value && typeof value === 'object' ? { ...(value as object) } : value;
  }
  return out;
}

export function envValue(env: readonly string[] | undefined, name: string): string | undefined {
  for (const entry of env ?? []) if (entry.startsWith(`${name}=`)) return entry.slice(name.length + 1);
  return undefined;
}

export function setEnv(env: readonly string[] | undefined, name: string, value: string): string[] {
  return [...(env ?? []).filter((e) => !e.startsWith(`${name}=`)), `${name}=${value}`];
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
