import type { RelatedLocation } from '../diagnostic';
import type { ManifestFile, ManifestObject } from './context';
import { labelRecord, podSite, type PodSite } from './workload';

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

/** `path:line` of a node, one-based, for messages that point at another file. */
export function where(file: ManifestFile, offset: number): string {
  return `${file.path || '<file>'}:${file.lines.position(offset).line + 1}`;
}

/** A related location for a cross-resource finding: a node of another (or the same) file. */
export function relatedAt(file: ManifestFile, node: { start: number; end: number }, message: string): RelatedLocation {
  return { path: file.path, range: file.lines.range(node.start, node.end), message };
}
