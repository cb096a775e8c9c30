/**
 * `docker pull`: copies an image from the registry into the local store, printing the
 * progress lines Docker prints without a TTY (one status per layer, then Digest/Status).
 */
import { shortId } from './format';
import type { Output } from './errors';
import { DaemonError } from './errors';
import type { Image } from './model';
import { familiarName, familiarTagged, parseReference } from './reference';
import type { Registry } from './registry';
import type { ImageStore } from './store';

export function pullImage(store: ImageStore, registry: Registry, reference: string, out: Output, options: { loggedIn?: string; quiet?: boolean } = {}): Image {
  const ref = parseReference(reference);
  const tag = ref.tag ?? 'latest';
  const found = registry.lookup(ref.domain, ref.path, tag);
  const name = familiarName(ref);
  if (!found) {
    if (!registry.repositoryExists(ref.domain, ref.path)) {
      throw new DaemonError(`pull access denied for ${name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
    }
    throw new DaemonError(`manifest for ${name}:${tag} not found: manifest unknown: manifest unknown`);
  }
  const p = (line: string): void => {
    if (!options.quiet) out.out(`${line}\n`);
  };
  const key = familiarTagged(ref);
  const already = store.tags.get(key);
  const remotePath = ref.domain === 'docker.io' ? ref.path : `${ref.domain}/${ref.path}`;
  if (already === found.image.id) {
    p(`${tag}: Pulling from ${remotePath}`);
    p(`Digest: ${found.digest}`);
    p(`Status: Image is up to date for ${key}`);
    return store.images.get(already)!;
  }
  p(`${tag}: Pulling from ${remotePath}`);
  const fresh = found.layers.filter((l) => !store.layers.has(l.id));
  for (const l of found.layers) if (store.layers.has(l.id)) p(`${shortId(l.id)}: Already exists`);
  for (const l of fresh) p(`${shortId(l.id)}: Pulling fs layer`);
  for (const l of fresh) {
    if (l.size > 0) p(`${shortId(l.id)}: Verifying Checksum`);
    p(`${shortId(l.id)}: Download complete`);
  }
  for (const l of fresh) p(`${shortId(l.id)}: Pull complete`);
  p(`Digest: ${found.digest}`);
  const image: Image = { ...found.image, repoDigests: [`${name}@${found.digest}`] };
  store.add(image, found.layers);
  const existing = store.images.get(image.id);
  if (existing && !existing.repoDigests.includes(`${name}@${found.digest}`)) existing.repoDigests.push(`${name}@${found.digest}`);
  store.tag(image.id, key);
  p(`Status: Downloaded newer image for ${key}`);
  return store.images.get(image.id)!;
}
