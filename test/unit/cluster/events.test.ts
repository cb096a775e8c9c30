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

test('the 10th distinct message of one object and reason within 10 minutes starts one combined record (EventAggregator)', () => {
  let now = 0;
  const events = new EventRecorder(() => now);
  const rs = { kind: 'ReplicaSet', namespace: 'default', name: 'kubia', uid: 'uid-rs' };
  for (let i = 0; i < 12; i++) {
    events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: kubia-${i}`, 'replicaset-controller');
    now += 1000;
  }
  const shown = events.forObject('uid-rs').map((e) => `${e.message} x${e.count}`);
  assert.equal(shown.length, 10, 'nine plain records and one combined record');
  assert.deepEqual(shown.slice(0, 9), Array.from({ length: 9 }, (_, i) => `Created pod: kubia-${i} x1`));
  assert.equal(shown[9], '(combined from similar events): Created pod: kubia-11 x3', 'the combined record counts the 10th to 12th and shows the latest');

  // A message seen before still counts on its own record; another reason is not combined.
  events.record(rs, 'Normal', 'SuccessfulCreate', 'Created pod: kubia-0', 'replicaset-controller');
  events.record(rs, 'Normal', 'SuccessfulDelete', 'Deleted pod: kubia-3', 'replicaset-controller');
  assert.equal(events.forObject('uid-rs')[0]?.count, 2);
  assert.equal(events.forObject('uid-rs').at(-1)?.message, 'Deleted pod: kubia-3');

  // Ten quiet minutes later, messages are recorded one by one again.
  now += 11 * 60 * 1000;
  events.record(rs, 'Normal', 'SuccessfulCreate', 'Created pod: kubia-99', 'replicaset-controller');
  assert.equal(events.forObject('uid-rs').at(-1)?.message, 'Created pod: kubia-99');
});

test('after the TTL sweeps thousands of records, the rest keep their order, counts and repeats', () => {
  let now = 0;
  const events = new EventRecorder(() => now);
  for (let i = 0; i < 3000; i++) events.record(pod(`p${i}`), 'Normal', 'Scheduled', `Successfully assigned default/p${i} to node-1`, 'default-scheduler');
  now = EVENT_TTL_MS - 1000;
  events.record(pod('p7'), 'Normal', 'Pulled', 'Container image "x" already present on machine', 'kubelet', 'node-1');
  events.record(pod('p9'), 'Warning', 'BackOff', 'Back-off restarting failed container', 'kubelet', 'node-1');
  now = EVENT_TTL_MS + 120_000;
  assert.deepEqual(events.list().map((e) => `${e.object.name} ${e.reason} x${e.count}`), ['p7 Pulled x1', 'p9 BackOff x1']);
  events.record(pod('p9'), 'Warning', 'BackOff', 'Back-off restarting failed container', 'kubelet', 'node-1');
  events.record(pod('p7'), 'Normal', 'Started', 'Started container p7', 'kubelet', 'node-1');
  assert.deepEqual(events.forObject('uid-p9').map((e) => `${e.reason} x${e.count}`), ['BackOff x2']);
  assert.deepEqual(events.forObject('uid-p7').map((e) => e.reason), ['Pulled', 'Started']);
  assert.deepEqual(events.list().map((e) => e.id), [3001, 3002, 3003]);
});

test('restored events keep their ids, times and counts; ids a saved file got wrong are numbered again, after the others', () => {
  let now = 5_000;
  const events = new EventRecorder(() => now);
  events.record(pod('a'), 'Warning', 'BackOff', 'Back-off restarting failed container', 'kubelet', 'minikube');
  now = 9_000;
  events.record(pod('a'), 'Warning', 'BackOff', 'Back-off restarting failed container', 'kubelet', 'minikube');
  const saved = events.save();
  const copy = new EventRecorder(() => now);
  copy.restore(JSON.parse(JSON.stringify(saved)));
  assert.deepEqual(copy.forObject('uid-a').map((e) => [e.id, e.firstTimestamp, e.lastTimestamp, e.count, e.host]), [[1, 5_000, 9_000, 2, 'minikube']]);

  const record = saved.records[0]!;
  const broken = new EventRecorder(() => now);
  broken.restore({
    seq: 7,
    records: [
      { ...record, id: 2 ** 40 },
      { ...record, id: 3, object: { ...record.object, uid: 'uid-b', name: 'b' } },
      { ...record, id: 3, object: { ...record.object, uid: 'uid-c', name: 'c' } },
    ],
  });
  assert.deepEqual(broken.list().map((e) => `${e.object.name} ${e.id}`), ['a 8', 'b 3', 'c 9']);
  broken.record(pod('d'), 'Normal', 'Scheduled', 'Successfully assigned default/d to minikube', 'default-scheduler');
  assert.equal(broken.forObject('uid-d')[0]?.id, 10, 'new records continue after the largest id');

  const full = new EventRecorder(() => now);
  full.restore({ seq: 2 ** 31 - 1, records: [{ ...record, id: 2 ** 31 - 1 }, { ...record, id: -4, object: { ...record.object, uid: 'uid-b', name: 'b' } }] });
  assert.deepEqual(full.list().map((e) => e.id), [1, 2], 'no room after the largest id: all numbered again');
});

test("a slot keeps an object's chain for its next events; after a sweep renumbers chains, a stale slot finds its own object again", () => {
  let now = 0;
  const events = new EventRecorder(() => now);
  const slotA = { events: -1 };
  const slotB = { events: -1 };
  events.record(pod('a'), 'Normal', 'Scheduled', 'Successfully assigned default/a to minikube', 'default-scheduler', undefined, slotA);
  now = 10 * 60 * 1000;
  events.record(pod('b'), 'Normal', 'Scheduled', 'Successfully assigned default/b to minikube', 'default-scheduler', undefined, slotB);
  events.record(pod('b'), 'Normal', 'Pulling', 'Pulling image "luksa/kubia"', 'kubelet', 'minikube', slotB);
  assert.deepEqual([slotA.events, slotB.events], [0, 1]);

  // a's record expires: the sweep loads the rest again, and b's chain becomes number 0.
  now = EVENT_TTL_MS + 5 * 60 * 1000;
  assert.deepEqual(events.list().map((e) => `${e.object.name} ${e.reason}`), ['b Scheduled', 'b Pulling']);
  events.record(pod('a'), 'Normal', 'Pulled', 'Container image "luksa/kubia" already present on machine', 'kubelet', 'minikube', slotA);
  events.record(pod('b'), 'Normal', 'Started', 'Started container kubia', 'kubelet', 'minikube', slotB);
  assert.deepEqual(events.forObject('uid-a').map((e) => e.reason), ['Pulled']);
  assert.deepEqual(events.forObject('uid-b').map((e) => e.reason), ['Scheduled', 'Pulling', 'Started']);
});
