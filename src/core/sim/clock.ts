/**
 * The virtual clock every simulator component schedules through. Tests and the
 * `kube-tutor sim` CLI step it; the extension drives it in real time at a chosen speed.
 * Timers fire in (time, insertion) order, so runs are deterministic.
 */
export type TimerId = number;

interface Timer {
  readonly id: TimerId;
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
}

export class VirtualClock {
  private current: number;
  private seq = 0;
  private readonly timers = new Map<TimerId, Timer>();

  /** `start` is epoch milliseconds (default: 2026-01-01T00:00:00Z, for stable output). */
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerId {
    const id = ++this.seq;
    this.timers.set(id, { id, at: this.current + Math.max(0, ms), seq: id, fn });
    return id;
  }

  clearTimeout(id: TimerId | undefined): void {
    if (id !== undefined) this.timers.delete(id);
  }

  /** Time of the next pending timer, or `undefined` when idle. */
  nextTimerAt(): number | undefined {
    let next: number | undefined;
    for (const t of this.timers.values()) if (next === undefined || t.at < next) next = t.at;
    return next;
  }

  private popDue(limit: number): Timer | undefined {
    let due: Timer | undefined;
    for (const t of this.timers.values()) {
      if (t.at > limit) continue;
      if (!due || t.at < due.at || (t.at === due.at && t.seq < due.seq)) due = t;
    }
    if (due) this.timers.delete(due.id);
    return due;
  }

  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): void {
    const target = this.current + Math.max(0, ms);
    for (let t = this.popDue(target); t; t = this.popDue(target)) {
      this.current = Math.max(this.current, t.at);
      t.fn();
    }
    this.current = target;
  }

  /**
   * Lets the simulator finish what it has started: fires pending timers in order, each time
   * moving to its instant, until none is due within `maxMs` of the start. Time stops at the
   * last timer fired (not at the bound), so an idle simulator does not age. Returns the
   * milliseconds that passed. Used by the "instant" speed after each command.
   */
  settle(maxMs: number): number {
    const start = this.current;
    const deadline = start + Math.max(0, maxMs);
    for (let next = this.nextTimerAt(); next !== undefined && next <= deadline; next = this.nextTimerAt()) {
      const t = this.popDue(next)!;
      this.current = Math.max(this.current, t.at);
      t.fn();
    }
    return this.current - start;
  }

  /**
   * Advances until `condition()` holds (checked after every timer) or `timeoutMs` passes.
   * Returns whether the condition held. Used by `kubectl wait`, `rollout status`, `sleep`.
   */
  advanceUntil(condition: () => boolean, timeoutMs: number): boolean {
    const deadline = this.current + timeoutMs;
    while (!condition()) {
      const next = this.nextTimerAt();
      if (next === undefined || next > deadline) {
        this.current = deadline;
        return condition();
      }
      const t = this.popDue(next)!;
      this.current = Math.max(this.current, t.at);
      t.fn();
    }
    return true;
  }
}
