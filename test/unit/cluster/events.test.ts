import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_TTL_MS, EventRecorder } from '../../../src/core/cluster/events';

const pod = (name: string) => ({ kind: 'Pod', namespace: 'default', name, uid: `uid-${name}` });

test('events expire an hour after their last update (the API server event TTL); repeats keep them alive', () => {
  let now = 0;
  const events = new EventRecorder(() => now);
  events.record(pod('a'), 'Normal', 'Scheduled', 'Successfully assigned default/a to minikube', 'default-scheduler');
  events.record(pod('b'), 'Warning', 'BackOff', 'Back-off restarting failed container', 'kubelet', 'minikube');
  now = EVENT_TTL_MS - 60_000;
  events.record(pod('b'), 'Warning', 'BackOff', 'Back-off restarting failed container', 'kubelet', 'minikube');
  assert.equal(events.list().length, 2, 'nothing has expired yet');

  now = EVENT_TTL_MS + 120_000;
  assert.deepEqual(events.list().map((e) => `${e.object.name} ${e.reason} x${e.count}`), ['b BackOff x2']);
  assert.deepEqual(events.forObject('uid-a'), []);
  assert.equal(events.save().records.length, 1, 'expired events are not saved');

  // A new occurrence after expiry starts a new record, as a fresh Event object would.
  events.record(pod('a'), 'Normal', 'Scheduled', 'Successfully assigned default/a to minikube', 'default-scheduler');
  assert.equal(events.forObject('uid-a')[0]?.count, 1);
  now += 2 * EVENT_TTL_MS;
  assert.deepEqual(events.list(), []);
});
