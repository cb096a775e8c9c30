/**
 * A deduplicating work queue of object keys, after client-go util/workqueue/queue.go:
 * a key waiting in the queue is not added twice (`dirty`), a key is never handed out while
 * being processed (`processing`), and a key added during its own sync is re-queued on `done`.
 * `addRateLimited` models the per-item exponential failure rate limiter (5 ms doubling, capped
 * at 1000 s) on the cluster's timer wheel.
 */
export type Delay = (fn: () => void, ms: number) => void;

export class WorkQueue {
  private items: string[] = [];
  private head = 0;
  private readonly dirty = new Set<string>();
  private readonly processing = new Set<string>();
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
    if (this.dirty.has(key)) return;
    this.dirty.add(key);
    if (this.processing.has(key)) return;
    this.items.push(key);
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
    this.failures.delete(key);
  }

  /** Next key to process, or undefined when empty. Call `done(key)` afterwards. */
  get(): string | undefined {
    if (this.head >= this.items.length) return undefined;
    const key = this.items[this.head++]!;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    this.processing.add(key);
    this.dirty.delete(key);
    return key;
  }

  done(key: string): void {
    this.processing.delete(key);
    if (this.dirty.has(key)) {
      this.items.push(key);
      this.onReady();
    }
  }
}
