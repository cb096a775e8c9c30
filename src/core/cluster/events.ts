/**
 * Events, the tutor's narration (client-go tools/record): `Normal Scheduled … Successfully
 * assigned default/kubia-7xk2p to minikube`. Repeats of the same (object, type, reason, message)
 * are aggregated into one record with a count, as the EventCorrelator does, which is what
 * `describe` prints as `3m (x4 over 5m)`; `toObject` renders the v1 Event for
 * `get events -o yaml`.
 *
 * Records are kept in columns (typed arrays for times, links and the few distinct reasons,
 * sources and hosts; an array of messages), chained per involved object, and handed out as
 * `EventRecord` snapshots. 100,000 pods make half a million records: as objects they were a
 * third of the cluster's memory and the garbage collector copied each of them twice.
 */
import type { KObject } from './types';

export interface InvolvedObject {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly uid: string;
}

/** One event as `describe` and `get events` show it (a snapshot: later repeats do not change it). */
export interface EventRecord {
  readonly id: number;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  /** `default-scheduler`, `kubelet`, `replication-controller`, … (the FROM column). */
  readonly source: string;
  readonly host?: string;
  readonly object: InvolvedObject;
  readonly firstTimestamp: number;
  readonly lastTimestamp: number;
  readonly count: number;
}

/**
 * Where a caller that records many events on one object (a kubelet on its pod) lets the recorder
 * keep the object's chain: the store's slot of the object. -1 until its first record.
 */
export interface EventSlot {
  events: number;
}

/** The kind and namespace of involved objects (a few dozen pairs, shared by their chains). */
interface Scope {
  readonly kind: string;
  readonly namespace?: string;
}

/**
 * The EventAggregator's defaults: once one object has had 10 distinct messages from one source
 * for one (type, reason) within 10 minutes, each further one is folded into a single
 * `(combined from similar events): …` record: a ReplicaSet scaled to 10,000 keeps 9
 * `Created pod: …` records and one combined one with a count, as `kubectl describe` shows.
 */
const AGGREGATE_MAX = 10;
const AGGREGATE_WINDOW_MS = 10 * 60 * 1000;
const COMBINED = '(combined from similar events): ';

/** Below this many records per object, finding a repeat is a short walk (no key string, no map). */
const SCAN_LIMIT = 16;

/** The API server's `--event-ttl` default: an event is gone an hour after its last update. */
export const EVENT_TTL_MS = 60 * 60 * 1000;
/** Expired events are swept at most this often (virtual time), so the sweep stays amortised. */
const SWEEP_EVERY_MS = 60 * 1000;

/** Record ids are kept in 32 bits; saved records with other ids are numbered again. */
const MAX_ID = 0x7fffffff;
/** Reasons and sources are kept in 16 bits (a cluster has a few dozen). */
const MAX_NAMES = 0xffff;

function grownI32(a: Int32Array, size: number, length: number) {
  const b = new Int32Array(size);
  b.set(a.subarray(0, length));
  return b;
}

function grownU16(a: Uint16Array, size: number, length: number) {
  const b = new Uint16Array(size);
  b.set(a.subarray(0, length));
  return b;
}

/**
 * Records and the objects they involve, in columns. Per record: id, last time, the previous
 * record of its object, reason, source, host, type, message and object (37 bytes, where objects
 * of their own took about 120); the first time and count of the few records that repeat are kept
 * apart. Per involved object (a chain): uid, name, kind and namespace (one shared pair), its
 * newest record and its record count; the aggregation map of objects with many records apart.
 */
export class EventRecorder {
  private seq = 0;
  /** Records in order: `length` of them, columns grown by doubling. */
  private length = 0;
  private ids = new Int32Array(256);
  private last = new Float64Array(256);
  /** Index of the object's previous record, -1 for its first. */
  private previous = new Int32Array(256);
  /** Reason and source as indexes into `names`; host into `hostNames` (0: none); the type as 1 for Warning. */
  private reasons = new Uint16Array(256);
  private sources = new Uint16Array(256);
  private hosts = new Int32Array(256);
  private warnings = new Uint8Array(256);
  private messages: string[] = [];
  /** Each record's chain (the index of its involved object). */
  private owners = new Int32Array(256);
  /** First time and count of the records that repeated (the rest: first = last, count 1). */
  private readonly repeats = new Map<number, { first: number; count: number }>();
  /** The distinct reasons and sources; index 0 stands for "none". */
  private readonly names: (string | undefined)[] = [undefined];
  private readonly nameIndex = new Map<string, number>();
  /** The distinct hosts (one per node), apart so that each lookup stays in a small table. */
  private readonly hostNames: (string | undefined)[] = [undefined];
  private readonly hostIndex = new Map<string, number>();
  /** The host of the last record: a kubelet records several events in a row for one pod. */
  private lastHost: string | undefined;
  private lastHostIndex = 0;

  /** Chains: `chainCount` involved objects, columns grown by doubling. */
  private chainCount = 0;
  private chainUids: string[] = [];
  private chainNames: string[] = [];
  private chainScopes = new Int32Array(256);
  /** The newest record of each chain (the chain runs back through `previous`), and its record count. */
  private heads = new Int32Array(256);
  private sizes = new Int32Array(256);
  /** `type reason\0message` → record index (the EventCorrelator's key), for chains with many records. */
  private readonly aggregates = new Map<number, Map<string, number>>();
  /** uid → its chain. */
  private readonly chains = new Map<string, number>();
  private readonly scopes: Scope[] = [];
  private readonly scopeIndex = new Map<string, Map<string | undefined, number>>();
  /** The chain of the last recorded object: a kubelet records several events in a row for one pod (Pulled, Created, Started). */
  private lastUid: string | undefined;
  private lastChain = -1;
  private readonly listeners = new Set<(e: EventRecord) => void>();
  private swept = -Infinity;

  constructor(private readonly now: () => number) {}

  /**
   * Drops records whose last update is older than the event TTL (as etcd expires them), at most
   * once a virtual minute; called before every read and write, so `describe` after `sleep 3600`
   * shows what a real cluster would, and saved state does not grow without end.
   */
  private sweep(): void {
    const now = this.now();
    if (now - this.swept < SWEEP_EVERY_MS) return;
    this.swept = now;
    const cutoff = now - EVENT_TTL_MS;
    const last = this.last;
    let expired = false;
    for (let i = 0; i < this.length; i++)
      if (last[i]! < cutoff) {
        expired = true;
        break;
      }
    if (!expired) return;
    const kept: EventRecord[] = [];
    for (let i = 0; i < this.length; i++) if (last[i]! >= cutoff) kept.push(this.at(i));
    this.load(kept);
  }

  /** The index of a reason or source in `names`, added when new (0: none). */
  private name(value: string | undefined): number {
    if (value === undefined) return 0;
    let i = this.nameIndex.get(value);
    if (i === undefined) {
      if (this.names.length > MAX_NAMES) throw new Error(`events: more than ${MAX_NAMES} distinct reasons and sources`);
      this.nameIndex.set(value, (i = this.names.length));
      this.names.push(value);
    }
    return i;
  }

  private host(value: string | undefined): number {
    if (value === undefined) return 0;
    if (value !== this.lastHost) {
      let i = this.hostIndex.get(value);
      if (i === undefined) {
        this.hostIndex.set(value, (i = this.hostNames.length));
        this.hostNames.push(value);
      }
      this.lastHostIndex = i;
      this.lastHost = value;
    }
    return this.lastHostIndex;
  }

  private scope(kind: string, namespace: string | undefined): number {
    let byNamespace = this.scopeIndex.get(kind);
    if (!byNamespace) this.scopeIndex.set(kind, (byNamespace = new Map()));
    let i = byNamespace.get(namespace);
    if (i === undefined) {
      byNamespace.set(namespace, (i = this.scopes.length));
      this.scopes.push({ kind, namespace });
    }
    return i;
  }

  /** Moves the record columns to arrays of `size` slots, keeping the first `length` records. */
  private resize(size: number): void {
    const n = this.length;
    this.ids = grownI32(this.ids, size, n);
    const last = new Float64Array(size);
    last.set(this.last.subarray(0, n));
    this.last = last;
    this.previous = grownI32(this.previous, size, n);
    this.reasons = grownU16(this.reasons, size, n);
    this.sources = grownU16(this.sources, size, n);
    this.hosts = grownI32(this.hosts, size, n);
    this.owners = grownI32(this.owners, size, n);
    const w = new Uint8Array(size);
    w.set(this.warnings.subarray(0, n));
    this.warnings = w;
  }

  /** A new chain for an involved object; returns its index. */
  private newChain(kind: string, namespace: string | undefined, name: string, uid: string): number {
    const c = this.chainCount++;
    if (c === this.heads.length) {
      const size = c * 2;
      this.chainScopes = grownI32(this.chainScopes, size, c);
      this.heads = grownI32(this.heads, size, c);
      this.sizes = grownI32(this.sizes, size, c);
    }
    this.chainUids[c] = uid;
    this.chainNames[c] = name;
    this.chainScopes[c] = this.scope(kind, namespace);
    this.heads[c] = -1;
    this.sizes[c] = 0;
    this.chains.set(uid, c);
    return c;
  }

  /** Appends a record to chain `c`; returns its index. */
  private append(c: number, id: number, warning: number, reason: number, source: number, host: number, message: string, first: number, last: number, count: number): number {
    if (this.length === this.ids.length) this.resize(this.length * 2);
    const i = this.length++;
    this.ids[i] = id;
    this.warnings[i] = warning;
    this.reasons[i] = reason;
    this.sources[i] = source;
    this.hosts[i] = host;
    this.last[i] = last;
    if (count !== 1 || first !== last) this.repeats.set(i, { first, count });
    this.previous[i] = this.heads[c]!;
    this.messages[i] = message;
    this.owners[i] = c;
    this.heads[c] = i;
    const size = ++this.sizes[c]!;
    const aggregate = this.aggregates.get(c);
    if (aggregate) {
      if (!message.startsWith(COMBINED)) aggregate.set(this.key(i), i);
    } else if (size > SCAN_LIMIT) this.aggregates.set(c, this.aggregateOf(c));
    return i;
  }

  private key(i: number): string {
    return `${this.warnings[i] ? 'Warning' : 'Normal'}${this.names[this.reasons[i]!]}\0${this.messages[i]}`;
  }

  private aggregateOf(c: number): Map<string, number> {
    const m = new Map<string, number>();
    const order: number[] = [];
    for (let i = this.heads[c]!; i >= 0; i = this.previous[i]!) order.push(i);
    for (let k = order.length - 1; k >= 0; k--) if (!this.messages[order[k]!]!.startsWith(COMBINED)) m.set(this.key(order[k]!), order[k]!);
    return m;
  }

  private involved(c: number): InvolvedObject {
    const { kind, namespace } = this.scopes[this.chainScopes[c]!]!;
    return { kind, namespace, name: this.chainNames[c]!, uid: this.chainUids[c]! };
  }

  /** The record at index i, as a snapshot. */
  private at(i: number): EventRecord {
    const repeat = this.repeats.get(i);
    return {
      id: this.ids[i]!,
      type: this.warnings[i] ? 'Warning' : 'Normal',
      reason: this.names[this.reasons[i]!]!,
      message: this.messages[i]!,
      source: this.names[this.sources[i]!]!,
      host: this.hostNames[this.hosts[i]!],
      object: this.involved(this.owners[i]!),
      firstTimestamp: repeat ? repeat.first : this.last[i]!,
      lastTimestamp: this.last[i]!,
      count: repeat ? repeat.count : 1,
    };
  }

  private chainOf(object: KObject | InvolvedObject, uid: string, slot: EventSlot | undefined): number {
    if (uid === this.lastUid) return this.lastChain;
    // The slot's chain, unless the records were loaded again since (a sweep renumbers chains).
    const s = slot?.events ?? -1;
    let c = s >= 0 && s < this.chainCount && this.chainUids[s] === uid ? s : this.chains.get(uid);
    if (c === undefined)
      c = 'metadata' in object ? this.newChain(object.kind, object.metadata.namespace, object.metadata.name, uid) : this.newChain(object.kind, object.namespace, object.name, uid);
    if (slot) slot.events = c;
    this.lastUid = uid;
    this.lastChain = c;
    return c;
  }

  /** The chain's record with this type, reason and message, or -1. */
  private repeatOf(c: number, w: number, r: number, reason: string, message: string): number {
    const aggregate = this.aggregates.get(c);
    if (aggregate) return aggregate.get(`${w ? 'Warning' : 'Normal'}${reason}\0${message}`) ?? -1;
    for (let i = this.heads[c]!; i >= 0; i = this.previous[i]!) if (this.messages[i] === message && this.warnings[i] === w && this.reasons[i] === r) return i;
    return -1;
  }

  /** Records an event (`slot`: the store slot of `object`, where the recorder keeps its chain: no lookup per event). */
  record(
    object: KObject | InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: string,
    host?: string,
    slot?: EventSlot,
  ): void {
    this.sweep();
    const uid = 'metadata' in object ? object.metadata.uid : object.uid;
    const c = this.chainOf(object, uid, slot);
    const w = type === 'Warning' ? 1 : 0;
    const r = this.name(reason);
    const s = this.name(source);
    const h = this.host(host);
    const now = this.now();
    let i = this.sizes[c] ? this.repeatOf(c, w, r, reason, message) : -1;
    if (i < 0 && this.sizes[c]) {
      i = this.combine(c, w, r, s, h, now);
      if (i >= 0) this.messages[i] = COMBINED + message;
    }
    if (i >= 0) {
      const repeat = this.repeats.get(i);
      if (repeat) repeat.count++;
      else this.repeats.set(i, { first: this.last[i]!, count: 2 });
      this.last[i] = now;
    } else {
      const combining = i === -2;
      i = this.append(c, ++this.seq, w, r, s, h, combining ? COMBINED + message : message, now, now, 1);
    }
    if (this.listeners.size) {
      const e = this.at(i);
      for (const l of this.listeners) l(e);
    }
  }

  /**
   * EventAggregate for a message the object has no record of: the combined record to count it
   * on, -2 when this message is the one that starts combining, -1 to record it as is.
   */
  private combine(c: number, w: number, r: number, s: number, h: number, now: number): number {
    const since = now - AGGREGATE_WINDOW_MS;
    let similar = 0;
    let combined = -1;
    for (let i = this.heads[c]!; i >= 0; i = this.previous[i]!) {
      if (this.reasons[i] !== r || this.warnings[i] !== w || this.sources[i] !== s || this.hosts[i] !== h || this.last[i]! < since) continue;
      if (this.messages[i]!.startsWith(COMBINED)) {
        if (combined < 0) combined = i;
      } else similar++;
    }
    if (combined >= 0) return combined;
    return similar + 1 >= AGGREGATE_MAX ? -2 : -1;
  }

  /** Every record in order, and the id counter (saved cluster state). */
  save(): { seq: number; records: EventRecord[] } {
    this.sweep();
    const records: EventRecord[] = [];
    for (let i = 0; i < this.length; i++) records.push(this.at(i));
    return { seq: this.seq, records };
  }

  /**
   * Replaces the records with saved ones (repeats keep aggregating onto them). Ids outside 1 to
   * 2^31 - 1, or repeated, are numbered again after the largest valid one, in order (all of them
   * from 1 when that would pass 2^31 - 1).
   */
  restore(saved: { seq: number; records: readonly EventRecord[] }): void {
    const seen = new Set<number>();
    let max = 0;
    let invalid = 0;
    for (const r of saved.records)
      if (Number.isInteger(r.id) && r.id > 0 && r.id <= MAX_ID && !seen.has(r.id)) {
        seen.add(r.id);
        if (r.id > max) max = r.id;
      } else invalid++;
    let seq = Number.isInteger(saved.seq) && saved.seq > max && saved.seq <= MAX_ID ? saved.seq : max;
    const renumberAll = seq + invalid > MAX_ID;
    if (renumberAll) seq = 0;
    const used = new Set<number>();
    this.load(
      saved.records.map((r) => {
        const valid = !renumberAll && Number.isInteger(r.id) && r.id > 0 && r.id <= MAX_ID && !used.has(r.id);
        const id = valid ? r.id : ++seq;
        used.add(id);
        return { ...r, id, object: { ...r.object } };
      }),
    );
    this.seq = seq;
  }

  /** Makes `records` the whole content, in order. */
  private load(records: readonly EventRecord[]): void {
    this.chains.clear();
    this.aggregates.clear();
    this.repeats.clear();
    this.chainCount = 0;
    this.chainUids = [];
    this.chainNames = [];
    this.lastUid = undefined;
    this.lastChain = -1;
    this.length = 0;
    this.messages = [];
    // After a sweep of a large cluster's events, the columns shrink back.
    let size = 256;
    while (size < records.length) size *= 2;
    if (size * 4 <= this.ids.length) this.resize(size);
    for (const r of records) {
      const o = r.object;
      const c = this.chains.get(o.uid) ?? this.newChain(o.kind, o.namespace, o.name, o.uid);
      this.append(c, r.id, r.type === 'Warning' ? 1 : 0, this.name(r.reason), this.name(r.source), this.host(r.host), r.message, r.firstTimestamp, r.lastTimestamp, r.count);
    }
  }

  /** The object's records, oldest first. */
  forObject(uid: string): readonly EventRecord[] {
    this.sweep();
    const out: EventRecord[] = [];
    const c = this.chains.get(uid);
    if (c !== undefined) for (let i = this.heads[c]!; i >= 0; i = this.previous[i]!) out.push(this.at(i));
    return out.reverse();
  }

  list(namespace?: string): EventRecord[] {
    this.sweep();
    const out: EventRecord[] = [];
    for (let i = 0; i < this.length; i++) if (namespace === undefined || (this.scopes[this.chainScopes[this.owners[i]!]!]!.namespace ?? 'default') === namespace) out.push(this.at(i));
    return out;
  }

  onEvent(listener: (e: EventRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  toObject(e: EventRecord): KObject {
    const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${e.object.name}.${(0x17000000 + e.id * 7919).toString(16)}`,
        namespace: e.object.namespace ?? 'default',
        uid: `event-${e.id}`,
        resourceVersion: String(e.id),
        creationTimestamp: iso(e.firstTimestamp),
      },
      involvedObject: { kind: e.object.kind, namespace: e.object.namespace, name: e.object.name, uid: e.object.uid },
      reason: e.reason,
      message: e.message,
      source: e.host ? { component: e.source, host: e.host } : { component: e.source },
      firstTimestamp: iso(e.firstTimestamp),
      lastTimestamp: iso(e.lastTimestamp),
      count: e.count,
      type: e.type,
    };
  }
}
