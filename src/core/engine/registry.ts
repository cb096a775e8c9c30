/**
 * The simulated registry ("Docker Hub" plus anything learners push). Serves the bundled
 * catalogue and pushed repositories, and is the `ImageSource` kubelets pull from: an
 * image nobody pushed resolves to `undefined` (ErrImagePull in the cluster).
 */
import type { ImageInfo, ImageSource } from '../sim/images';
import { inferBehaviour } from './behaviour';
import { digestOf } from './digest';
import { MergedFs } from './fs';
import { hubHasRepository, hubImage, type RegistryImage } from './hub';
import { toImageConfig, type Image, type Layer } from './model';
import { fullTagged, parseReference } from './reference';

export interface PushedRepo {
  readonly tags: Record<string, RegistryImage>;
}

export class Registry implements ImageSource {
  /** `docker.io/mucha0619/kubia` → tags. */
  readonly pushed = new Map<string, Map<string, RegistryImage>>();
  /** Layer ids stored per repository (for "Layer already exists"). */
  readonly blobs = new Map<string, Set<string>>();

  /**
   * Reference → the last `resolve` answer, its image id and instant. Inferring what an image runs
   * merges its layers (~0.3 ms); every kubelet pull asks.
   */
  private readonly resolved = new Map<string, { id: string; at: number; info: ImageInfo }>();

  constructor(private readonly now: () => number = () => 0) {}

  /** Pushed content wins over the catalogue (a learner may push `luksa/kubia` to a local registry). */
  lookup(domain: string, path: string, tag: string): RegistryImage | undefined {
    const pushed = this.pushed.get(`${domain}/${path}`)?.get(tag);
    if (pushed) return pushed;
    return domain === 'docker.io' ? hubImage(path, tag) : undefined;
  }

  repositoryExists(domain: string, path: string): boolean {
    return this.pushed.has(`${domain}/${path}`) || (domain === 'docker.io' && hubHasRepository(path));
  }

  hasBlob(domain: string, path: string, layerId: string): boolean {
    return this.blobs.get(`${domain}/${path}`)?.has(layerId) ?? false;
  }

  /** Repository (other than `exclude`) that already has this layer: "Mounted from library/node". */
  mountSource(domain: string, layerId: string, exclude: string): string | undefined {
    for (const [repo, blobs] of this.blobs) if (repo !== `${domain}/${exclude}` && repo.startsWith(`${domain}/`) && blobs.has(layerId)) return repo.slice(domain.length + 1);
    return undefined;
  }

  store(domain: string, path: string, tag: string, image: Image, layers: readonly Layer[]): RegistryImage {
    const key = `${domain}/${path}`;
    const entry: RegistryImage = { image, layers, digest: digestOf({ manifest: image.id, repo: key }) };
    if (!this.pushed.has(key)) this.pushed.set(key, new Map());
    this.pushed.get(key)!.set(tag, entry);
    if (!this.blobs.has(key)) this.blobs.set(key, new Set());
    for (const l of layers) this.blobs.get(key)!.add(l.id);
    return entry;
  }

  resolve(reference: string): ImageInfo | undefined {
    let ref;
    try {
      ref = parseReference(reference);
    } catch {
      return undefined;
    }
    const found = this.lookup(ref.domain, ref.path, ref.tag ?? 'latest');
    if (!found) return undefined;
    const { image, layers } = found;
    const now = this.now();
    const tagged = fullTagged(ref);
    // The same image at the same instant reads the same: a scale-up's pods, pulling together, share one answer.
    const hit = this.resolved.get(tagged);
    if (hit && hit.id === image.id && hit.at === now) return hit.info;
    const fs = new MergedFs(layers.map((l) => l.changes));
    const config = image.config;
    const inference = inferBehaviour(fs, {
      argv: [...(config.entrypoint ?? []), ...(config.cmd ?? [])],
      env: config.env ?? [],
      workdir: config.workdir ?? '/',
      tty: false,
      interactive: false,
      now,
    });
    const info: ImageInfo = {
      reference: tagged,
      id: image.id,
      sizeBytes: layers.reduce((n, l) => n + l.size, 0),
      config: toImageConfig(config),
      behaviour: inference.ok ? inference.behaviour : { kind: 'exit', output: [inference.error], exitCode: inference.exitCode },
    };
    this.resolved.set(tagged, { id: image.id, at: now, info });
    return info;
  }
}
