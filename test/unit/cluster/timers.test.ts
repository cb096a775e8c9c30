import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TimerWheel } from '../../../src/core/cluster/timers';
import { VirtualClock } from '../../../src/core/sim/clock';

test('timers due at one instant run in the order they were set, with their arguments, on one clock timer', () => {
  const clock = new VirtualClock();
  const timers = new TimerWheel(clock);
  const t0 = clock.now();
  const ran: string[] = [];
  const tick = (who: string, n: number) => ran.push(`${who}${n}@${clock.now() - t0}`);
  timers.after(500, tick, 'a', 1);
  timers.after(100, () => ran.push(`closure@${clock.now() - t0}`));
  timers.after(500, tick, 'b', 2);
  timers.after(499.6, tick, 'c', 3);
  assert.equal(timers.size, 4);
  clock.advance(100);
  assert.deepEqual(ran, ['closure@100']);
  assert.equal(timers.size, 3);
  clock.advance(400);
  assert.deepEqual(ran, ['closure@100', 'a1@500', 'b2@500', 'c3@500'], 'rounded to the millisecond, in order of setting');
  assert.equal(timers.size, 0);
});
