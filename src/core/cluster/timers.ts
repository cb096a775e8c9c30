/**
 * Groups the cluster's many timers (one per pod start, back-off, probe…) by due time, so the
 * shared VirtualClock holds one timer per distinct instant instead of one per pod: 100,000 pods
 * starting together cost one clock timer. Callbacks due at the same instant run in the order
 * they were scheduled.
 */
import type { VirtualClock } from '../sim/clock';

export class TimerWheel {
  private readonly buckets = new Map<number, (() => void)[]>();
  private pending = 0;

  constructor(private readonly clock: VirtualClock) {}

  get size(): number {
    return this.pending;
  }

  after(ms: number, fn: () => void): void {
    const at = this.clock.now() + Math.max(0, Math.round(ms));
    let bucket = this.buckets.get(at);
    if (!bucket) {
      this.buckets.set(at, (bucket = []));
      this.clock.setTimeout(() => this.fire(at), at - this.clock.now());
    }
    bucket.push(fn);
    this.pending++;
  }

  private fire(at: number): void {
    const bucket = this.buckets.get(at);
    this.buckets.delete(at);
    if (!bucket) return;
    this.pending -= bucket.length;
    for (const fn of bucket) fn();
  }
}
