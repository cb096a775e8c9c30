import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterHost, type ClusterDeps } from '../../../src/core/cluster/host';
import { ClusterStateError, restoreCluster, saveCluster } from '../../../src/core/cluster/state';
import { KubectlProvider } from '../../../src/core/cli/kubectl';
import type { CommandContext } from '../../../src/core/shell/types';
import { VirtualClock } from '../../../src/core/sim/clock';
import { Network } from '../../../src/core/sim/network';
import { SeededRandom } from '../../../src/core/sim/random';
import { isPodReady } from '../../../src/core/cluster/podutil';
import { generatedProfile } from '../../../src/core/cluster/profiles';
import type { KObject } from '../../../src/core/cluster/types';
import { FakeImages, pod } from './fakes';
import { MemoryFs } from './shell';

function deps(now?: number, randomState?: number): ClusterDeps & { clock: VirtualClock; random: SeededRandom; network: Network } {
  const random = new SeededRandom(7);
  if (randomState !== undefined) random.restore(randomState);
  return { clock: new VirtualClock(now), random, images: new FakeImages(), network: new Network() };
}

function kubectl(host: ClusterHost, line: string): string {
  let out = '';
  const ctx: CommandContext = { out: (t) => (out += t), err: (t) => (out += t), cwd: '/work', env: {}, fs: new MemoryFs() };
  new KubectlProvider(host).run(line.split(' '), ctx);
  return out;
}

/** Saves as the extension does (JSON in workspace state) and restores over fresh engine parts. */
function reload(host: ClusterHost, d: ReturnType<typeof deps>): { host: ClusterHost; deps: ReturnType<typeof deps> } {
  const saved = JSON.parse(JSON.stringify(saveCluster(host)));
  const d2 = deps(d.clock.now(), d.random.save());
  return { host: restoreCluster(saved, d2), deps: d2 };
}

const rc = (replicas: number) => ({
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'kubia' },
  spec: { replicas, template: { metadata: { labels: { run: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }] } } },
});

/** As JSON carries it (fields set to `undefined` are not saved). */
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const everything = (host: ClusterHost) => asJson([...host.existing!.store.all()]);
const readyPods = (host: ClusterHost) => host.cluster!.store.list('Pod', 'default').filter(isPodReady).length;

describe('cluster state (save / restore)', () => {
  test('round trip: objects, uids, resourceVersions, events, pod IPs and logs come back; services answer', () => {
    const d = deps();
    const host = new ClusterHost(d, { profile: 'three-node' });
    const c = host.cluster!;
    c.api.create(rc(3));
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia-http' }, spec: { type: 'LoadBalancer', selector: { run: 'kubia' }, ports: [{ port: 8080, targetPort: 8080 }] } });
    c.advanceUntil(() => readyPods(host) === 3 && !!c.store.get('Service', 'default', 'kubia-http')?.status?.loadBalancer?.ingress, 120_000);
    const wide = kubectl(host, 'kubectl get po -o wide');
    const svc = kubectl(host, 'kubectl get svc');
    const podName = c.store.list('Pod', 'default')[0]!.metadata.name;
    const logs = kubectl(host, `kubectl logs ${podName}`);

    const r = reload(host, d);
    assert.equal(r.host.state, 'Running');
    assert.equal(r.host.profile.name, 'three-node');
    assert.deepEqual(everything(r.host), everything(host), 'every object, with its uid and resourceVersion');
    assert.equal(r.host.cluster!.store.resourceVersion, c.store.resourceVersion);
    assert.deepEqual(asJson(r.host.cluster!.events.list()), asJson(c.events.list()));
    assert.equal(kubectl(r.host, 'kubectl get po -o wide'), wide);
    assert.equal(kubectl(r.host, 'kubectl get svc'), svc);
    assert.equal(kubectl(r.host, `kubectl logs ${podName}`), logs);
    const ip = r.host.cluster!.store.get('Service', 'default', 'kubia-http')!.status.loadBalancer.ingress[0].ip;
    const answer = r.deps.network.request({ host: ip, port: 8080, path: '/', method: 'GET' });
    assert.ok(answer.ok && /^You've hit kubia-/.test(answer.body), 'the restored kube-proxy and pods answer');
  });

  test('a restored cluster keeps reconciling exactly as the original would', () => {
    const d = deps();
    const host = new ClusterHost(d, { profile: 'three-node' });
    host.cluster!.api.create(rc(2));
    host.cluster!.advanceUntil(() => readyPods(host) === 2, 60_000);
    const r = reload(host, d);
    for (const h of [host, r.host]) {
      const c = h.cluster!;
      const current = c.store.get('ReplicationController', 'default', 'kubia')!;
      c.api.write({ ...current, spec: { ...current.spec, replicas: 5 } });
      c.advanceUntil(() => readyPods(h) === 5, 60_000);
    }
    const summary = (h: ClusterHost) =>
      h.cluster!.store.list('Pod', 'default').map((p: KObject) => `${p.metadata.name} ${p.spec.nodeName} ${p.status.podIP} ${p.metadata.resourceVersion} ${p.metadata.uid}`);
    assert.deepEqual(summary(r.host), summary(host), 'same names, nodes, IPs, resourceVersions and uids after scaling');
    assert.equal(new Set(summary(r.host).map((s) => s.split(' ')[2])).size, 5, 'no pod IP handed out twice');
  });

  test('on a large cluster the scheduler resumes where it stopped: same placements after a restore', () => {
    const d = deps();
    const host = new ClusterHost(d, { profile: generatedProfile(120), start: false });
    host.start();
    const rs = (replicas: number) => ({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web' },
      spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    });
    host.cluster!.api.create(rs(300));
    host.cluster!.advanceUntil(() => readyPods(host) === 300, 120_000);
    const r = reload(host, d);
    for (const h of [host, r.host]) {
      const c = h.cluster!;
      c.api.write({ ...c.store.get('ReplicaSet', 'default', 'web')!, spec: rs(450).spec });
      c.advanceUntil(() => readyPods(h) === 450, 120_000);
    }
    const placements = (h: ClusterHost) => h.cluster!.store.list('Pod', 'default').map((p: KObject) => `${p.metadata.name}@${p.spec.nodeName}`);
    assert.deepEqual(placements(r.host), placements(host));
  });

  test('pods caught mid-way resume: ContainerCreating reaches Running, a failed pull keeps backing off', () => {
    const d = deps();
    const host = new ClusterHost(d);
    host.cluster!.api.create(pod('kubia'));
    host.cluster!.api.create(pod('ghost', 'someone/never-pushed'));
    host.cluster!.settle();
    d.clock.advance(2_000);
    const r = reload(host, d);
    const get = (name: string) => r.host.cluster!.store.get('Pod', 'default', name)!;
    assert.equal(get('kubia').status.containerStatuses[0].state.waiting.reason, 'ContainerCreating');
    r.host.cluster!.advanceUntil(() => isPodReady(get('kubia')), 60_000);
    assert.equal(get('kubia').status.phase, 'Running');
    r.deps.clock.advance(30_000);
    assert.equal(get('ghost').status.containerStatuses[0].state.waiting.reason, 'ImagePullBackOff');
  });

  test('a stopped cluster comes back stopped and starts with its pods; a deleted one stays absent', () => {
    const d = deps();
    const host = new ClusterHost(d);
    host.cluster!.api.create(pod('kubia'));
    host.cluster!.advanceUntil(() => readyPods(host) === 1, 60_000);
    host.stop();
    const r = reload(host, d);
    assert.equal(r.host.state, 'Stopped');
    assert.match(kubectl(r.host, 'kubectl get po'), /The connection to the server .* was refused/);
    r.host.start();
    assert.match(kubectl(r.host, 'kubectl get po'), /^kubia\s+1\/1\s+Running/m);
    r.host.delete();
    assert.equal(reload(r.host, r.deps).host.state, 'Absent');
  });

  test('a corrupt or newer state is reported with a reason, never a crash', () => {
    const d = deps();
    const valid = JSON.parse(JSON.stringify(saveCluster(new ClusterHost(d))));
    const cases: [unknown, RegExp][] = [
      ['nonsense', /not a Kube Tutor cluster state/],
      [null, /not a Kube Tutor cluster state/],
      [{ ...valid, version: 2 }, /version 2 is newer than this Kube Tutor understands/],
      [{ ...valid, host: 'Exploded' }, /unknown cluster state "Exploded"/],
      [{ ...valid, profile: { name: 'mars' } }, /profile is unreadable/],
      [{ ...valid, objects: [{ kind: 'Pod' }] }, /objects are unreadable/],
      [{ ...valid, kubelet: 3 }, /kubelet state is unreadable/],
      [{ ...valid, objects: [...valid.objects, { kind: 'Pod', metadata: { name: 'x', namespace: 'default', ownerReferences: 5 } }] }, /could not be rebuilt/],
    ];
    for (const [state, message] of cases) assert.throws(() => restoreCluster(state, deps()), (e: Error) => e instanceof ClusterStateError && message.test(e.message), JSON.stringify(state).slice(0, 80));
  });
});
