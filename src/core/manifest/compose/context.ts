import type { ManifestFile } from '../context';
import { asMap, get, pair, type YamlMap, type YamlPair } from '../yaml/ast';
import type { Rule } from '../../rule';

/** Answers "does this path exist?" relative to the Compose file's folder (tests pass fixtures). */
export type FileExists = (relativePath: string) => boolean;

export interface ComposeContext {
  readonly file: ManifestFile;
  readonly root: YamlMap;
  /** `services:` entries (name → mapping pair). */
  readonly services: readonly YamlPair[];
  readonly fileExists?: FileExists;
}

export type ComposeRule = Rule<ComposeContext>;

export function composeContext(file: ManifestFile, root: YamlMap, fileExists?: FileExists): ComposeContext {
  const services = asMap(get(root, 'services'))?.pairs ?? [];
  return { file, root, services, ...(fileExists ? { fileExists } : {}) };
}

export function serviceMap(p: YamlPair): YamlMap | undefined {
  return asMap(p.value);
}

export function hasKey(map: YamlMap | undefined, key: string): boolean {
  return !!pair(map, key);
}
