/**
 * Image commands of the daemon: tag, rmi (moby `daemon/images/image_delete.go` conflict
 * rules and wording), commit, push (distribution push: "Mounted from", "Pushed",
 * "Layer already exists") and login/logout (simulated; no secret is kept).
 */
import type { Container } from './container';
import { digestOf } from './digest';
import type { DockerEngine } from './engine';
import { ClientError, DaemonError, type Output } from './errors';
import { shortId } from './format';
import { changesSize } from './fs';
import { hubLayerRepository } from './hub';
import { cloneConfig, type Image, type Layer } from './model';
import { familiarName, familiarTagged, parseReference } from './reference';

export function tagImage(engine: DockerEngine, source: string, target: string): void {
  const image = engine.requireImage(source);
  try {
    parseReference(target);
  } catch (error) {
    throw new ClientError(`Error parsing reference: "${target}" is not a valid repository/tag: ${(error as Error).message}`);
  }
  engine.store.tag(image.id, target);
  engine.changed();
}

function isIdPrefix(image: Image, ref: string): boolean {
  const hex = ref.replace(/^sha256:/, '');
  return /^[0-9a-f]+$/.test(hex) && image.id.slice(7).startsWith(hex);
}

/** `docker rmi`: returns the "Untagged:"/"Deleted:" lines. */
export function removeImage(engine: DockerEngine, ref: string, force: boolean): string[] {
  const image = engine.findImage(ref);
  if (!image) throw new DaemonError(`No such image: ${safeTagged(ref)}`);
  const store = engine.store;
  const tags = store.tagsOf(image.id);
  const users = engine.containersUsing(image.id);
  const lines: string[] = [];
  if (!isIdPrefix(image, ref)) {
    const key = familiarTagged(parseReference(ref));
    if (!force && tags.length === 1) {
      const user = users[0];
      if (user) throw new DaemonError(`conflict: unable to remove repository reference "${ref}" (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(image.id)}`, 1);
    }
    store.tags.delete(key);
    lines.push(`Untagged: ${key}`);
    if (tags.length > 1) return lines;
    for (const d of image.repoDigests.filter((d) => d.startsWith(`${key.slice(0, key.lastIndexOf(':'))}@`))) lines.push(`Untagged: ${d}`);
    if (users.length) return lines;
  } else {
    if (tags.length > 1 && !force) throw new DaemonError(`conflict: unable to delete ${shortId(image.id)} (must be forced) - image is referenced in multiple repositories`);
    const running = users.find((c) => c.state === 'running');
    if (running) throw new DaemonError(`conflict: unable to delete ${shortId(image.id)} (cannot be forced) - image is being used by running container ${shortId(running.id)}`);
    if (users.length && !force) throw new DaemonError(`conflict: unable to delete ${shortId(image.id)} (must be forced) - image is being used by stopped container ${shortId(users[0]!.id)}`);
    for (const t of tags) {
      store.tags.delete(t);
      lines.push(`Untagged: ${t}`);
    }
    for (const d of image.repoDigests) lines.push(`Untagged: ${d}`);
  }
  if (store.children(image.id).some((c) => !c.intermediate || store.tagsOf(c.id).length)) {
    if (isIdPrefix(image, ref)) throw new DaemonError(`conflict: unable to delete ${shortId(image.id)} (cannot be forced) - image has dependent child images`);
    return lines;
  }
  // Delete the image, then its untagged build-step parents nobody else needs (legacy builder chains).
  let current: Image | undefined = image;
  while (current) {
    store.delete(current.id);
    lines.push(`Deleted: ${current.id}`);
    const parent: Image | undefined = current.parent ? store.images.get(current.parent) : undefined;
    if (!parent || !parent.intermediate || store.tagsOf(parent.id).length || store.children(parent.id).length || engine.containersUsing(parent.id).length) break;
    current = parent;
  }
  engine.changed();
  return lines;
}

function safeTagged(ref: string): string {
  try {
    return familiarTagged(parseReference(ref));
  } catch {
    return ref;
  }
}

export interface CommitOptions {
  readonly author?: string;
  readonly message?: string;
  readonly changes?: readonly string[];
}

/** `docker commit`: the container's writable layer becomes a new image layer. */
export function commitContainer(engine: DockerEngine, container: Container, repository: string | undefined, options: CommitOptions = {}): Image {
  if (repository !== undefined) {
    try {
      parseReference(repository);
    } catch (error) {
      throw new ClientError(`invalid reference format: ${(error as Error).message}`);
    }
  }
  const base = engine.store.images.get(container.imageId);
  const layer: Layer = { id: digestOf({ commit: container.id, at: engine.clock.now(), rw: container.rw }), size: changesSize(container.rw), changes: { ...container.rw } };
  const config = cloneConfig(base?.config ?? {});
  config.env = [...container.env];
  config.cmd = [...container.args];
  if (base?.config.entrypoint) config.entrypoint = [container.path, ...container.args].slice(0, base.config.entrypoint.length);
  else config.cmd = [container.path, ...container.args];
  config.exposedPorts = [...container.exposedPorts];
  if (container.workdir !== '/') config.workdir = container.workdir;
  const image: Image = {
    id: digestOf({ parent: container.imageId, layer: layer.id }),
    ...(base ? { parent: base.id } : {}),
    created: engine.clock.now(),
    layers: [...(base?.layers ?? []), layer.id],
    history: [...(base?.history ?? []), { created: engine.clock.now(), createdBy: [container.path, ...container.args].join(' '), emptyLayer: false }],
    config,
    repoDigests: [],
    ...(options.message ? { comment: options.message } : {}),
  };
  engine.store.add(image, [layer]);
  if (repository) engine.store.tag(image.id, repository);
  engine.changed();
  return image;
}

/** `docker push`. Docker Hub needs `docker login` as the repository's namespace. */
export function pushImage(engine: DockerEngine, reference: string, out: Output, allTags = false): void {
  let ref;
  try {
    ref = parseReference(reference);
  } catch (error) {
    throw new ClientError(`invalid reference format: ${(error as Error).message}`);
  }
  const name = familiarName(ref);
  const tags = ref.tag ? [ref.tag] : allTags ? [...engine.store.tags.keys()].filter((k) => k.startsWith(`${name}:`)).map((k) => k.slice(name.length + 1)) : ['latest'];
  if (!ref.tag && !allTags) out.out('Using default tag: latest\n');
  const image = engine.store.images.get(engine.store.tags.get(`${name}:${tags[0]}`) ?? '');
  if (!image || !tags.length) throw new ClientError(`An image does not exist locally with the tag: ${name}`);
  out.out(`The push refers to repository [${ref.domain}/${ref.path}]\n`);
  const layers = engine.store.layersOf(image).reverse();
  for (const l of layers) out.out(`${shortId(l.id)}: Preparing\n`);
  if (ref.domain === 'docker.io') {
    const user = engine.logins.get('docker.io');
    const namespace = ref.path.split('/')[0];
    if (!user || user !== namespace) throw new PushDenied('denied: requested access to the resource is denied');
  }
  for (const tag of tags) {
    const tagged = engine.store.images.get(engine.store.tags.get(`${name}:${tag}`) ?? '');
    if (!tagged) continue;
    const tagLayers = engine.store.layersOf(tagged);
    for (const l of [...tagLayers].reverse()) {
      if (engine.registry.hasBlob(ref.domain, ref.path, l.id)) out.out(`${shortId(l.id)}: Layer already exists\n`);
      else {
        const mounted = engine.registry.mountSource(ref.domain, l.id, ref.path) ?? hubSource(l.id);
        out.out(mounted ? `${shortId(l.id)}: Mounted from ${mounted}\n` : `${shortId(l.id)}: Pushed\n`);
      }
    }
    const stored = engine.registry.store(ref.domain, ref.path, tag, tagged, tagLayers);
    const digestRef = `${name}@${stored.digest}`;
    if (!tagged.repoDigests.includes(digestRef)) tagged.repoDigests.push(digestRef);
    out.out(`${tag}: digest: ${stored.digest} size: ${528 + 212 * tagLayers.length}\n`);
  }
  engine.changed();
}

/** Base image layers came from Docker Hub's official repositories: they are mounted, not uploaded. */
function hubSource(layerId: string): string | undefined {
  return hubLayerRepository(layerId);
}

export class PushDenied extends Error {}

export function login(engine: DockerEngine, server: string | undefined, user: string): string {
  const domain = !server || /(^|\.)docker\.io$/.test(server.replace(/^https?:\/\//, '').split('/')[0]!) ? 'docker.io' : server.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  engine.logins.set(domain, user);
  engine.changed();
  return 'Login Succeeded';
}

export function logout(engine: DockerEngine, server: string | undefined): string {
  const domain = server ? server.replace(/^https?:\/\//, '').replace(/\/.*$/, '') : 'docker.io';
  const display = domain === 'docker.io' ? 'https://index.docker.io/v1/' : domain;
  if (!engine.logins.has(domain)) return `Not logged in to ${display}`;
  engine.logins.delete(domain);
  engine.changed();
  return `Removing login credentials for ${display}`;
}
