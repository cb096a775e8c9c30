/**
 * Events, the tutor's narration (client-go tools/record): `Normal Scheduled … Successfully
 * assigned default/kubia-7xk2p to minikube`. Repeats of the same (object, type, reason, message)
 * are aggregated into one record with a count, as the EventCorrelator does, which is what
 * `describe` prints as `3m (x4 over 5m)`. Records are kept compactly (not as store objects) so
 * 100,000 pods stay cheap; `toObject` renders the v1 Event for `get events -o yaml`.
 */
import type { KObject } from './types';

export interface InvolvedObject {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly uid: string;
}

export interface EventRecord {
  readonly id: number;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  /** Changes only on a combined record (`(combined from similar events): …`, the latest message). */
  message: string;
  /** `default-scheduler`, `kubelet`, `replication-controller`, … (the FROM column). */
  readonly source: string;
  readonly host?: string;
  readonly object: InvolvedObject;
  readonly firstTimestamp: number;
  lastTimestamp: number;
  count: number;
}

/** Records of one involved object; the aggregation map is only built once the list grows. */
interface ObjectEvents {
  readonly list: EventRecord[];
  /** The involved object new records of this uid point at (one per object, not one per record). */
  involved?: InvolvedObject;
  aggregate?: Map<string, EventRecord>;
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

/** Below this many records per object, finding a repeat is a short scan (no key string, no map). */
const SCAN_LIMIT = 16;

/** The API server's `--event-ttl` default: an event is gone an hour after its last update. */
export const EVENT_TTL_MS = 60 * 60 * 1000;
/** Expired events are swept at most this often (virtual time), so the sweep stays amortised. */
const SWEEP_EVERY_MS = 60 * 1000;

export class EventRecorder {
  private seq = 0;
  /** uid → its records (in order) and, for objects with many, `type reason\0message` → record: the EventCorrelator's aggregation key. */
  private readonly byObject = new Map<string, ObjectEvents>();
  /** The entry of the last recorded object: a kubelet records several events in a row for one pod (Pulled, Created, Started). */
  private lastUid: string | undefined;
  private lastEntry: ObjectEvents | undefined;
  private readonly all: EventRecord[] = [];
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
    let kept = 0;
    for (const r of this.all) {
      if (r.lastTimestamp >= cutoff) this.all[kept++] = r;
      else this.forget(r);
    }
    this.all.length = kept;
  }

  private forget(r: EventRecord): void {
    const entry = this.byObject.get(r.object.uid);
    if (!entry) return;
    const i = entry.list.indexOf(r);
    if (i >= 0) entry.list.splice(i, 1);
    if (entry.aggregate?.get(aggregationKey(r)) === r) entry.aggregate.delete(aggregationKey(r));
    if (!entry.list.length) {
      this.byObject.delete(r.object.uid);
      if (this.lastEntry === entry) this.lastUid = this.lastEntry = undefined;
    }
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
    let entry = uid === this.lastUid ? this.lastEntry : this.byObject.get(uid);
    if (!entry) this.byObject.set(uid, (entry = { list: [], involved: undefined }));
    this.lastUid = uid;
    this.lastEntry = entry;
    // The aggregation key is built once (for an object with many records) and serves the lookup and the insert.
    const key = entry.aggregate ? `${type}${reason}\0${message}` : undefined;
    const existing = key !== undefined ? entry.aggregate!.get(key) : findRepeat(entry, type, reason, message);
    const now = this.now();
    if (existing) {
      existing.count++;
      existing.lastTimestamp = now;
      if (this.listeners.size) for (const l of this.listeners) l(existing);
      return;
    }
    const combined = this.combine(entry, type, reason, source, host, now);
    if (combined) {
      combined.count++;
      combined.lastTimestamp = now;
      combined.message = COMBINED + message;
      if (this.listeners.size) for (const l of this.listeners) l(combined);
      return;
    }
    if (combined === null) message = COMBINED + message;
    const involved: InvolvedObject =
      'metadata' in object
        ? (entry.involved ??= { kind: object.kind, namespace: object.metadata.namespace, name: object.metadata.name, uid: object.metadata.uid })
        : object;
    const rec: EventRecord = {
      id: ++this.seq,
      type,
      reason,
      message,
      source,
      host,
      object: involved,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    };
    entry.list.push(rec);
    if (message.startsWith(COMBINED)) {
      // Found by `combine`, never by message.
    } else if (key !== undefined) entry.aggregate!.set(key, rec);
    else if (entry.list.length > SCAN_LIMIT) entry.aggregate = new Map(entry.list.map((r) => [aggregationKey(r), r]));
    this.all.push(rec);
    if (this.listeners.size) for (const l of this.listeners) l(rec);
  }

  /**
   * EventAggregate for a message the object has no record of: the combined record to count it
   * on, `null` when this message is the one that starts combining, `undefined` to record it as is.
   */
  private combine(entry: ObjectEvents, type: string, reason: string, source: string, host: string | undefined, now: number): EventRecord | null | undefined {
    const since = now - AGGREGATE_WINDOW_MS;
    let similar = 0;
    let combined: EventRecord | undefined;
    for (const r of entry.list) {
      if (r.reason !== reason || r.type !== type || r.source !== source || r.host !== host || r.lastTimestamp < since) continue;
      if (r.message.startsWith(COMBINED)) combined = r;
      else similar++;
    }
    if (combined) return combined;
    return similar + 1 >= AGGREGATE_MAX ? null : undefined;
  }

  /** Every record in order, and the id counter (saved cluster state). */
  save(): { seq: number; records: EventRecord[] } {
    this.sweep();
    return { seq: this.seq, records: this.all.map((r) => ({ ...r })) };
  }

  /** Replaces the records with saved ones (repeats keep aggregating onto them). */
  restore(saved: { seq: number; records: readonly EventRecord[] }): void {
    this.byObject.clear();
    this.lastUid = this.lastEntry = undefined;
    this.all.length = 0;
    for (const r of saved.records) {
      const rec: EventRecord = { ...r, object: { ...r.object } };
      let entry = this.byObject.get(rec.object.uid);
      if (!entry) this.byObject.set(rec.object.uid, (entry = { list: [], involved: undefined }));
      entry.list.push(rec);
      if (entry.aggregate) entry.aggregate.set(aggregationKey(rec), rec);
      else if (entry.list.length > SCAN_LIMIT) entry.aggregate = new Map(entry.list.map((x) => [aggregationKey(x), x]));
      this.all.push(rec);
    }
    // A loop, not Math.max(...ids): a big cluster has more events than a call has arguments.
    let seq = Number.isInteger(saved.seq) ? saved.seq : 0;
    for (const r of this.all) if (r.id > seq) seq = r.id;
    this.seq = seq;
  }

  forObject(uid: string): readonly EventRecord[] {
    this.sweep();
    return this.byObject.get(uid)?.list ?? [];
  }

  list(namespace?: string): EventRecord[] {
    this.sweep();
    return namespace === undefined ? [...this.all] : this.all.filter((e) => (e.object.namespace ?? 'default') === namespace);
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

function aggregationKey(r: EventRecord): string {
  return `${r.type}${r.reason}\0${r.message}`;
}

function findRepeat(entry: ObjectEvents, type: string, reason: string, message: string): EventRecord | undefined {
  for (const r of entry.list) if (r.reason === reason && r.type === type && r.message === message) return r;
  return undefined;
}
