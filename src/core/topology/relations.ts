/**
 * Relations between objects, declared once and shared by the views (Headlamp's
 * sources/definitions/relations.tsx): ownership by ownerReferences, service → pod by endpoints
 * (falling back to the selector for pods not yet ready), image references.
 */
import { namespaceOf, selectorMatches, type ClusterView, type ControllerView, type ImageView, type PodView, type RepositoryView, type ServiceView } from './clusterView';

interface ViewIndex {
  readonly controllers: Map<string, ControllerView>;
  readonly podsByNs: Map<string, PodView[]>;
  readonly podsByName: Map<string, PodView>;
  readonly podsByIp: Map<string, PodView>;
}

const indexes = new WeakMap<ClusterView, ViewIndex>();

/** Lookups by key, built once per ClusterView (views are immutable snapshots). */
function indexOf(view: ClusterView): ViewIndex {
  let index = indexes.get(view);
  if (index) return index;
  const controllers = new Map<string, ControllerView>();
  for (const c of view.controllers) {
    const key = `${c.kind}/${namespaceOf(c.metadata)}/${c.metadata.name}`;
    if (!controllers.has(key)) controllers.set(key, c);
  }
  const podsByNs = new Map<string, PodView[]>();
  const podsByName = new Map<string, PodView>();
  const podsByIp = new Map<string, PodView>();
  for (const p of view.pods) {
    const ns = namespaceOf(p.metadata);
    const list = podsByNs.get(ns) ?? [];
    list.push(p);
    podsByNs.set(ns, list);
    if (!podsByName.has(`${ns}/${p.metadata.name}`)) podsByName.set(`${ns}/${p.metadata.name}`, p);
    if (p.podIP && !podsByIp.has(`${ns}/${p.podIP}`)) podsByIp.set(`${ns}/${p.podIP}`, p);
  }
  index = { controllers, podsByNs, podsByName, podsByIp };
  indexes.set(view, index);
  return index;
}

/** The controller that owns `obj` (controller=true owner first), if it is in the view. */
export function ownerOf(view: ClusterView, obj: { metadata: PodView['metadata'] }): ControllerView | undefined {
  const ns = namespaceOf(obj.metadata);
  const refs = [...(obj.metadata.ownerReferences ?? [])].sort((a, b) => Number(!!b.controller) - Number(!!a.controller));
  const { controllers } = indexOf(view);
  for (const ref of refs) {
    const owner = controllers.get(`${ref.kind}/${ns}/${ref.name}`);
    if (owner) return owner;
  }
  return undefined;
}

export interface ServiceTarget {
  readonly pod: PodView;
  readonly ready: boolean;
}

/** Pods behind a service: its endpoints (ready or not), plus selected pods with no endpoint yet. */
export function serviceTargets(view: ClusterView, service: ServiceView): ServiceTarget[] {
  const ns = namespaceOf(service.metadata);
  const index = indexOf(view);
  const out = new Map<string, ServiceTarget>();
  for (const ep of service.endpoints) {
    const pod = ep.podName ? index.podsByName.get(`${ns}/${ep.podName}`) : index.podsByIp.get(`${ns}/${ep.ip}`);
    if (pod && !out.has(pod.metadata.name)) out.set(pod.metadata.name, { pod, ready: ep.ready });
  }
  for (const pod of index.podsByNs.get(ns) ?? []) {
    if (!out.has(pod.metadata.name) && selectorMatches(service.selector, pod.metadata.labels)) {
      out.set(pod.metadata.name, { pod, ready: false });
    }
  }
  return [...out.values()];
}

export interface ImageRef {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
}

/**
 * Splits an image reference like Docker's reference.ParseNormalizedNamed does:
 * `kubia` → docker.io/library/kubia:latest, `user/kubia` → docker.io/user/kubia:latest,
 * `localhost:5000/x:1` → localhost:5000/x:1. Digests are kept in the tag part.
 */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let registry = 'docker.io';
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag = 'latest';
  const at = rest.indexOf('@');
  if (at >= 0) {
    tag = rest.slice(at + 1);
    rest = rest.slice(0, at);
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.slice(colon + 1);
      rest = rest.slice(0, colon);
    }
  }
  const repository = registry === 'docker.io' && !rest.includes('/') ? `library/${rest}` : rest;
  return { registry, repository, tag };
}

function sameRef(a: ImageRef, b: ImageRef): boolean {
  return a.registry === b.registry && a.repository === b.repository && a.tag === b.tag;
}

/** The local image a reference names (by repo tag or image id). */
export function findImage(view: ClusterView, ref: string): ImageView | undefined {
  const wanted = parseImageRef(ref);
  return view.images.find((img) => img.id === ref || img.repoTags.some((t) => sameRef(parseImageRef(t), wanted)));
}

/** The registry repository a reference names, if it was pushed. */
export function findRepository(view: ClusterView, ref: string): RepositoryView | undefined {
  const wanted = parseImageRef(ref);
  return view.repositories.find(
    (r) => r.registry === wanted.registry && parseImageRef(`${r.registry}/${r.name}`).repository === wanted.repository && r.tags.some((t) => t.tag === wanted.tag),
  );
}
