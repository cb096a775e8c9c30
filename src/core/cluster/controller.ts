/**
 * The reconcile-loop skeleton every component shares, after kubernetes/sample-controller
 * controller.go: watch handlers only enqueue `namespace/name` keys; `sync(key)` reads the
 * store and converges; a missing object means done; API errors requeue the key with back-off.
 */
import type { VirtualClock } from '../sim/clock';
import type { SeededRandom } from '../sim/random';
import type { ApiServer } from './apiserver';
import { ApiError } from './errors';
import type { EventRecorder } from './events';
import type { ObjectStore } from './store';
import type { TimerWheel } from './timers';
import { WorkQueue } from './workqueue';

export interface ControllerContext {
  readonly api: ApiServer;
  readonly store: ObjectStore;
  readonly events: EventRecorder;
  readonly timers: TimerWheel;
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  /** Asks the cluster to run the queues (at the current instant). */
  readonly wake: () => void;
}

export abstract class Controller {
  readonly queue: WorkQueue;

  /**
   * `slotKind`: the kind whose keys the queue holds, for a controller that queues one object per
   * key of a large kind (pods): the queue marks the store's slots instead of keeping its own.
   */
  constructor(
    readonly name: string,
    protected readonly ctx: ControllerContext,
    slotKind?: string,
  ) {
    const slots = slotKind === undefined ? undefined : { bit: ctx.store.queueBit(), resolve: (key: string) => ctx.store.handle(slotKind, key) };
    this.queue = new WorkQueue(name, (fn, ms) => ctx.timers.after(ms, fn), ctx.wake, slots);
  }

  protected abstract sync(key: string): void;

  /** Processes one key; false when the queue is empty. */
  processNext(): boolean {
    const key = this.queue.get();
    if (key === undefined) return false;
    try {
      this.sync(key);
      this.queue.forget(key);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.queue.addRateLimited(key);
    } finally {
      this.queue.done(key);
    }
    return true;
  }
}
