/**
 * `-o yaml|json|name` (kubectl's printers): YAML keys sorted (sigs.k8s.io/yaml goes through a
 * map), JSON in the Go struct order for the top level (kind, apiVersion, metadata, spec,
 * status), four-space indent. Lists are wrapped in a `v1 List`.
 */
import { dump } from 'js-yaml';
import { resourceForKind } from '../../cluster/kinds';
import type { Json, KObject } from '../../cluster/types';

const META_ORDER = ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers'];

function clean(value: Json): Json {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = clean(v);
    return out;
  }
  return value;
}

export function ordered(o: Json): Json {
  const out: Json = { kind: o.kind, apiVersion: o.apiVersion };
  if (o.metadata) {
    const meta: Json = {};
    for (const k of META_ORDER) if (o.metadata[k] !== undefined) meta[k] = o.metadata[k];
    for (const [k, v] of Object.entries(o.metadata)) if (!(k in meta) && v !== undefined) meta[k] = v;
    out.metadata = meta;
  }
  for (const [k, v] of Object.entries(o)) if (!(k in out) && k !== 'status') out[k] = v;
  if (o.status !== undefined) out.status = o.status;
  return clean(out);
}

export function toYaml(o: Json): string {
  return dump(clean(o), { sortKeys: true, lineWidth: -1, noRefs: true, noArrayIndent: true, quotingType: '"' });
}

export function toJson(o: Json): string {
  return JSON.stringify(Array.isArray(o.items) ? { ...o, items: o.items.map(ordered) } : ordered(o), null, 4) + '\n';
}

export function asList(items: KObject[]): Json {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/** `pod/kubia`, `deployment.apps/kubia` (the resource.group form kubectl prints). */
export function qualifiedName(kind: string, name: string): string {
  const info = resourceForKind(kind);
  const group = info && info.apiVersion.includes('/') ? `.${info.apiVersion.split('/')[0]}` : '';
  return `${kind.toLowerCase()}${group}/${name}`;
}

export function qualifiedKind(kind: string): string {
  const info = resourceForKind(kind);
  const group = info && info.apiVersion.includes('/') ? `.${info.apiVersion.split('/')[0]}` : '';
  return `${kind.toLowerCase()}${group}`;
}
