/**
 * Events, the tutor's narration (client-go tools/record): `Normal Scheduled … Successfully
 * assigned default/kubia-7xk2p to minikube`. Repeats of the same (object, type, reason, message)
 * are aggregated into one record with a count, as the EventCorrelator does, which is what
 * `describe` prints as `3m (x4 over 5m)`; `toObject` renders the v1 Event for
 * `get events -o yaml`.
 *
 * Records are kept in columns (typed arrays for times, counts and the few distinct reasons,
 * sources and hosts; arrays of messages and involved objects), chained per object, and handed out
 * as `EventRecord` snapshots. 100,000 pods make half a million records: as objects they were a
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
 * One involved object and its records: the newest (the chain runs back through `previous`) and,
 * once it has many, the aggregation map. The chain is also the record's involved object (one
 * object per pod, not two); snapshots copy the four fields.
 */
interface Chain {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly uid: string;
  head: number;
  /** Records in the chain. */
  size: number;
  /** `type reason\0message` → record index (the EventCorrelator's key), for objects with many records. */
  aggregate: Map<string, number> | undefined;
}

function newChain(kind: string, namespace: string | undefined, name: string, uid: string): Chain {
  return { kind, namespace, name, uid, head: -1, size: 0, aggregate: undefined };
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

function involved(c: Chain): InvolvedObject {
  return { kind: c.kind, namespace: c.namespace, name: c.name, uid: c.uid };
}

export class EventRecorder {
  private seq = 0;
  /** Records in order: `length` of them, columns grown by doubling. */
  private length = 0;
  private ids = new Float64Array(256);
  private first = new Float64Array(256);
  private last = new Float64Array(256);
  private counts = new Int32Array(256);
  /** Index of the object's previous record, -1 for its first. */
  private previous = new Int32Array(256);
  /** Reason, source and host as indexes into `names` (host 0: none); the type as 1 for Warning. */
  private reasons = new Int32Array(256);
  private sources = new Int32Array(256);
  private hosts = new Int32Array(256);
  private warnings = new Uint8Array(256);
  private messages: string[] = [];
  /** Each record's chain (its involved object). */
  private objects: Chain[] = [];
  /** The distinct reasons, sources and hosts; index 0 stands for "none". */
  private readonly names: (string | undefined)[] = [undefined];
  /** Reasons and sources (a few dozen) apart from hosts (one per node): each lookup stays in a small table. */
  private readonly nameIndex = new Map<string, number>();
  private readonly hostIndex = new Map<string, number>();
  /** The host of the last record: a kubelet records several events in a row for one pod. */
  private lastHost: string | undefined;
  private lastHostIndex = 0;
  /** uid → its chain of records. */
  private readonly chains = new Map<string, Chain>();
  /** The chain of the last recorded object: a kubelet records several events in a row for one pod (Pulled, Created, Started). */
  private lastUid: string | undefined;
  private lastChain: Chain | undefined;
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

  /** The index of a reason, source or host in `names`, added when new (0: none). */
  private name(value: string | undefined, index = this.nameIndex): number {
    if (value === undefined) return 0;
    let i = index.get(value);
    if (i === undefined) {
      index.set(value, (i = this.names.length));
      this.names.push(value);
    }
    return i;
  }

  private host(value: string | undefined): number {
    if (value === undefined) return 0;
    if (value !== this.lastHost) {
      this.lastHostIndex = this.name(value, this.hostIndex);
      this.lastHost = value;
    }
    return this.lastHostIndex;
  }

  /** Moves the columns to arrays of `size` slots, keeping the first `length` records. */
  private resize(size: number): void {
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a.subarray(0, this.length));
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.ids = f64(this.ids);
    this.first = f64(this.first);
    this.last = f64(this.last);
    this.counts = i32(this.counts);
    this.previous = i32(this.previous);
    this.reasons = i32(this.reasons);
    this.sources = i32(this.sources);
    this.hosts = i32(this.hosts);
    const w = new Uint8Array(size);
    w.set(this.warnings.subarray(0, this.length));
    this.warnings = w;
  }

  /** Appends a record to its object's chain; returns its index. */
  private append(chain: Chain, id: number, warning: number, reason: number, source: number, host: number, message: string, first: number, last: number, count: number): number {
    if (this.length === this.ids.length) this.resize(this.length * 2);
    const i = this.length++;
    this.ids[i] = id;
    this.warnings[i] = warning;
    this.reasons[i] = reason;
    this.sources[i] = source;
    this.hosts[i] = host;
    this.first[i] = first;
    this.last[i] = last;
    this.counts[i] = count;
    this.previous[i] = chain.head;
    this.messages[i] = message;
    this.objects[i] = chain;
    chain.head = i;
    chain.size++;
    if (chain.aggregate) {
      if (!message.startsWith(COMBINED)) chain.aggregate.set(this.key(i), i);
    } else if (chain.size > SCAN_LIMIT) chain.aggregate = this.aggregateOf(chain);
    return i;
  }

  private key(i: number): string {
    return `${this.warnings[i] ? 'Warning' : 'Normal'}${this.names[this.reasons[i]!]}\0${this.messages[i]}`;
  }

  private aggregateOf(chain: Chain): Map<string, number> {
    const m = new Map<string, number>();
    const order: number[] = [];
    for (let i = chain.head; i >= 0; i = this.previous[i]!) order.push(i);
    for (let k = order.length - 1; k >= 0; k--) if (!this.messages[order[k]!]!.startsWith(COMBINED)) m.set(this.key(order[k]!), order[k]!);
    return m;
  }

  /** The record at index i, as a snapshot. */
  private at(i: number): EventRecord {
    return {
      id: this.ids[i]!,
      type: this.warnings[i] ? 'Warning' : 'Normal',
      reason: this.names[this.reasons[i]!]!,
      message: this.messages[i]!,
      source: this.names[this.sources[i]!]!,
      host: this.names[this.hosts[i]!],
      object: involved(this.objects[i]!),
      firstTimestamp: this.first[i]!,
      lastTimestamp: this.last[i]!,
      count: this.counts[i]!,
    };
  }

  private chainOf(object: KObject | InvolvedObject, uid: string): Chain {
    let chain = uid === this.lastUid ? this.lastChain : this.chains.get(uid);
    if (!chain) {
      chain = 'metadata' in object ? newChain(object.kind, object.metadata.namespace, object.metadata.name, uid) : newChain(object.kind, object.namespace, object.name, uid);
      this.chains.set(uid, chain);
    }
    this.lastUid = uid;
    this.lastChain = chain;
    return chain;
  }

  /** The object's record with this type, reason and message, or -1. */
  private repeatOf(chain: Chain, w: number, r: number, reason: string, message: string): number {
    if (chain.aggregate) return chain.aggregate.get(`${w ? 'Warning' : 'Normal'}${reason}\0${message}`) ?? -1;
    for (let i = chain.head; i >= 0; i = this.previous[i]!) if (this.messages[i] === message && this.warnings[i] === w && this.reasons[i] === r) return i;
    return -1;
  }

  record(
    object: KObject | InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: string,
    host?: string,
  ): void {
    this.sweep();
    const uid = 'metadata' in object ? object.metadata.uid : object.uid;
    const chain = this.chainOf(object, uid);
    const w = type === 'Warning' ? 1 : 0;
    const r = this.name(reason);
    const s = this.name(source);
    const h = this.host(host);
    const now = this.now();
    let i = this.repeatOf(chain, w, r, reason, message);
    if (i < 0) {
      i = this.combine(chain, w, r, s, h, now);
      if (i >= 0) this.messages[i] = COMBINED + message;
    }
    if (i >= 0) {
      this.counts[i]!++;
      this.last[i] = now;
    } else {
      const combining = i === -2;
      i = this.append(chain, ++this.seq, w, r, s, h, combining ? COMBINED + message : message, now, now, 1);
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
  private combine(chain: Chain, w: number, r: number, s: number, h: number, now: number): number {
    const since = now - AGGREGATE_WINDOW_MS;
    let similar = 0;
    let combined = -1;
    for (let i = chain.head; i >= 0; i = this.previous[i]!) {
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

  /** Replaces the records with saved ones (repeats keep aggregating onto them). */
  restore(saved: { seq: number; records: readonly EventRecord[] }): void {
    this.load(saved.records.map((r) => ({ ...r, object: { ...r.object } })));
    // A loop, not Math.max(...ids): a big cluster has more events than a call has arguments.
    let seq = Number.isInteger(saved.seq) ? saved.seq : 0;
    for (let i = 0; i < this.length; i++) if (this.ids[i]! > seq) seq = this.ids[i]!;
    this.seq = seq;
  }

  /** Makes `records` the whole content, in order. */
  private load(records: readonly EventRecord[]): void {
    this.chains.clear();
    this.lastUid = this.lastChain = undefined;
    this.length = 0;
    this.messages = [];
    this.objects = [];
    // After a sweep of a large cluster's events, the columns shrink back.
    let size = 256;
    while (size < records.length) size *= 2;
    if (size * 4 <= this.ids.length) this.resize(size);
    for (const r of records) {
      let chain = this.chains.get(r.object.uid);
      if (!chain) this.chains.set(r.object.uid, (chain = newChain(r.object.kind, r.object.namespace, r.object.name, r.object.uid)));
      this.append(chain, r.id, r.type === 'Warning' ? 1 : 0, this.name(r.reason), this.name(r.source), this.host(r.host), r.message, r.firstTimestamp, r.lastTimestamp, r.count);
    }
  }

  /** The object's records, oldest first. */
  forObject(uid: string): readonly EventRecord[] {
    this.sweep();
    const out: EventRecord[] = [];
    const chain = this.chains.get(uid);
    if (chain) for (let i = chain.head; i >= 0; i = this.previous[i]!) out.push(this.at(i));
    return out.reverse();
  }

  list(namespace?: string): EventRecord[] {
    this.sweep();
    const out: EventRecord[] = [];
    for (let i = 0; i < this.length; i++) if (namespace === undefined || (this.objects[i]!.namespace ?? 'default') === namespace) out.push(this.at(i));
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
