import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterHost } from '../../../src/core/cluster/host';
import { VirtualClock } from '../../../src/core/sim/clock';
import { Network } from '../../../src/core/sim/network';
import { SeededRandom } from '../../../src/core/sim/random';
import { FakeImages, pod } from './fakes';

test('follow(): store events across start, delete and a new start; lifecycle calls; nothing after it stops', () => {
  const host = new ClusterHost({ clock: new VirtualClock(), random: new SeededRandom(1), images: new FakeImages(), network: new Network() });
  const objects: string[] = [];
  let lifecycle = 0;
  const stop = host.follow((e) => objects.push(`${e.object.kind}/${e.object.metadata.name}`), () => lifecycle++, 'Pod');

  host.start();
  assert.equal(lifecycle >= 1, true, 'start is a lifecycle change');
  objects.length = 0;
  host.cluster!.api.create(pod('first'));
  assert.ok(objects.includes('Pod/first'), 'pods of the running cluster are heard');
  host.cluster!.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' } });
  assert.ok(!objects.some((o) => o.startsWith('ConfigMap/')), 'only the kind asked for');

  const before = lifecycle;
  host.delete();
  host.start();
  assert.ok(lifecycle >= before + 2, 'delete and start are lifecycle changes');
  objects.length = 0;
  host.cluster!.api.create(pod('second'));
  assert.ok(objects.includes('Pod/second'), 'the new cluster is followed too');

  stop();
  objects.length = 0;
  const after = lifecycle;
  host.cluster!.api.create(pod('third'));
  host.stop();
  assert.deepEqual(objects, []);
  assert.equal(lifecycle, after);
});
