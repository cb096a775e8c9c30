import type { RelatedLocation } from '../diagnostic';
import type { ManifestFile, ManifestObject } from './context';
import { labelRecord, podSite, selectorMatches, type PodSite } from './workload';

/** Every object of a folder with its file, for cross-resource rules. */
export interface Located {
  readonly file: ManifestFile;
  readonly object: ManifestObject;
}

export function allObjects(files: readonly ManifestFile[]): Located[] {
  return files.flatMap((file) => file.objects.map((object) => ({ file, object })));
}

/** `kubectl apply` puts objects without a namespace in the context's, usually `default`. */
export function namespaceOf(object: ManifestObject): string {
  return object.namespace ?? 'default';
}

export interface LocatedPod extends Located {
  readonly site: PodSite;
  /** The labels its pods get, computed once. */
  readonly labels: Record<string, string>;
  readonly namespace: string;
}

export function podSites(files: readonly ManifestFile[]): LocatedPod[] {
  const out: LocatedPod[] = [];
  for (const l of allObjects(files)) {
    const site = podSite(l.object);
    if (site) out.push({ ...l, site, labels: labelRecord(site.labels), namespace: namespaceOf(l.object) });
  }
  return out;
}

/**
 * The pods of a folder by namespace and `key=value` label: a Service's selector is checked
 * against the pods that carry its rarest label instead of against every pod of the folder.
 */
export class PodIndex {
  private readonly byLabel = new Map<string, LocatedPod[]>();
  private readonly byNamespace = new Map<string, LocatedPod[]>();

  constructor(readonly pods: readonly LocatedPod[]) {
    for (const p of pods) {
      PodIndex.add(this.byNamespace, p.namespace, p);
      for (const [k, v] of Object.entries(p.labels)) PodIndex.add(this.byLabel, `${p.namespace}\n${k}\n${v}`, p);
    }
  }

  private static add(map: Map<string, LocatedPod[]>, key: string, pod: LocatedPod): void {
    const list = map.get(key);
    if (list) list.push(pod);
    else map.set(key, [pod]);
  }

  /** Pods of `namespace` whose labels include all of `selector`, in folder order (as `pods.filter` would give). */
  selected(namespace: string, selector: Record<string, string>): LocatedPod[] {
    let candidates = this.byNamespace.get(namespace) ?? [];
    for (const [k, v] of Object.entries(selector)) {
      const list = this.byLabel.get(`${namespace}\n${k}\n${v}`) ?? [];
      if (list.length < candidates.length) candidates = list;
      if (candidates.length === 0) return [];
    }
    return candidates.filter((p) => selectorMatches(selector, [], p.labels));
  }
}

/** `path:line` of a node, one-based, for messages that point at another file. */
export function where(file: ManifestFile, offset: number): string {
  return `${file.path || '<file>'}:${file.lines.position(offset).line + 1}`;
}

/** A related location for a cross-resource finding: a node of another (or the same) file. */
export function relatedAt(file: ManifestFile, node: { start: number; end: number }, message: string): RelatedLocation {
  return { path: file.path, range: file.lines.range(node.start, node.end), message };
}
