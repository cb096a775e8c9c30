/**
 * The cluster's etcd: objects by kind and `namespace/name`, a global resourceVersion, watch
 * streams and secondary indexes (client-go cache.Indexer). Objects are never mutated once
 * stored: writers build a new object and `update` swaps it in (with `freeze`, stored objects
 * are deep-frozen so a mutation throws; the tests run that way). Validation and defaulting live
 * in the API server (`apiserver.ts`); this layer only enforces optimistic concurrency.
 */
import { type Json, type KObject, type WatchEvent, controllerOf, keyOf, objectKey, deepFreeze, withFields } from './types';
import { ApiError } from './errors';
import type { EventSlot } from './events';
import { MAX_SLOT_QUEUES, type QueueSlot } from './workqueue';

export type WatchHandler = (event: WatchEvent) => void;
export type IndexFn = (o: KObject) => string | undefined;

/**
 * The slot an object lives in, from create to delete: tables and indexes hold slots, so an update
 * swaps `object` in one place (no table or index writes when the index values stay the same,
 * the common case of a status write; with 100,000 pods each Map write is a cache miss). Components
 * that follow an object keep their state for it here rather than in maps of their own: the work
 * queues' marks, the event recorder's chain, the kubelet's runtime of a pod.
 */
interface Cell extends QueueSlot {
  object: KObject;
  /** The object's `namespace/name`, the table's key. */
  readonly key: string;
  /** The event recorder's chain of the object's records (see `EventSlot`). */
  events: number;
  /** See `StoredHandle`. */
  runtime: object | undefined;
}

/** A deleted object's cell holds this (no object has its empty uid), so a held cell never shows a deleted object. */
const GONE: KObject = Object.freeze({ apiVersion: 'v1', kind: '', metadata: Object.freeze({ name: '', uid: '' }) }) as KObject;

/**
 * A live view of one stored object: `object` follows its updates; after its deletion it is an
 * object with an empty uid. It is also the object's place in work queues (`marks`, see `WorkQueue`).
 */
export interface StoredHandle extends QueueSlot, EventSlot {
  readonly object: KObject;
  readonly key: string;
  /** What a node agent keeps with the object while it runs it (the kubelet's sandbox of a pod); the store never reads it. */
  runtime: object | undefined;
}

/** An index value's cells, in insertion order: a set of slots (identity-hashed), not a map keyed by `namespace/name`. */
interface Index {
  readonly fn: IndexFn;
  readonly values: Map<string, Set<Cell>>;
}

function objects(cells: Iterable<Cell> | undefined): KObject[] {
  const out: KObject[] = [];
  if (cells) for (const c of cells) out.push(c.object);
  return out;
}

/**
 * The metadata fields of a stored pod stamped from a template, in the order
 * `ApiServer.admitFromTemplate` writes them (its input accepts only the first five).
 */
const STAMPED_POD_METADATA = ['generateName', 'namespace', 'labels', 'annotations', 'ownerReferences', 'name', 'uid', 'creationTimestamp', 'resourceVersion'];

/**
 * A copy of `md` with a new resourceVersion. Metadata with exactly the fields of a templated pod
 * (most of a large cluster's writes) is copied by a literal, which V8 lays out with every field in
 * the object; a spread copy keeps four there and moves the rest to a property array, about 64
 * bytes more for every stored version. Other metadata is spread: replacing a key keeps one shared
 * class, adding one would not (see `withFields`).
 */
function withResourceVersion(md: KObject['metadata'], resourceVersion: string): KObject['metadata'] {
  if (isStampedPodMetadata(md)) {
    const m: Json = md;
    return { generateName: m.generateName, namespace: m.namespace, labels: m.labels, annotations: m.annotations, ownerReferences: m.ownerReferences, name: m.name, uid: m.uid, creationTimestamp: m.creationTimestamp, resourceVersion };
  }
  return md.resourceVersion !== undefined ? { ...md, resourceVersion } : withFields(md, { resourceVersion });
}

function isStampedPodMetadata(md: object): boolean {
  let i = 0;
  for (const k in md) if (k !== STAMPED_POD_METADATA[i++]) return false;
  return i === STAMPED_POD_METADATA.length;
}

/** A caller's key must be the object's `namespace/name` (checked without building it). */
function checkKey(key: string, o: KObject): void {
  const { namespace, name } = o.metadata;
  const ok = namespace ? key.length === namespace.length + 1 + name.length && key.startsWith(namespace) && key.endsWith(name) && key[namespace.length] === '/' : key === name;
  if (!ok) throw new Error(`store: key ${key} given for ${o.kind} ${keyOf(o)}`);
}

export class ObjectStore {
  private rv = 0;
  private readonly kinds = new Map<string, Map<string, Cell>>();
  private readonly watchers = new Map<string, Set<WatchHandler>>();
  private readonly anyWatchers = new Set<WatchHandler>();
  private readonly indexes = new Map<string, Map<string, Index>>();
  /** owner uid → the cells of its dependents (for the garbage collector), but for those a controller index holds. */
  private readonly dependents = new Map<string, Set<Cell>>();
  /** Kind → its index by controller uid (see `addIndex`): those dependents are not held twice. */
  private readonly controllerIndexes = new Map<string, Index>();

  /** Work queues that mark this store's slots so far (each takes a bit pair). */
  private slotQueues = 0;

  constructor(private readonly options: { freeze?: boolean } = {}) {}

  /** A bit pair of the slots' marks for one more work queue (see `WorkQueue`). */
  queueBit(): number {
    if (this.slotQueues >= MAX_SLOT_QUEUES) throw new Error(`store: more than ${MAX_SLOT_QUEUES} work queues mark its slots`);
    return this.slotQueues++;
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  private table(kind: string): Map<string, Cell> {
    let t = this.kinds.get(kind);
    if (!t) this.kinds.set(kind, (t = new Map()));
    return t;
  }

  get(kind: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.kinds.get(kind)?.get(objectKey(namespace, name))?.object;
  }

  getByKey(kind: string, key: string): KObject | undefined {
    return this.kinds.get(kind)?.get(key)?.object;
  }

  /**
   * The object's cell, for a component that follows one object through many writes (a kubelet and
   * its pod): one lookup instead of one per read. Compare the uid of `object` to tell a deleted or
   * re-created object.
   */
  handle(kind: string, key: string): StoredHandle | undefined {
    return this.kinds.get(kind)?.get(key);
  }

  /** The slots of all objects of a kind, in insertion order. */
  handles(kind: string): StoredHandle[] {
    return [...(this.kinds.get(kind)?.values() ?? [])];
  }

  /** All objects of a kind, in one namespace or all (`namespace === undefined`), in insertion order. */
  list(kind: string, namespace?: string): KObject[] {
    const t = this.kinds.get(kind);
    if (!t) return [];
    const all = objects(t.values());
    return namespace === undefined ? all : all.filter((o) => o.metadata.namespace === namespace);
  }

  count(kind: string): number {
    return this.kinds.get(kind)?.size ?? 0;
  }

  /**
   * Adds an index (cache.Indexers); existing objects are indexed at once. `byController`: the index
   * maps each object to the uid of its controller owner reference, so the dependents of an owner
   * are found there (one set fewer per object: 100,000 pods of a ReplicaSet are held once).
   */
  addIndex(kind: string, name: string, fn: IndexFn, options: { byController?: boolean } = {}): void {
    // Objects stored before would have their controller reference held in `dependents` as well.
    if (options.byController && this.count(kind)) throw new Error(`store: the controller index of ${kind} must come before its objects`);
    let byKind = this.indexes.get(kind);
    if (!byKind) this.indexes.set(kind, (byKind = new Map()));
    const index: Index = { fn, values: new Map() };
    byKind.set(name, index);
    for (const cell of this.kinds.get(kind)?.values() ?? []) this.indexAdd(index, cell);
    if (options.byController) this.controllerIndexes.set(kind, index);
  }

  byIndex(kind: string, name: string, value: string): KObject[] {
    const index = this.indexes.get(kind)?.get(name);
    if (!index) throw new Error(`no index ${name} on ${kind}`);
    return objects(index.values.get(value));
  }

  /**
   * Calls `fn` with each object under an index value, in insertion order, without a copy: for
   * read-only passes over large sets. `fn` must not write objects of this kind; use `byIndex` for
   * a snapshot to write from.
   */
  indexed(kind: string, name: string, value: string, fn: (o: KObject) => void): void {
    const index = this.indexes.get(kind)?.get(name);
    if (!index) throw new Error(`no index ${name} on ${kind}`);
    const cells = index.values.get(value);
    if (cells) for (const c of cells) fn(c.object);
  }

  countByIndex(kind: string, name: string, value: string): number {
    return this.indexes.get(kind)?.get(name)?.values.get(value)?.size ?? 0;
  }

  private indexAdd(index: Index, cell: Cell, v = index.fn(cell.object)): void {
    if (v === undefined) return;
    let set = index.values.get(v);
    if (!set) index.values.set(v, (set = new Set()));
    set.add(cell);
  }

  private indexRemove(index: Index, cell: Cell, v: string | undefined): void {
    if (v === undefined) return;
    const set = index.values.get(v);
    if (!set) return;
    set.delete(cell);
    if (set.size === 0) index.values.delete(v);
  }

  /** Uids' dependents: what the garbage collector deletes with an owner. */
  dependentsOf(uid: string): { kind: string; key: string }[] {
    const cells = [...(this.dependents.get(uid) ?? [])];
    for (const index of this.controllerIndexes.values()) for (const cell of index.values.get(uid) ?? []) cells.push(cell);
    return cells.map((cell) => ({ kind: cell.object.kind, key: keyOf(cell.object) }));
  }

  private link(cell: Cell, o: KObject, add: boolean): void {
    // The reference the controller index files the object under (the first with `controller`).
    const indexed = this.controllerIndexes.has(o.kind) ? controllerOf(o) : undefined;
    for (const r of o.metadata.ownerReferences ?? []) {
      if (r === indexed) continue;
      let set = this.dependents.get(r.uid);
      if (add) {
        if (!set) this.dependents.set(r.uid, (set = new Set()));
        set.add(cell);
      } else if (set) {
        set.delete(cell);
        if (set.size === 0) this.dependents.delete(r.uid);
      }
    }
  }

  watch(kind: string, handler: WatchHandler): () => void {
    let set = this.watchers.get(kind);
    if (!set) this.watchers.set(kind, (set = new Set()));
    set.add(handler);
    return () => set!.delete(handler);
  }

  /** Every change of every kind (the topology view, `get -w` across kinds). */
  watchAll(handler: WatchHandler): () => void {
    this.anyWatchers.add(handler);
    return () => this.anyWatchers.delete(handler);
  }

  private emit(event: WatchEvent): void {
    const set = this.watchers.get(event.object.kind);
    if (set) for (const h of set) h(event);
    for (const h of this.anyWatchers) h(event);
  }

  /**
   * The object as stored, with the next resourceVersion. An object the caller built for this write
   * and keeps no reference to takes it in place: `object` when its metadata is new too, `top` when
   * only the top level is (its metadata, shared with the stored version, is copied). Any other is
   * copied.
   */
  private stamp(o: KObject, owned: 'object' | 'top' | undefined): KObject {
    let stored: KObject;
    if (owned === 'object') {
      (o.metadata as { resourceVersion?: string }).resourceVersion = String(++this.rv);
      stored = o;
    } else {
      const md = o.metadata;
      const metadata = withResourceVersion(md, String(++this.rv));
      if (owned === 'top') {
        (o as { metadata: KObject['metadata'] }).metadata = metadata;
        stored = o;
      } else stored = { ...o, metadata };
    }
    return this.options.freeze ? deepFreeze(stored) : stored;
  }

  /** `cell` holds `next` already (or is being removed, `next` undefined). */
  private reindex(kind: string, cell: Cell, old: KObject | undefined, next: KObject | undefined): void {
    const byKind = this.indexes.get(kind);
    if (byKind)
      for (const index of byKind.values()) {
        const before = old && index.fn(old);
        const after = next && index.fn(next);
        // Same index value (the common case: a status update): the cell already holds the new object.
        if (old && next && before === after) continue;
        if (old) this.indexRemove(index, cell, before);
        if (next) this.indexAdd(index, cell, after);
      }
    if (old?.metadata.ownerReferences === next?.metadata.ownerReferences) return;
    if (old?.metadata.ownerReferences) this.link(cell, old, false);
    if (next?.metadata.ownerReferences) this.link(cell, next, true);
  }

  /** Adds an object; `owned`: see `stamp`; `knownKey`: see `update`. */
  create(o: KObject, owned = false, knownKey?: string): KObject {
    const t = this.table(o.kind);
    const key = knownKey ?? keyOf(o);
    if (knownKey !== undefined) checkKey(knownKey, o);
    if (t.has(key)) throw ApiError.alreadyExists(o.kind, o.metadata.name);
    const stored = this.stamp(o, owned ? 'object' : undefined);
    const cell: Cell = { object: stored, key, marks: 0, events: -1, runtime: undefined };
    t.set(key, cell);
    this.reindex(o.kind, cell, undefined, stored);
    this.emit({ type: 'ADDED', object: stored, key, cell });
    return stored;
  }

  /**
   * Puts back a saved object as it was (its own resourceVersion), announced as ADDED so watchers
   * rebuild their caches; `resourceVersion` then continues from `rv` (see `state.ts`).
   */
  restore(o: KObject): KObject {
    const t = this.table(o.kind);
    const key = keyOf(o);
    if (t.has(key)) throw ApiError.alreadyExists(o.kind, o.metadata.name);
    const stored = this.options.freeze ? deepFreeze(o) : o;
    const cell: Cell = { object: stored, key, marks: 0, events: -1, runtime: undefined };
    t.set(key, cell);
    this.reindex(o.kind, cell, undefined, stored);
    this.emit({ type: 'ADDED', object: stored, key, cell });
    return stored;
  }

  /** Continues resourceVersions after a restore (never goes back). */
  restoreResourceVersion(rv: number): void {
    this.rv = Math.max(this.rv, rv);
  }

  /** Every stored object, kind by kind, each kind in insertion order (what `state.ts` saves). */
  *all(): IterableIterator<KObject> {
    for (const t of this.kinds.values()) for (const c of t.values()) yield c.object;
  }

  /**
   * Replaces an object. A stale `resourceVersion` is a Conflict, as in the real API server.
   * `owned`: the top-level object was built for this write (see `stamp`). `known`: the object's
   * slot (`handle`) or store key as the caller holds it, which saves finding the slot (or building
   * and hashing a key); it must be the object's own.
   */
  update(o: KObject, owned = false, known?: string | StoredHandle): KObject {
    let cell: Cell | undefined;
    if (typeof known === 'object') {
      cell = known as Cell;
      if (cell.object.kind !== o.kind && cell.object !== GONE) throw new Error(`store: a ${cell.object.kind} slot given for ${o.kind} ${keyOf(o)}`);
      if (cell.object === GONE) cell = undefined;
    } else cell = this.table(o.kind).get(known ?? keyOf(o));
    if (known !== undefined && (!cell || cell.object.metadata.name !== o.metadata.name || cell.object.metadata.namespace !== o.metadata.namespace))
      checkKey(typeof known === 'string' ? known : known.key, o);
    if (!cell) throw ApiError.notFound(o.kind, o.metadata.name);
    const old = cell.object;
    if (o.metadata.resourceVersion && o.metadata.resourceVersion !== old.metadata.resourceVersion)
      throw ApiError.conflict(o.kind, o.metadata.name);
    const stored = this.stamp(o, owned ? 'top' : undefined);
    cell.object = stored;
    this.reindex(o.kind, cell, old, stored);
    this.emit({ type: 'MODIFIED', object: stored, old, key: cell.key, cell });
    return stored;
  }

  delete(kind: string, namespace: string | undefined, name: string): KObject {
    const t = this.table(kind);
    const key = objectKey(namespace, name);
    const cell = t.get(key);
    if (!cell) throw ApiError.notFound(kind, name);
    const old = cell.object;
    t.delete(key);
    this.reindex(kind, cell, old, undefined);
    cell.object = GONE;
    this.emit({ type: 'DELETED', object: old, old, key: cell.key, cell });
    return old;
  }
}
