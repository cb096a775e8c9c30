// The incremental structures behind the cluster's performance (issue 7): they must stay exactly
// right as objects are deleted, relabelled and re-owned, or controllers act on stale state.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { THREE_NODE } from '../../../src/core/cluster/profiles';
import { EventRecorder } from '../../../src/core/cluster/events';
import { ObjectStore } from '../../../src/core/cluster/store';
import type { KObject } from '../../../src/core/cluster/types';
import { makeCluster, pod } from './fakes';

const names = (objects: Iterable<KObject>) => [...objects].map((o) => o.metadata.name).sort();
/** The objects a pass over the owner index visits. */
const each = (store: ObjectStore, owner: string): KObject[] => {
  const out: KObject[] = [];
  store.indexed('ConfigMap', 'owner', owner, (o) => out.push(o));
  return out;
};

function cm(name: string, owner?: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'default', uid: `u-${name}`, resourceVersion: '', creationTimestamp: '', ownerReferences: owner ? [{ apiVersion: 'v1', kind: 'X', name: owner, uid: owner, controller: true }] : undefined },
  };
}

describe('store index (live view)', () => {
  test('follows create, owner change and delete', () => {
    const store = new ObjectStore({ freeze: true });
    store.addIndex('ConfigMap', 'owner', (o) => o.metadata.ownerReferences?.[0]?.uid);
    store.create(cm('a', 'o1'));
    const b = store.create(cm('b', 'o1'));
    store.create(cm('c', 'o2'));
    assert.deepEqual(names(each(store, 'o1')), ['a', 'b']);
    // Re-owned: leaves o1's bucket, joins o2's; a status-like write keeps it where it is.
    const moved = store.update({ ...b, metadata: { ...b.metadata, ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o2', uid: 'o2', controller: true }] } });
    store.update({ ...moved, data: { k: 'v' } });
    assert.deepEqual(names(each(store, 'o1')), ['a']);
    assert.deepEqual(names(each(store, 'o2')), ['b', 'c']);
    assert.equal([...each(store, 'o2')].find((o) => o.metadata.name === 'b')?.data?.k, 'v', 'the index holds the latest version');
    store.delete('ConfigMap', 'default', 'a');
    assert.deepEqual(names(each(store, 'o1')), []);
    assert.equal(store.countByIndex('ConfigMap', 'owner', 'o1'), 0);
  });
});

describe('scheduler accounting', () => {
  test('requested resources are released when a pod is deleted: a pending pod then fits', () => {
    const { cluster } = makeCluster({ profile: THREE_NODE });
    const big = (name: string) => {
      const p = pod(name);
      (p.spec.containers[0] as Record<string, unknown>).resources = { requests: { cpu: '600m' } };
      return p;
    };
    for (let i = 0; i < 3; i++) cluster.api.create(big(`p${i}`));
    cluster.settle();
    const placed = cluster.api.list('Pod', 'default').map((p) => p.spec.nodeName);
    assert.equal(new Set(placed).size, 3, 'one 600m pod per 940m node');
    cluster.api.create(big('waiting'));
    cluster.settle();
    assert.equal(cluster.api.get('Pod', 'default', 'waiting').spec.nodeName, undefined);
    const victim = cluster.api.get('Pod', 'default', 'p1');
    cluster.api.delete('Pod', 'default', 'p1');
    cluster.advanceUntil(() => !cluster.api.exists('Pod', 'default', 'p1'), 60_000);
    cluster.advanceUntil(() => cluster.api.get('Pod', 'default', 'waiting').spec.nodeName !== undefined, 1_000);
    assert.equal(cluster.api.get('Pod', 'default', 'waiting').spec.nodeName, victim.spec.nodeName);
  });

  test('pods of a controller spread over nodes, and a node emptied of them is refilled first', () => {
    const { cluster } = makeCluster({ profile: THREE_NODE });
    const rs = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web' },
      spec: { replicas: 6, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    };
    cluster.api.create(rs);
    cluster.settle();
    const perNode = () => {
      const m = new Map<string, number>();
      for (const p of cluster.api.list('Pod', 'default')) if (!p.metadata.deletionTimestamp) m.set(p.spec.nodeName, (m.get(p.spec.nodeName) ?? 0) + 1);
      return [...m.values()].sort();
    };
    assert.deepEqual(perNode(), [2, 2, 2]);
    // Scale down to 3 (one per node), wait for the terminations, scale back to 6: 2 per node again.
    cluster.api.write({ ...cluster.api.get('ReplicaSet', 'default', 'web'), spec: { ...rs.spec, replicas: 3 } });
    cluster.advanceUntil(() => cluster.api.list('Pod', 'default').length === 3, 60_000);
    assert.deepEqual(perNode(), [1, 1, 1]);
    cluster.api.write({ ...cluster.api.get('ReplicaSet', 'default', 'web'), spec: { ...rs.spec, replicas: 6 } });
    cluster.settle();
    assert.deepEqual(perNode(), [2, 2, 2]);
  });
});

describe('event aggregation', () => {
  test('repeats are counted on the same record, also past the short-scan limit', () => {
    let now = 0;
    const events = new EventRecorder(() => now);
    const o = { kind: 'ReplicaSet', namespace: 'default', name: 'kubia', uid: 'rs-1' };
    // 40 reasons, one message each: below the EventAggregator's 10 similar messages per reason.
    for (let i = 0; i < 40; i++) events.record(o, 'Normal', `Step${i}`, `Created pod: kubia-${i}`, 'replicaset-controller');
    now = 5_000;
    events.record(o, 'Normal', 'Step3', 'Created pod: kubia-3', 'replicaset-controller');
    events.record(o, 'Normal', 'Step39', 'Created pod: kubia-39', 'replicaset-controller');
    events.record(o, 'Warning', 'Step39', 'Created pod: kubia-39', 'replicaset-controller');
    const list = events.forObject('rs-1');
    assert.equal(list.length, 41, '40 distinct messages + one Warning with a repeated message');
    assert.deepEqual(
      list.filter((e) => e.count > 1).map((e) => [e.message, e.count, e.firstTimestamp, e.lastTimestamp]),
      [
        ['Created pod: kubia-3', 2, 0, 5_000],
        ['Created pod: kubia-39', 2, 0, 5_000],
      ],
    );
    assert.equal(events.list('default').length, 41);
  });
});

describe('endpoints', () => {
  test('a Service whose selector changes picks up pods created afterwards', () => {
    const { cluster } = makeCluster();
    cluster.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' }, spec: { selector: { app: 'a' }, ports: [{ port: 80, targetPort: 8080 }] } });
    cluster.api.create({ ...pod('first'), metadata: { name: 'first', labels: { app: 'a' } } });
    cluster.settle();
    const svc = cluster.api.get('Service', 'default', 'svc');
    cluster.api.update({ ...svc, spec: { ...svc.spec, selector: { app: 'b' } } });
    cluster.api.delete('Pod', 'default', 'first');
    cluster.advanceUntil(() => !cluster.api.exists('Pod', 'default', 'first'), 60_000);
    cluster.api.create({ ...pod('second'), metadata: { name: 'second', labels: { app: 'b' } } });
    const ready = () => (cluster.api.tryGet('Endpoints', 'default', 'svc')?.subsets?.[0]?.addresses ?? []).map((a: { targetRef: { name: string } }) => a.targetRef.name);
    cluster.advanceUntil(() => ready().length > 0, 60_000);
    assert.deepEqual(ready(), ['second']);
  });
});
