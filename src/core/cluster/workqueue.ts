/**
 * A deduplicating work queue of object keys, after client-go util/workqueue/queue.go:
 * a key waiting in the queue is not added twice (`dirty`), a key is never handed out while
 * being processed (`processing`), and a key added during its own sync is re-queued on `done`.
 * `addRateLimited` models the per-item exponential failure rate limiter (5 ms doubling, capped
 * at 1000 s) on the cluster's timer wheel.
 */
export type Delay = (fn: () => void, ms: number) => void;

/** A key's place in the queue: one record per key, so a pass costs one map write and one delete, not seven set operations. */
interface Entry {
  readonly key: string;
  /** Waiting to be processed (queued, or re-queued on `done`). */
  dirty: boolean;
  processing: boolean;
}

export class WorkQueue {
  private items: Entry[] = [];
  private head = 0;
  /** Keys waiting or being processed; a key leaves when it is done and not dirty. */
  private readonly entries = new Map<string, Entry>();
  /** The entry `get` handed out last: `done` nearly always names it. */
  private last: Entry | undefined;
  private readonly failures = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly delay: Delay,
    private readonly onReady: () => void = () => undefined,
  ) {}

  get length(): number {
    return this.items.length - this.head;
  }

  add(key: string): void {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = { key, dirty: false, processing: false }));
    else if (e.dirty) return;
    e.dirty = true;
    if (e.processing) return;
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
    e.processing = true;
    e.dirty = false;
    this.last = e;
    return e.key;
  }

  done(key: string): void {
    const e = this.last?.key === key ? this.last : this.entries.get(key);
    if (!e) return;
    e.processing = false;
    if (e.dirty) {
      this.items.push(e);
      this.onReady();
    } else {
      this.entries.delete(key);
      if (this.last === e) this.last = undefined;
    }
  }
}
