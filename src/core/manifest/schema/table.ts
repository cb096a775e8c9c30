import raw from './k8s-schema.json';
import type { ObjectType, SchemaTable } from './types';

/** The generated table (see `src/build/k8sSchema.ts`), bundled with the extension. */
export const K8S_SCHEMA = raw as unknown as SchemaTable;

const knownSet = new Set(K8S_SCHEMA.known);

/** Every validated kind name, for "did you mean" and "which apiVersion" answers. */
const versionsByKind = new Map<string, string[]>();
for (const gvk of Object.keys(K8S_SCHEMA.kinds)) {
  const [gv, kind] = gvk.split(' ') as [string, string];
  versionsByKind.set(kind, [...(versionsByKind.get(kind) ?? []), gv]);
}
const stableGroupVersions = new Set(Object.keys(K8S_SCHEMA.kinds).map((k) => k.split(' ')[0]!));

export function kindType(apiVersion: string, kind: string): string | undefined {
  return K8S_SCHEMA.kinds[`${apiVersion} ${kind}`];
}

export function objectType(id: string): ObjectType | undefined {
  return K8S_SCHEMA.types[id];
}

export function isKnownUnvalidated(apiVersion: string, kind: string): boolean {
  return knownSet.has(`${apiVersion} ${kind}`);
}

/** The stable apiVersions that serve `kind` (`Deployment` → `["apps/v1"]`). */
export function versionsOfKind(kind: string): readonly string[] {
  return versionsByKind.get(kind) ?? [];
}

export function isStableGroupVersion(apiVersion: string): boolean {
  return stableGroupVersions.has(apiVersion);
}

export function kindsOfGroupVersion(apiVersion: string): string[] {
  return Object.keys(K8S_SCHEMA.kinds)
    .filter((k) => k.startsWith(`${apiVersion} `))
    .map((k) => k.slice(apiVersion.length + 1));
}

/** `v1/ContainerPort` → `ContainerPort`, the Go struct name kubectl prints. */
export function typeName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** Human form of a type code: `[]v1/Container` → `[]Container`, `=A|B` → `string`. */
export function describeType(code: string): string {
  if (code.startsWith('[]')) return `[]${describeType(code.slice(2))}`;
  if (code.startsWith('{}')) return `map[string]${describeType(code.slice(2))}`;
  if (code.startsWith('=')) return 'string';
  switch (code) {
    case 's':
      return 'string';
    case 'i':
      return 'integer';
    case 'b':
      return 'boolean';
    case 'q':
      return 'Quantity';
    case 'io':
      return 'IntOrString';
    case 't':
      return 'Time';
    case 'a':
      return 'Object';
    default:
      return typeName(code);
  }
}

const nestedCache = new Map<string, Map<string, string>>();

/**
 * Where `name` is a field below `typeId` (breadth first, at most 3 levels down):
 * `containers` under DeploymentSpec → `template.spec.containers`. For "wrong level" hints.
 * One breadth-first walk per type, then a map lookup per unknown field.
 */
export function nestedFieldPath(typeId: string, name: string, maxDepth = 3): string | undefined {
  let paths = nestedCache.get(typeId);
  if (!paths) {
    paths = new Map();
    let frontier: Array<[string, string]> = [[typeId, '']];
    const seen = new Set<string>([typeId]);
    for (let depth = 0; depth < maxDepth && frontier.length; depth++) {
      const next: Array<[string, string]> = [];
      for (const [id, prefix] of frontier) {
        for (const [field, [code]] of Object.entries(objectType(id)?.f ?? {})) {
          if (field === 'status') continue;
          const inner = code.replace(/^(\[\]|\{\})+/, '');
          const type = objectType(inner);
          if (!type || seen.has(inner)) continue;
          seen.add(inner);
          const path = prefix ? `${prefix}.${field}` : field;
          for (const f of Object.keys(type.f)) if (!paths.has(f)) paths.set(f, `${path}.${f}`);
          next.push([inner, path]);
        }
      }
      frontier = next;
    }
    nestedCache.set(typeId, paths);
  }
  return paths.get(name);
}
