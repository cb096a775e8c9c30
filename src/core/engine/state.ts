/**
 * Save/restore of the whole simulated daemon as JSON (workspace state in the extension,
 * `--state FILE` in `kube-tutor sim`). Functions (app behaviours, listeners) are not
 * saved; they are re-derived from images on restore, deterministically.
 */
import { VirtualClock } from '../sim/clock';
import { Network } from '../sim/network';
import { SeededRandom } from '../sim/random';
import type { Container } from './container';
import { DockerEngine } from './engine';
import type { RegistryImage } from './hub';
import type { Image, Layer } from './model';

export interface EngineState {
  readonly version: 1;
  readonly now: number;
  readonly random: number;
  readonly layers: Layer[];
  readonly images: Image[];
  readonly tags: [string, string][];
  readonly containers: Container[];
  readonly logins: [string, string][];
  readonly registry: { repo: string; tag: string; image: Image; layers: string[]; digest: string }[];
}

export function saveEngine(engine: DockerEngine): EngineState {
  const registryLayers = new Map<string, Layer>();
  const registry: EngineState['registry'] = [];
  for (const [repo, tags] of engine.registry.pushed) {
    for (const [tag, entry] of tags) {
      for (const l of entry.layers) registryLayers.set(l.id, l);
      registry.push({ repo, tag, image: entry.image, layers: entry.layers.map((l) => l.id), digest: entry.digest });
    }
  }
  const layers = new Map(engine.store.layers);
  for (const [id, l] of registryLayers) layers.set(id, l);
  return JSON.parse(
    JSON.stringify({
      version: 1,
      now: engine.clock.now(),
      random: engine.random.save(),
      layers: [...layers.values()],
      images: [...engine.store.images.values()],
      tags: [...engine.store.tags],
      containers: [...engine.containers.values()],
      logins: [...engine.logins],
      registry,
    }),
  ) as EngineState;
}

export class StateError extends Error {}

export function restoreEngine(state: unknown, options: { network?: Network } = {}): DockerEngine {
  const s = state as Partial<EngineState> | null;
  if (!s || typeof s !== 'object' || s.version !== 1 || !Array.isArray(s.images) || !Array.isArray(s.containers)) {
    throw new StateError('not a Kube Tutor engine state (expected {"version":1,…})');
  }
  const random = new SeededRandom();
  random.restore(Number(s.random) || 0);
  const engine = new DockerEngine({ clock: new VirtualClock(Number(s.now)), random, network: options.network ?? new Network() });
  const layers = new Map((s.layers ?? []).map((l) => [l.id, l]));
  for (const image of s.images) engine.store.add(image, image.layers.map((id) => layers.get(id)).filter((l): l is Layer => !!l));
  for (const [k, v] of s.tags ?? []) engine.store.tags.set(k, v);
  for (const [k, v] of s.logins ?? []) engine.logins.set(k, v);
  for (const r of s.registry ?? []) {
    const entryLayers = r.layers.map((id) => layers.get(id)).filter((l): l is Layer => !!l);
    const [domain, ...path] = r.repo.split('/');
    const stored: RegistryImage = engine.registry.store(domain!, path.join('/'), r.tag, r.image, entryLayers);
    void stored;
  }
  for (const c of s.containers) engine.containers.set(c.id, c);
  engine.revive();
  return engine;
}
