/**
 * Kubernetes object shapes as the simulated API server stores them. Specs stay loosely typed
 * (`any` maps, like unstructured.Unstructured in client-go): the API server defaults and
 * validates them; controllers read the few fields they own through small typed helpers.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { StoredHandle } from './store';

export type Json = any;

export interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
  readonly controller?: boolean;
  readonly blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  readonly name: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly uid: string;
  readonly resourceVersion: string;
  readonly generation?: number;
  readonly creationTimestamp: string;
  readonly deletionTimestamp?: string;
  readonly deletionGracePeriodSeconds?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly ownerReferences?: readonly OwnerReference[];
}

/** A stored object. Treat as immutable: writers build a new object (see `store.ts`). */
export interface KObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta;
  readonly spec?: Json;
  readonly status?: Json;
  readonly [field: string]: Json;
}

/** What a client sends: metadata without the server-set fields. */
export interface KObjectInput {
  apiVersion?: string;
  kind?: string;
  metadata?: Json;
  [field: string]: Json;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  readonly type: WatchEventType;
  readonly object: KObject;
  /** The previous version, for MODIFIED and DELETED. */
  readonly old?: KObject;
  /**
   * `keyOf(object)`, the very string the store files the object under: handlers queue it as is,
   * so a key is built and hashed once per write rather than once per watcher.
   */
  readonly key: string;
  /** The object's store slot (a live view; see `ObjectStore.handle`): what work queues mark. */
  readonly cell: StoredHandle;
}

export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function keyOf(o: KObject): string {
  return objectKey(o.metadata.namespace, o.metadata.name);
}

export function splitKey(key: string): { namespace: string | undefined; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: undefined, name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

/** The owner reference with `controller: true` (metav1.GetControllerOf). */
export function controllerOf(o: KObject): OwnerReference | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller);
}

export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = deepClone(value[i]);
    return out as unknown as T;
  }
  // Object.keys, not Object.entries: no [key, value] pair allocated per field (this is hot).
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src)) out[k] = deepClone(src[k]);
  return out as T;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * `{ ...o, ...fields }`. A spread literal that adds a key its source lacks gives every result a
 * hidden class of its own in V8 11 (Node 20), with its own descriptors: 10,000 bound pods made
 * 10,000 classes, and reads of them went megamorphic. `Object.assign` onto `{}` follows the
 * shared transitions and measured 2.7× faster.
 */
export function withFields<T extends object>(o: T, fields: Partial<T> | Json): T {
  return Object.assign({}, o, fields) as T;
}
