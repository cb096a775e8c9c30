/**
 * A deduplicating work queue of object keys, after client-go util/workqueue/queue.go:
 * a key waiting in the queue is not added twice (`dirty`), a key is never handed out while
 * being processed (`processing`), and a key added during its own sync is re-queued on `done`.
 * `addRateLimited` models the per-item exponential failure rate limiter (5 ms doubling, capped
 * at 1000 s) on the cluster's timer wheel.
 *
 * A key's place in the queue is a slot with two bits: the store's own slot of the object when the
 * caller has it (a watch event's `cell`) or the queue can find it (`resolve`), else a record of
 * the queue's own. With 100,000 pods passing through the scheduler and kubelet queues, marking the
 * store's slot saves a map entry per key and queue (a set, a get and a delete on a large table).
 */
export type Delay = (fn: () => void, ms: number) => void;

/** Where a key waits: its bits are the queues' marks (each queue has two of its own). */
export interface QueueSlot {
  readonly key: string;
  marks: number;
}

/** A key without a store slot (the object is gone, or the queue holds keys of no kind). */
class OwnSlot implements QueueSlot {
  marks = 0;
  constructor(readonly key: string) {}
}

export interface SlotOptions {
  /** Which bit pair of a slot's marks this queue uses (0–14): distinct for queues that share slots. */
  readonly bit: number;
  /** The store slot of a key, for keys added without one. */
  readonly resolve: (key: string) => QueueSlot | undefined;
}

/** Queues sharing slots: at most this many (two bits each in a small integer). */
export const MAX_SLOT_QUEUES = 15;

export class WorkQueue {
  private items: QueueSlot[] = [];
  private head = 0;
  /** Own slots of keys waiting or being processed; a key leaves when it is done and not dirty. */
  private readonly entries = new Map<string, OwnSlot>();
  /** Slots handed out by `get` and not yet `done`, newest last (one, unless syncs nest). */
  private readonly inFlight: QueueSlot[] = [];
  private readonly failures = new Map<string, number>();
  private readonly dirty: number;
  private readonly processing: number;
  private readonly resolve: ((key: string) => QueueSlot | undefined) | undefined;

  constructor(
    readonly name: string,
    private readonly delay: Delay,
    private readonly onReady: () => void = () => undefined,
    slots?: SlotOptions,
  ) {
    const bit = slots?.bit ?? 0;
    if (!Number.isInteger(bit) || bit < 0 || bit >= MAX_SLOT_QUEUES) throw new Error(`workqueue ${name}: slot bit ${bit} is not 0–${MAX_SLOT_QUEUES - 1}`);
    this.dirty = 1 << (2 * bit);
    this.processing = 1 << (2 * bit + 1);
    this.resolve = slots?.resolve;
  }

  get length(): number {
    return this.items.length - this.head;
  }

  /** Queues `key`; `slot`: its store slot, when the caller has it (saves finding it). */
  add(key: string, slot?: QueueSlot): void {
    let e = slot ?? this.resolve?.(key) ?? this.entries.get(key);
    if (!e) this.entries.set(key, (e = new OwnSlot(key)));
    if (e.marks & this.dirty) return;
    e.marks |= this.dirty;
    if (e.marks & this.processing) return;
    this.items.push(e);
    this.onReady();
  }

  addAfter(key: string, ms: number): void {
    if (ms <= 0) this.add(key);
    else this.delay(() => this.add(key), ms);
  }

  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    this.addAfter(key, Math.min(5 * 2 ** n, 1_000_000));
  }

  forget(key: string): void {
    if (this.failures.size) this.failures.delete(key);
  }

  /** Next key to process, or undefined when empty. Call `done(key)` afterwards. */
  get(): string | undefined {
    if (this.head >= this.items.length) return undefined;
    const e = this.items[this.head++]!;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    e.marks = (e.marks | this.processing) & ~this.dirty;
    this.inFlight.push(e);
    return e.key;
  }

  done(key: string): void {
    const flying = this.inFlight;
    let i = flying.length - 1;
    while (i >= 0 && flying[i]!.key !== key) i--;
    if (i < 0) return;
    const e = flying[i]!;
    flying.splice(i, 1);
    e.marks &= ~this.processing;
    if (e.marks & this.dirty) {
      this.items.push(e);
      this.onReady();
      return;
    }
    if (e instanceof OwnSlot) this.entries.delete(key);
  }
}
