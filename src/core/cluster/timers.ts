/**
 * Groups the cluster's many timers (one per pod start, back-off, probe…) by due time, so the
 * shared VirtualClock holds one timer per distinct instant instead of one per pod: 100,000 pods
 * starting together cost one clock timer. Callbacks due at the same instant run in the order
 * they were scheduled. A callback may take two arguments, kept beside it in the bucket: a caller
 * with one task per pod passes a shared function and the pod's state rather than a closure over
 * it (a closure and its scope per pending pod, all promoted while 100,000 pulls wait).
 */
import type { VirtualClock } from '../sim/clock';

export class TimerWheel {
  /** Due instant → callbacks and their two arguments, three slots each. */
  private readonly buckets = new Map<number, unknown[]>();
  private pending = 0;

  constructor(private readonly clock: VirtualClock) {}

  get size(): number {
    return this.pending;
  }

  after(ms: number, fn: () => void): void;
  after<A, B>(ms: number, fn: (a: A, b: B) => void, a: A, b: B): void;
  after(ms: number, fn: (a?: unknown, b?: unknown) => void, a?: unknown, b?: unknown): void {
    const at = this.clock.now() + Math.max(0, Math.round(ms));
    let bucket = this.buckets.get(at);
    if (!bucket) {
      this.buckets.set(at, (bucket = []));
      this.clock.setTimeout(() => this.fire(at), at - this.clock.now());
    }
    bucket.push(fn, a, b);
    this.pending++;
  }

  private fire(at: number): void {
    const bucket = this.buckets.get(at);
    this.buckets.delete(at);
    if (!bucket) return;
    this.pending -= bucket.length / 3;
    for (let i = 0; i < bucket.length; i += 3) (bucket[i] as (a: unknown, b: unknown) => void)(bucket[i + 1], bucket[i + 2]);
  }
}
