/**
 * Materialises the catalogue as registry content: layers with a filesystem, an image
 * config and a manifest digest. Deterministic (ids are hashes of the catalogue entry).
 */
import { CATALOGUE, type CatalogueImage } from './catalogue';
import { digestOf } from './digest';
import type { FsChanges } from './fs';
import { cloneConfig, type Image, type Layer } from './model';
import { osFilesystem } from './osfs';

export interface RegistryImage {
  readonly image: Image;
  readonly layers: readonly Layer[];
  /** Manifest digest, `sha256:…` (what `Digest:` lines and RepoDigests show). */
  readonly digest: string;
}

const cache = new Map<string, RegistryImage | undefined>();

function find(path: string, tag: string): CatalogueImage | undefined {
  return CATALOGUE.find((c) => c.repository === path && c.tags.includes(tag));
}

export function hubImage(path: string, tag: string): RegistryImage | undefined {
  const key = `${path}:${tag}`;
  if (cache.has(key)) return cache.get(key);
  const entry = find(path, tag);
  const result = entry ? materialise(entry) : undefined;
  cache.set(key, result);
  return result;
}

function materialise(entry: CatalogueImage): RegistryImage {
  const baseRef = entry.base?.split(':');
  const base = baseRef ? hubImage(baseRef[0]!, baseRef[1]!) : undefined;
  const created = Date.parse(entry.created);
  const layers: Layer[] = base ? [...base.layers] : [];
  entry.layerSizes.forEach((size, i) => {
    let changes: FsChanges = {};
    if (i === 0 && !base) changes = osFilesystem(entry.os, entry.release);
    if (i === entry.layerSizes.length - 1) changes = { ...changes, ...(entry.files ?? {}) };
    layers.push({ id: digestOf({ hub: entry.repository, tag: entry.tags[0], layer: i }), size, changes });
  });
  const history = layers.map((_, i) => ({ created, createdBy: i === 0 ? `/bin/sh -c #(nop) ADD file in / ` : '/bin/sh -c #(nop) ', emptyLayer: false }));
  const id = digestOf({ config: entry.config, layers: layers.map((l) => l.id) });
  const image: Image = {
    id,
    created,
    layers: layers.map((l) => l.id),
    history,
    config: cloneConfig(entry.config),
    repoDigests: [],
  };
  return { image, layers, digest: digestOf({ manifest: id }) };
}

/** Whether the catalogue has this repository at all (for "repository does not exist"). */
export function hubHasRepository(path: string): boolean {
  return CATALOGUE.some((c) => c.repository === path);
}

/** Official repository that holds this layer (`library/node`): pushes mount it instead of uploading. */
export function hubLayerRepository(layerId: string): string | undefined {
  for (const [key, value] of cache) if (value?.layers.some((l) => l.id === layerId)) return key.slice(0, key.lastIndexOf(':'));
  return undefined;
}
