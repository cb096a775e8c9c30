import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore } from '../../../src/core/cluster/store';
import { parseSelector, Selector, SelectorParseError, formatLabels } from '../../../src/core/cluster/labels';
import { WorkQueue } from '../../../src/core/cluster/workqueue';
import { ApiError } from '../../../src/core/cluster/errors';
import type { KObject, WatchEvent } from '../../../src/core/cluster/types';
import { makeCluster, pod } from './fakes';

/** The objects a pass over an index value visits. */
function visited(store: ObjectStore, index: string, value: string): KObject[] {
  const out: KObject[] = [];
  store.indexed('ConfigMap', index, value, (o) => out.push(o));
  return out;
}

function obj(name: string, labels?: Record<string, string>): KObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', uid: `u-${name}`, resourceVersion: '', creationTimestamp: '', labels } };
}

describe('object store', () => {
  test('resourceVersion grows on every write, watchers see ADDED/MODIFIED/DELETED with the old object', () => {
    const store = new ObjectStore({ freeze: true });
    const seen: string[] = [];
    store.watch('ConfigMap', (e: WatchEvent) => seen.push(`${e.type}:${e.object.metadata.resourceVersion}:${e.old?.metadata.resourceVersion ?? '-'}`));
    const a = store.create(obj('a'));
    const b = store.update({ ...a, data: { x: '1' } });
    store.delete('ConfigMap', 'default', 'a');
    assert.deepEqual(seen, ['ADDED:1:-', `MODIFIED:2:1`, 'DELETED:2:2']);
    assert.equal(b.metadata.resourceVersion, '2');
  });

  test('stored objects are frozen: mutating a cached object throws', () => {
    const store = new ObjectStore({ freeze: true });
    const a = store.create(obj('a', { app: 'x' }));
    assert.throws(() => {
      (a.metadata.labels as Record<string, string>).app = 'y';
    }, TypeError);
  });

  test('a stale resourceVersion is a Conflict with the API server wording', () => {
    const store = new ObjectStore();
    const a = store.create(obj('a'));
    store.update({ ...a });
    assert.throws(
      () => store.update({ ...a }),
      (e: ApiError) => e.reason === 'Conflict' && e.toKubectl() === 'Error from server (Conflict): Operation cannot be fulfilled on configmaps "a": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  test('AlreadyExists and NotFound wording', () => {
    const store = new ObjectStore();
    store.create(obj('a'));
    assert.throws(() => store.create(obj('a')), (e: ApiError) => e.toKubectl() === 'Error from server (AlreadyExists): configmaps "a" already exists');
    assert.throws(() => store.delete('Pod', 'default', 'x'), (e: ApiError) => e.toKubectl() === 'Error from server (NotFound): pods "x" not found');
  });

  test('indexes follow updates and deletes', () => {
    const store = new ObjectStore();
    store.addIndex('ConfigMap', 'app', (o) => o.metadata.labels?.app);
    const a = store.create(obj('a', { app: 'x' }));
    store.create(obj('b', { app: 'x' }));
    assert.equal(store.countByIndex('ConfigMap', 'app', 'x'), 2);
    store.update({ ...a, metadata: { ...a.metadata, labels: { app: 'y' } } });
    assert.deepEqual(store.byIndex('ConfigMap', 'app', 'x').map((o) => o.metadata.name), ['b']);
    assert.deepEqual(store.byIndex('ConfigMap', 'app', 'y').map((o) => o.metadata.name), ['a']);
    store.delete('ConfigMap', 'default', 'b');
    assert.equal(store.countByIndex('ConfigMap', 'app', 'x'), 0);
  });

  test('dependents of an owner: by controller index and by other owner references, following updates and deletes', () => {
    const store = new ObjectStore();
    store.addIndex('ConfigMap', 'controller', (o) => o.metadata.ownerReferences?.find((r) => r.controller)?.uid, { byController: true });
    const ref = (uid: string, controller: boolean) => ({ apiVersion: 'v1', kind: 'Owner', name: uid, uid, controller });
    const withRefs = (o: KObject, refs: ReturnType<typeof ref>[]) => ({ ...o, metadata: { ...o.metadata, ownerReferences: refs } });
    const a = store.create(withRefs(obj('a'), [ref('rs', true), ref('extra', false)]));
    store.create(withRefs(obj('b'), [ref('rs', true)]));
    store.create(withRefs(obj('c'), [ref('extra', false)]));
    const of = (uid: string) => store.dependentsOf(uid).map((d) => d.key).sort();
    assert.deepEqual(of('rs'), ['default/a', 'default/b']);
    assert.deepEqual(of('extra'), ['default/a', 'default/c']);
    store.update(withRefs(a, [ref('extra', false)]));
    assert.deepEqual(of('rs'), ['default/b'], 'released by its controller');
    assert.deepEqual(of('extra'), ['default/a', 'default/c']);
    store.delete('ConfigMap', 'default', 'b');
    store.delete('ConfigMap', 'default', 'c');
    assert.deepEqual(of('rs'), []);
    assert.deepEqual(of('extra'), ['default/a']);
    assert.throws(() => store.addIndex('ConfigMap', 'again', () => undefined, { byController: true }), /must come before its objects/);
  });

  test("a write that names its key is checked against the object's namespace and name", () => {
    const store = new ObjectStore();
    const a = store.create(obj('a'), false, 'default/a');
    store.create(obj('b'));
    assert.throws(() => store.create(obj('c'), false, 'default/b'), /key default\/b given for ConfigMap default\/c/);
    assert.throws(() => store.create(obj('c'), false, 'other/c'), /key other\/c given/);
    assert.throws(() => store.update({ ...a, data: { x: '1' } } as KObject, false, 'default/b'), /key default\/b given for ConfigMap default\/a/);
    assert.equal(store.update({ ...a, data: { x: '1' } } as KObject, false, 'default/a').data.x, '1');
    assert.deepEqual(store.list('ConfigMap').map((o) => o.metadata.name), ['a', 'b']);

    // A write through the object's slot: the same checks, and a deleted object's slot is NotFound.
    const slotA = store.handle('ConfigMap', 'default/a')!;
    const slotB = store.handle('ConfigMap', 'default/b')!;
    const a2 = store.update({ ...slotA.object, data: { x: '2' } } as KObject, false, slotA);
    assert.equal(store.get('ConfigMap', 'default', 'a'), a2);
    assert.equal(slotA.object, a2, 'the slot follows the write');
    assert.throws(() => store.update({ ...a2, data: { x: '3' } } as KObject, false, slotB), /key default\/b given for ConfigMap default\/a/);
    assert.throws(() => store.update({ ...slotA.object, data: { x: '3' } } as KObject, false, { ...slotA, object: { ...a2, kind: 'Secret' } }), /a Secret slot given for ConfigMap/);
    store.delete('ConfigMap', 'default', 'a');
    store.create(obj('a'));
    assert.throws(() => store.update({ ...a2, data: { x: '4' } } as KObject, false, slotA), (e: unknown) => e instanceof ApiError && e.reason === 'NotFound', 'the slot of the deleted object, not the new one');
  });

  test('an update that keeps the index value is seen through the index at once, in the same order', () => {
    const store = new ObjectStore();
    const a = store.create(obj('a', { app: 'x' }));
    store.create(obj('b', { app: 'x' }));
    store.addIndex('ConfigMap', 'app', (o) => o.metadata.labels?.app);
    const a2 = store.update({ ...a, data: { v: '2' } });
    assert.equal(store.byIndex('ConfigMap', 'app', 'x')[0], a2);
    assert.deepEqual(visited(store, 'app', 'x').map((o) => `${o.metadata.name}:${o.metadata.resourceVersion}`), ['a:3', 'b:2']);
    assert.equal(store.get('ConfigMap', 'default', 'a'), a2);
    assert.deepEqual(store.list('ConfigMap').map((o) => o.metadata.name), ['a', 'b']);
    // Deleted and created again: a new slot, at the end.
    store.delete('ConfigMap', 'default', 'a');
    const a3 = store.create(obj('a', { app: 'x' }));
    assert.deepEqual(store.byIndex('ConfigMap', 'app', 'x'), [store.get('ConfigMap', 'default', 'b'), a3]);
    assert.deepEqual([...store.all()].map((o) => o.metadata.name), ['b', 'a']);
  });
});

describe('label selectors', () => {
  const cases: [string, Record<string, string>, boolean][] = [
    ['app=kubia', { app: 'kubia' }, true],
    ['app==kubia', { app: 'kubia' }, true],
    ['app!=kubia', { app: 'kubia' }, false],
    ['app!=kubia', {}, true],
    ['env in (prod,devel)', { env: 'devel' }, true],
    ['env in (prod,devel)', { env: 'qa' }, false],
    ['env notin (prod)', {}, true],
    ['env', { env: '' }, true],
    ['!env', { env: 'x' }, false],
    ['app=kubia,!canary', { app: 'kubia', canary: 'true' }, false],
    ['app=kubia, rel in (beta, stable)', { app: 'kubia', rel: 'beta' }, true],
  ];
  for (const [text, labels, want] of cases)
    test(`${text} on ${formatLabels(labels)} → ${want}`, () => assert.equal(parseSelector(text).matches(labels), want));

  test('matchExpressions and string form', () => {
    const s = Selector.fromLabelSelector({ matchLabels: { app: 'kubia' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] });
    assert.equal(s.matches({ app: 'kubia', env: 'dev' }), true);
    assert.equal(s.matches({ app: 'kubia', env: 'prod' }), false);
    assert.equal(s.toString(), 'app=kubia,env notin (prod)');
  });

  test('bad selectors get apimachinery wording', () => {
    assert.throws(() => parseSelector('app=kubia=x'), SelectorParseError);
    assert.throws(() => parseSelector('a b'), /unable to parse requirement/);
  });
});

describe('work queue (client-go semantics)', () => {
  test('dedupes waiting keys; a key added while processing is re-queued once on done', () => {
    const q = new WorkQueue('t', () => undefined);
    q.add('a');
    q.add('b');
    q.add('a');
    assert.equal(q.length, 2);
    const k = q.get()!;
    assert.equal(k, 'a');
    q.add('a');
    q.add('a');
    assert.equal(q.length, 1, 'not handed out concurrently');
    q.done('a');
    assert.deepEqual([q.get(), q.get(), q.get()], ['b', 'a', undefined]);
  });

  test('queues that mark store slots keep the same rules, apart from each other, by slot or by key', () => {
    const store = new ObjectStore();
    const seen: WatchEvent[] = [];
    store.watch('ConfigMap', (e) => seen.push(e));
    const slots = () => ({ bit: store.queueBit(), resolve: (key: string) => store.handle('ConfigMap', key) });
    const q1 = new WorkQueue('q1', () => undefined, undefined, slots());
    const q2 = new WorkQueue('q2', () => undefined, undefined, slots());
    store.create(obj('a'));
    const cell = seen[0]!.cell;
    assert.equal(cell.key, 'default/a');
    q1.add(cell.key, cell);
    q1.add('default/a');
    q2.add('default/a');
    assert.deepEqual([q1.length, q2.length], [1, 1], 'one waiting entry per queue, whether added by slot or by key');
    assert.equal(q1.get(), 'default/a');
    q1.add('default/a', cell);
    assert.equal(q1.length, 0, 'not handed out while being processed');
    assert.equal(q2.get(), 'default/a', 'the other queue hands it out on its own');
    q2.done('default/a');
    q1.done('default/a');
    assert.deepEqual([q1.get(), q1.get()], ['default/a', undefined], 're-queued once its sync is done');
    q1.done('default/a');

    // A deleted object's key is still queued (its sync sees it gone); a key of no object has a record of the queue's own.
    store.delete('ConfigMap', 'default', 'a');
    q2.add('default/a', seen.at(-1)!.cell);
    q2.add('default/b');
    q2.add('default/b');
    assert.deepEqual([q2.get(), q2.get(), q2.get()], ['default/a', 'default/b', undefined]);
    q2.done('default/b');
    q2.done('default/a');
    q2.add('default/b');
    assert.equal(q2.get(), 'default/b', 'a record is dropped once done, and a new one made on the next add');
    assert.throws(() => {
      for (let i = 0; i < 20; i++) store.queueBit();
    }, /more than 15 work queues/);
  });

  test('rate-limited requeue doubles the delay and forget resets it', () => {
    const delays: number[] = [];
    const q = new WorkQueue('t', (_fn, ms) => delays.push(ms));
    q.addRateLimited('a');
    q.addRateLimited('a');
    q.addRateLimited('a');
    q.forget('a');
    q.addRateLimited('a');
    assert.deepEqual(delays, [5, 10, 20, 5]);
  });
});

describe('garbage collector', () => {
  test('deleting an RC deletes its pods (background cascade); --cascade=orphan keeps them', () => {
    const { cluster } = makeCluster();
    const rc = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'kubia' },
      spec: { replicas: 2, template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } } },
    };
    cluster.api.create(rc);
    cluster.settle();
    assert.equal(cluster.api.list('Pod', 'default').length, 2);
    cluster.api.delete('ReplicationController', 'default', 'kubia');
    cluster.settle();
    assert.ok(cluster.api.list('Pod', 'default').every((p) => p.metadata.deletionTimestamp), 'pods terminating');
    cluster.advanceUntil(() => cluster.api.list('Pod', 'default').length === 0, 60_000);
    assert.equal(cluster.api.list('Pod', 'default').length, 0);

    cluster.api.create(rc);
    cluster.settle();
    cluster.api.delete('ReplicationController', 'default', 'kubia', { propagation: 'Orphan' });
    cluster.settle();
    const pods = cluster.api.list('Pod', 'default');
    assert.equal(pods.length, 2);
    assert.ok(pods.every((p) => !p.metadata.ownerReferences && !p.metadata.deletionTimestamp));
  });

  test('uids are seeded: the same seed gives the same uids and names', () => {
    const names = () => {
      const { cluster } = makeCluster();
      const p = cluster.api.create({ ...pod('x'), metadata: { generateName: 'x-' } });
      return `${p.metadata.name} ${p.metadata.uid}`;
    };
    assert.equal(names(), names());
    assert.match(names(), /^x-[a-z0-9]{5} [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
