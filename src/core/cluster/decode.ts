import { kindType, objectType, typeName } from '../manifest/schema/table';
import type { Json } from './types';

/**
 * The API server's decoder (encoding/json semantics, sigs.k8s.io/json): a value of the wrong JSON
 * type never becomes an object, so the answer is a BadRequest naming the Go field, before any
 * defaulting or validation — `json: cannot unmarshal number into Go struct field
 * ObjectMeta.metadata.labels of type string`. The first mismatch in document order wins, as Go
 * keeps the first UnmarshalTypeError. Fields with their own decoders (Quantity, IntOrString,
 * Time, free-form JSON) and enum strings are left to validation.
 */
export function decodeError(o: Json): string | undefined {
  if (!o || typeof o !== 'object' || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string') return undefined;
  // Made by a controller from its template, which was decoded with its owner (and this walk costs
  // ~10 µs a pod, too much for thousands of replicas).
  const refs = o.metadata?.ownerReferences;
  if (Array.isArray(refs) && refs.some((r) => r?.controller === true)) return undefined;
  const id = kindType(o.apiVersion, o.kind);
  if (!id) return undefined;
  const found = checkObject(o, id, '');
  if (!found) return undefined;
  const version = o.apiVersion.split('/').pop();
  return `${o.kind} in version "${version}" cannot be handled as a ${o.kind}: json: cannot unmarshal ${found.got} into Go struct field ${found.field} of type ${found.type}`;
}

interface TypeMismatch {
  readonly got: string;
  /** `Struct.json.path` (no list indices or map keys, as Go prints it). */
  readonly field: string;
  readonly type: string;
}

/** Integer fields that are int64 in the Go types (the rest are int32). */
const INT64 = new Set([
  'ObjectMeta.generation',
  'ObjectMeta.deletionGracePeriodSeconds',
  'PodSpec.activeDeadlineSeconds',
  'PodSpec.terminationGracePeriodSeconds',
  'Probe.terminationGracePeriodSeconds',
  'SecurityContext.runAsUser',
  'SecurityContext.runAsGroup',
  'PodSecurityContext.runAsUser',
  'PodSecurityContext.runAsGroup',
  'PodSecurityContext.fsGroup',
  'PodSecurityContext.supplementalGroups',
  'JobSpec.activeDeadlineSeconds',
  'CronJobSpec.startingDeadlineSeconds',
  'ServiceAccountTokenProjection.expirationSeconds',
]);

/** Go's name of a JSON value that does not fit: `string`, `bool`, `number` (`number 3.5` into an integer), `object`, `array`. */
function jsonKind(v: unknown, intoInteger: boolean): string {
  if (typeof v === 'number') return intoInteger ? `number ${v}` : 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'string' ? 'string' : 'object';
}

/** Go's type name of a schema type code (`v1.Container`, `[]string`, `map[string]string`), or undefined when it has its own decoder. */
function goType(code: string, owner: string, field: string): string | undefined {
  if (code.startsWith('[]')) {
    const inner = goType(code.slice(2), owner, field);
    return inner && `[]${inner}`;
  }
  if (code.startsWith('{}')) {
    const inner = goType(code.slice(2), owner, field);
    return inner && `map[string]${inner}`;
  }
  switch (code) {
    case 's':
      return 'string';
    case 'b':
      return 'bool';
    case 'i':
      return INT64.has(`${owner}.${field}`) ? 'int64' : 'int32';
    case 'q':
    case 'io':
    case 't':
    case 'a':
      return undefined;
  }
  if (code.startsWith('=')) return undefined; // named string types (v1.Protocol…): validation words them
  const segments = code.split('/');
  return `${segments[segments.length - 2]}.${typeName(code)}`;
}

function fits(v: unknown, code: string): boolean {
  if (code.startsWith('[]')) return Array.isArray(v);
  if (code.startsWith('{}')) return typeof v === 'object' && !Array.isArray(v);
  switch (code) {
    case 's':
      return typeof v === 'string';
    case 'b':
      return typeof v === 'boolean';
    case 'i':
      return typeof v === 'number' && Number.isInteger(v);
  }
  return typeof v === 'object' && !Array.isArray(v);
}

/** The first mismatch below an object of type `id` at JSON path `path`. */
function checkObject(value: Json, id: string, path: string): TypeMismatch | undefined {
  const type = objectType(id);
  if (!type) return undefined;
  const owner = typeName(id);
  for (const key of Object.keys(value)) {
    const spec = type.f[key];
    if (!spec) continue; // unknown fields: the strict decoding error, after decoding
    const fieldPath = path ? `${path}.${key}` : key;
    const found = checkValue(value[key], spec[0], owner, key, fieldPath);
    if (found) return found;
  }
  return undefined;
}

function checkValue(v: unknown, code: string, owner: string, key: string, fieldPath: string): TypeMismatch | undefined {
  if (v === null || v === undefined) return undefined; // null decodes into anything
  const type = goType(code, owner, key);
  if (!type) return undefined;
  if (!fits(v, code)) return { got: jsonKind(v, code === 'i'), field: `${owner}.${fieldPath}`, type };
  if (code.startsWith('[]') || code.startsWith('{}')) {
    const inner = code.slice(2);
    for (const item of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      const found = checkValue(item, inner, owner, key, fieldPath);
      if (found) return found;
    }
    return undefined;
  }
  return code === 's' || code === 'b' || code === 'i' ? undefined : checkObject(v as Json, code, fieldPath);
}
