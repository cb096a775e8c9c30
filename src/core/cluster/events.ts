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
  readonly message: string;
  /** `default-scheduler`, `kubelet`, `replication-controller`, … (the FROM column). */
  readonly source: string;
  readonly host?: string;
  readonly object: InvolvedObject;
  readonly firstTimestamp: number;
  lastTimestamp: number;
  count: number;
}

export class EventRecorder {
  private seq = 0;
  private readonly byObject = new Map<string, EventRecord[]>();
  private readonly all: EventRecord[] = [];
  /** uid → `type reason\0message` → record: the EventCorrelator's aggregation key. */
  private readonly aggregate = new Map<string, Map<string, EventRecord>>();
  private readonly listeners = new Set<(e: EventRecord) => void>();

  constructor(private readonly now: () => number) {}

  record(
    object: KObject | InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: string,
    host?: string,
  ): void {
    const involved: InvolvedObject =
      'metadata' in object
        ? { kind: object.kind, namespace: object.metadata.namespace, name: object.metadata.name, uid: object.metadata.uid }
        : object;
    let byKey = this.aggregate.get(involved.uid);
    if (!byKey) this.aggregate.set(involved.uid, (byKey = new Map()));
    const aggKey = `${type}${reason}\0${message}`;
    const existing = byKey.get(aggKey);
    const now = this.now();
    if (existing) {
      existing.count++;
      existing.lastTimestamp = now;
      if (this.listeners.size) for (const l of this.listeners) l(existing);
      return;
    }
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
    byKey.set(aggKey, rec);
    this.all.push(rec);
    let list = this.byObject.get(involved.uid);
    if (!list) this.byObject.set(involved.uid, (list = []));
    list.push(rec);
    if (this.listeners.size) for (const l of this.listeners) l(rec);
  }

  forObject(uid: string): readonly EventRecord[] {
    return this.byObject.get(uid) ?? [];
  }

  list(namespace?: string): EventRecord[] {
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
