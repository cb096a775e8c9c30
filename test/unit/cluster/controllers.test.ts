import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { THREE_NODE, generatedProfile } from '../../../src/core/cluster/profiles';
import type { KObject } from '../../../src/core/cluster/types';
import { feasibleNodesToFind } from '../../../src/core/cluster/controllers/scheduler';
import { resolveFenceposts } from '../../../src/core/cluster/controllers/deployment';
import { makeCluster, pod } from './fakes';

const rc = (replicas: number, image = 'luksa/kubia') => ({
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'kubia' },
  spec: { replicas, template: { metadata: { labels: { run: 'kubia' } }, spec: { containers: [{ name: 'kubia', image, ports: [{ containerPort: 8080 }] }] } } },
});

const deploy = (image: string, replicas = 3, strategy?: object) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'kubia' },
  spec: {
    replicas,
    strategy,
    selector: { matchLabels: { app: 'kubia' } },
    template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'nodejs', image }] } },
  },
});

const reasons = (cluster: ReturnType<typeof makeCluster>['cluster'], o: KObject) => cluster.events.forObject(o.metadata.uid).map((e) => `${e.type} ${e.reason} ${e.message}`);
const phases = (pods: KObject[]) => pods.map((p) => p.status.phase).sort();

describe('replication controller', () => {
  test('creates replicas, replaces a deleted pod, scales down, adopts and releases by label', () => {
    const { cluster } = makeCluster();
    cluster.api.create(rc(3));
    cluster.settle();
    let pods = cluster.api.list('Pod', 'default');
    assert.equal(pods.length, 3);
    assert.ok(pods.every((p) => /^kubia-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(p.metadata.name)));
    const owner = cluster.api.get('ReplicationController', 'default', 'kubia');
    assert.deepEqual(reasons(cluster, owner).filter((r) => r.includes('SuccessfulCreate')).length, 3);
    cluster.advanceUntil(() => cluster.api.get('ReplicationController', 'default', 'kubia').status.readyReplicas === 3, 60_000);
    assert.deepEqual(phases(cluster.api.list('Pod', 'default')), ['Running', 'Running', 'Running']);

    // Relabel one pod: the RC releases it and creates a replacement (book ch. 4).
    const victim = cluster.api.get('Pod', 'default', pods[0]!.metadata.name);
    cluster.api.update({ ...victim, metadata: { ...victim.metadata, labels: { run: 'other' } } });
    cluster.settle();
    pods = cluster.api.list('Pod', 'default');
    assert.equal(pods.length, 4);
    assert.equal(cluster.api.get('Pod', 'default', victim.metadata.name).metadata.ownerReferences, undefined);

    // Scale down: the not-ready/newest pod goes first.
    const cur = cluster.api.get('ReplicationController', 'default', 'kubia');
    cluster.api.update({ ...cur, spec: { ...cur.spec, replicas: 1 } });
    cluster.settle();
    const terminating = cluster.api.list('Pod', 'default').filter((p) => p.metadata.deletionTimestamp);
    assert.equal(terminating.length, 2);
    assert.ok(terminating.some((p) => p.status.phase === 'Pending'), 'the newest, not yet running pod is deleted first');
  });
});

describe('deployment', () => {
  test('rolling update respects maxSurge/maxUnavailable, and records revisions', () => {
    const { cluster, images } = makeCluster({ profile: THREE_NODE });
    cluster.api.create(deploy('luksa/kubia:v1'));
    cluster.settle();
    const done = () => {
      const d = cluster.api.get('Deployment', 'default', 'kubia');
      return d.status?.updatedReplicas === 3 && d.status?.availableReplicas === 3 && d.status?.replicas === 3;
    };
    assert.ok(cluster.advanceUntil(done, 120_000));
    images.add('luksa/kubia:v2', { id: 'sha256:' + 'd'.repeat(64), sizeBytes: 1000, config: {}, behaviour: { kind: 'idle', startupLog: [] } });

    const d = cluster.api.get('Deployment', 'default', 'kubia');
    cluster.api.update({ ...deploy('luksa/kubia:v2'), metadata: { ...d.metadata } });
    let maxTotal = 0;
    let minAvailable = 3;
    const off = cluster.store.watch('Pod', () => {
      const pods = cluster.store.list('Pod', 'default');
      maxTotal = Math.max(maxTotal, pods.filter((p) => !p.metadata.deletionTimestamp).length);
    });
    const offRs = cluster.store.watch('ReplicaSet', () => {
      const avail = cluster.store.list('ReplicaSet', 'default').reduce((s, rs) => s + Math.min(rs.spec.replicas, rs.status?.availableReplicas ?? 0), 0);
      minAvailable = Math.min(minAvailable, avail);
    });
    assert.ok(cluster.advanceUntil(done, 300_000), 'rollout completes');
    off();
    offRs();
    const { maxSurge, maxUnavailable } = resolveFenceposts(d);
    assert.deepEqual([maxSurge, maxUnavailable], [1, 0]);
    assert.ok(maxTotal <= 3 + maxSurge, `never more than replicas+maxSurge pods (saw ${maxTotal})`);
    assert.ok(minAvailable >= 3 - maxUnavailable, `never fewer than replicas-maxUnavailable available (saw ${minAvailable})`);
    const rss = cluster.api.list('ReplicaSet', 'default').sort((a, b) => a.metadata.annotations!['deployment.kubernetes.io/revision']!.localeCompare(b.metadata.annotations!['deployment.kubernetes.io/revision']!));
    assert.deepEqual(rss.map((rs) => [rs.metadata.annotations!['deployment.kubernetes.io/revision'], rs.spec.replicas]), [['1', 0], ['2', 3]]);
    const events = reasons(cluster, d).filter((r) => r.includes('ScalingReplicaSet'));
    assert.equal(events[0], `Normal ScalingReplicaSet Scaled up replica set ${rss[0]!.metadata.name} from 0 to 3`);
    assert.ok(events.includes(`Normal ScalingReplicaSet Scaled up replica set ${rss[1]!.metadata.name} from 0 to 1`));
    assert.ok(cluster.api.list('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp).every((p) => p.metadata.labels!['pod-template-hash'] === rss[1]!.metadata.labels!['pod-template-hash']));
  });

  test('Recreate scales the old ReplicaSet to zero before the new one starts', () => {
    const { cluster } = makeCluster();
    cluster.api.create(deploy('luksa/kubia', 2, { type: 'Recreate' }));
    cluster.advanceUntil(() => cluster.api.get('Deployment', 'default', 'kubia').status?.availableReplicas === 2, 60_000);
    const d = cluster.api.get('Deployment', 'default', 'kubia');
    cluster.api.update({ ...deploy('nginx', 2, { type: 'Recreate' }), metadata: { ...d.metadata } });
    cluster.settle();
    const newRs = () => cluster.api.list('ReplicaSet', 'default').find((rs) => rs.spec.template.spec.containers[0].image === 'nginx');
    assert.equal(newRs(), undefined, 'no new ReplicaSet while old pods exist');
    cluster.advanceUntil(() => newRs()?.status?.readyReplicas === 2, 60_000);
    assert.deepEqual(cluster.api.list('Pod', 'default').map((p) => p.spec.containers[0].image), ['nginx', 'nginx']);
  });
});

describe('scheduler', () => {
  test('spreads pods over three nodes and reports Insufficient cpu in the real message shape', () => {
    const { cluster } = makeCluster({ profile: THREE_NODE });
    for (let i = 0; i < 3; i++) cluster.api.create(pod(`p${i}`, 'luksa/kubia', {}));
    cluster.settle();
    const nodes = new Set(cluster.api.list('Pod', 'default').map((p) => p.spec.nodeName));
    assert.equal(nodes.size, 3, 'least-allocated scoring spreads the pods');
    const big = pod('big');
    (big.spec.containers[0] as Record<string, unknown>).resources = { requests: { cpu: '2' } };
    const p = cluster.api.create(big);
    cluster.settle();
    assert.deepEqual(reasons(cluster, p), [
      'Warning FailedScheduling 0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    ]);
    assert.equal(cluster.api.get('Pod', 'default', 'big').status.conditions[0].reason, 'Unschedulable');
  });

  test('a pod that finished or was deleted frees its node: pods that did not fit are scheduled then', () => {
    const { cluster, clock } = makeCluster({ profile: generatedProfile(1, 1, 4) });
    const job = (name: string, args: string[]) => ({
      kind: 'Pod',
      metadata: { name },
      spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', args, resources: { requests: { cpu: '600m' } } }] },
    });
    cluster.api.create(job('first', ['sleep', '5']));
    cluster.api.create(job('second', ['sleep', 'infinity']));
    cluster.api.create(job('third', ['sleep', 'infinity']));
    cluster.settle();
    const node = (name: string) => cluster.api.get('Pod', 'default', name).spec.nodeName;
    assert.equal(node('first'), 'node-0');
    assert.equal(node('second'), undefined, '600m + 600m does not fit in 1 CPU');
    clock.advance(10_000);
    assert.equal(cluster.api.get('Pod', 'default', 'first').status.phase, 'Succeeded');
    assert.equal(node('second'), 'node-0', 'a Succeeded pod no longer holds its requests');
    assert.equal(node('third'), undefined);
    cluster.api.delete('Pod', 'default', 'second', { gracePeriodSeconds: 0 });
    cluster.settle();
    assert.equal(node('third'), 'node-0', 'a deleted pod no longer holds its requests');
    cluster.api.delete('Pod', 'default', 'first', { gracePeriodSeconds: 0 });
    cluster.api.create(job('fourth', ['sleep', 'infinity']));
    cluster.settle();
    assert.equal(node('fourth'), undefined, 'deleting a finished pod frees nothing twice');
  });

  test('nodeSelector, taints and cordoned nodes are filtered', () => {
    const { cluster } = makeCluster({ profile: THREE_NODE });
    const [a, b, c] = cluster.api.list('Node').map((n) => n.metadata.name);
    const n0 = cluster.api.get('Node', undefined, a!);
    cluster.api.write({ ...n0, spec: { ...n0.spec, unschedulable: true } });
    const n1 = cluster.api.get('Node', undefined, b!);
    cluster.api.write({ ...n1, spec: { ...n1.spec, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] } });
    const p = cluster.api.create(pod('ssd', 'luksa/kubia', { nodeSelector: { disk: 'ssd' } }));
    cluster.settle();
    assert.deepEqual(reasons(cluster, p), [
      "Warning FailedScheduling 0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    ]);
    // Labelling the free node (kubectl label node … disk=ssd) lets the pending pod schedule.
    const n2 = cluster.api.get('Node', undefined, c!);
    cluster.api.write({ ...n2, metadata: { ...n2.metadata, labels: { ...n2.metadata.labels, disk: 'ssd' } } });
    cluster.settle();
    assert.equal(cluster.api.get('Pod', 'default', 'ssd').spec.nodeName, c);
  });

  test('numFeasibleNodesToFind follows the adaptive percentage', () => {
    assert.deepEqual([50, 100, 1000, 5000, 6000].map(feasibleNodesToFind), [50, 100, 420, 500, 300]);
  });
});

describe('kubelet', () => {
  test('ContainerCreating → Running with the kubelet events, pod IP from the node CIDR', () => {
    const { cluster, clock } = makeCluster();
    const p = cluster.api.create(pod('kubia'));
    cluster.settle();
    const waiting = cluster.api.get('Pod', 'default', 'kubia');
    assert.equal(waiting.status.containerStatuses[0].state.waiting.reason, 'ContainerCreating');
    assert.equal(waiting.status.podIP, '10.244.0.3');
    assert.equal(waiting.status.hostIP, '192.168.49.2');
    clock.advance(30_000);
    const running = cluster.api.get('Pod', 'default', 'kubia');
    assert.equal(running.status.phase, 'Running');
    assert.ok(running.status.containerStatuses[0].ready);
    assert.deepEqual(
      reasons(cluster, p).map((r) => r.split(' ').slice(0, 2).join(' ')),
      ['Normal Scheduled', 'Normal Pulling', 'Normal Pulled', 'Normal Created', 'Normal Started'],
    );
    assert.match(reasons(cluster, p)[2]!, /^Normal Pulled Successfully pulled image "luksa\/kubia" in 8\.8s \(8\.8s including waiting\)\. Image size: 660000000 bytes\.$/);
  });

  test('a never-pushed image: ErrImagePull, then ImagePullBackOff with growing back-off', () => {
    const { cluster, clock, images } = makeCluster();
    const p = cluster.api.create(pod('x', 'someone/never-pushed'));
    cluster.settle();
    clock.advance(2_000);
    const state = () => cluster.api.get('Pod', 'default', 'x').status.containerStatuses[0].state.waiting;
    assert.equal(state().reason, 'ErrImagePull');
    clock.advance(1_000);
    assert.equal(state().reason, 'ImagePullBackOff');
    assert.ok(
      reasons(cluster, p).includes(
        `Warning Failed Failed to pull image "someone/never-pushed": Error response from daemon: pull access denied for someone/never-pushed, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      ),
    );
    const pullsBefore = images.pulls.filter((r) => r === 'someone/never-pushed').length;
    clock.advance(12_000);
    assert.equal(images.pulls.filter((r) => r === 'someone/never-pushed').length, pullsBefore + 1, 'retried after 10 s');
    clock.advance(12_000);
    assert.equal(images.pulls.filter((r) => r === 'someone/never-pushed').length, pullsBefore + 1, 'next retry waits 20 s');
  });

  test('a container that exits is restarted with CrashLoopBackOff', () => {
    const { cluster, clock } = makeCluster();
    cluster.api.create({ kind: 'Pod', metadata: { name: 'bb' }, spec: { containers: [{ name: 'bb', image: 'busybox' }] } });
    cluster.settle();
    clock.advance(60_000);
    const s = cluster.api.get('Pod', 'default', 'bb').status.containerStatuses[0];
    assert.ok(s.restartCount >= 2, `restarts: ${s.restartCount}`);
    assert.equal(s.lastState.terminated.reason, 'Completed');
    assert.equal(s.state.waiting?.reason ?? 'Running', s.state.waiting ? 'CrashLoopBackOff' : 'Running');
    const events = cluster.events.forObject(cluster.api.get('Pod', 'default', 'bb').metadata.uid);
    assert.ok(events.some((e) => e.reason === 'BackOff' && /^Back-off restarting failed container bb in pod bb_default\(/.test(e.message)));
  });

  test('liveness probe against a port the app does not listen on kills and restarts the container', () => {
    const { cluster, clock } = makeCluster();
    const p = cluster.api.create(pod('live', 'luksa/kubia', {}));
    void p;
    const withProbe = pod('probe');
    (withProbe.spec.containers[0] as Record<string, unknown>).livenessProbe = { httpGet: { path: '/', port: 9999 }, initialDelaySeconds: 15 };
    const q = cluster.api.create(withProbe);
    cluster.settle();
    clock.advance(80_000);
    const rs = reasons(cluster, q);
    assert.ok(rs.includes('Warning Unhealthy Liveness probe failed: Get "http://10.244.0.4:9999/": dial tcp 10.244.0.4:9999: connect: connection refused'), rs.join('\n'));
    assert.ok(rs.includes('Normal Killing Container probe failed liveness probe, will be restarted'));
    assert.ok(cluster.api.get('Pod', 'default', 'probe').status.containerStatuses[0].restartCount >= 1);
  });
});

describe('services', () => {
  test('LoadBalancer: <pending>, then an external IP; curl is balanced over ready pods', () => {
    const { cluster, clock, network } = makeCluster({ profile: THREE_NODE });
    cluster.api.create(rc(3));
    cluster.api.create({ kind: 'Service', metadata: { name: 'kubia-http' }, spec: { type: 'LoadBalancer', selector: { run: 'kubia' }, ports: [{ port: 8080, targetPort: 8080 }] } });
    cluster.settle();
    assert.deepEqual(cluster.api.get('Service', 'default', 'kubia-http').status, { loadBalancer: {} });
    cluster.advanceUntil(() => (cluster.api.get('Endpoints', 'default', 'kubia-http').subsets?.[0]?.addresses?.length ?? 0) === 3, 60_000);
    clock.advance(40_000);
    const svc = cluster.api.get('Service', 'default', 'kubia-http');
    const ip = svc.status.loadBalancer.ingress[0].ip;
    assert.equal(ip, '104.155.74.57');
    const hosts = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const r = network.request({ host: ip, port: 8080, path: '/', method: 'GET' });
      assert.ok(r.ok);
      hosts.add(r.body);
    }
    const names = cluster.api.list('Pod', 'default').map((p) => `You've hit ${p.metadata.name}\n`).sort();
    assert.deepEqual([...hosts].sort(), names);
    // ClusterIP is only reachable inside the cluster.
    assert.equal(network.request({ host: svc.spec.clusterIP, port: 8080, path: '/', method: 'GET' }).ok, false);
    assert.equal(cluster.requestFromPod({ host: svc.spec.clusterIP, port: 8080, path: '/', method: 'GET' }).ok, true);
    // NodePort on every node.
    const node = cluster.api.list('Node')[0]!;
    assert.ok(network.request({ host: node.status.addresses[0].address, port: svc.spec.ports[0].nodePort, path: '/', method: 'GET' }).ok);
  });
});

describe('node lifecycle', () => {
  test('a NotReady node gets the unreachable taint; its pods are evicted after the 300 s toleration and replaced elsewhere', () => {
    const { cluster, clock } = makeCluster({ profile: THREE_NODE });
    cluster.api.create(rc(3));
    cluster.advanceUntil(() => cluster.api.get('ReplicationController', 'default', 'kubia').status.readyReplicas === 3, 60_000);
    const victim = cluster.api.list('Pod', 'default')[0]!;
    const node = victim.spec.nodeName as string;
    cluster.setNodeReady(node, false);
    const n = cluster.api.get('Node', undefined, node);
    assert.deepEqual(n.spec.taints.map((t: { key: string; effect: string }) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    assert.equal(n.status.conditions.find((c: { type: string }) => c.type === 'Ready').status, 'Unknown');
    clock.advance(299_000);
    assert.ok(cluster.api.tryGet('Pod', 'default', victim.metadata.name), 'still tolerated');
    clock.advance(2_000);
    cluster.settle();
    assert.equal(cluster.api.tryGet('Pod', 'default', victim.metadata.name), undefined, 'evicted');
    const pods = cluster.api.list('Pod', 'default');
    assert.equal(pods.length, 3);
    assert.ok(pods.every((p) => p.spec.nodeName !== node), 'the replacement avoids the tainted node');
    assert.ok(cluster.events.forObject(victim.metadata.uid).some((e) => e.reason === 'TaintManagerEviction'));
  });
});

describe('kubelet: command overrides and restart policies', () => {
  test('echo exits Completed with its output; sleep N completes; Always restarts pull again and back off 10s, 20s, 40s', () => {
    const { cluster, clock } = makeCluster();
    cluster.api.create({ kind: 'Pod', metadata: { name: 'once' }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', args: ['echo', 'hi'] }] } });
    cluster.api.create({ kind: 'Pod', metadata: { name: 'nap' }, spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'sleep 5'] }] } });
    cluster.api.create({ kind: 'Pod', metadata: { name: 'loop' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } });
    cluster.settle();
    clock.advance(45_000);
    assert.equal(cluster.api.get('Pod', 'default', 'once').status.phase, 'Succeeded');
    assert.deepEqual(cluster.kubelets.logs('default', 'once', 'c', false).lines, ['hi']);
    assert.equal(cluster.api.get('Pod', 'default', 'nap').status.phase, 'Succeeded');
    const loop = cluster.api.get('Pod', 'default', 'loop');
    assert.equal(loop.status.containerStatuses[0].restartCount, 3, 'restarts at ~1s, +10s, +20s; the next waits 40s');
    const backoffs = cluster.events.forObject(loop.metadata.uid).find((e) => e.reason === 'BackOff');
    assert.equal(backoffs?.count, 3);
    assert.equal(cluster.events.forObject(loop.metadata.uid).find((e) => e.reason === 'Pulling')?.count, 4, 'imagePullPolicy Always pulls on every start');
  });
});

describe('readiness and endpoints', () => {
  test('a pod joins the service endpoints only once its readiness probe passes', () => {
    const { cluster, clock } = makeCluster();
    const p = pod('web');
    (p.spec.containers[0] as Record<string, unknown>).readinessProbe = { httpGet: { port: 8080, path: '/' }, initialDelaySeconds: 20, periodSeconds: 5 };
    cluster.api.create(p);
    cluster.api.create({ kind: 'Service', metadata: { name: 'web' }, spec: { selector: { run: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } });
    cluster.settle();
    clock.advance(15_000);
    const ep = () => cluster.api.get('Endpoints', 'default', 'web').subsets?.[0];
    assert.equal(ep()?.addresses, undefined);
    assert.equal(ep()?.notReadyAddresses?.length, 1, 'running but not ready yet');
    const svc = cluster.api.get('Service', 'default', 'web');
    assert.equal(cluster.requestFromPod({ host: svc.spec.clusterIP, port: 80, path: '/', method: 'GET' }).ok, false);
    clock.advance(15_000); // the container started at ~9 s; the probe's 20 s delay counts from there
    assert.equal(ep()?.addresses?.length, 1);
    assert.deepEqual(ep()?.ports, [{ port: 8080, protocol: 'TCP' }]);
    const r = cluster.requestFromPod({ host: svc.spec.clusterIP, port: 80, path: '/', method: 'GET' });
    assert.ok(r.ok && r.body === "You've hit web\n");
  });

  test('a server answers with its hostname; a pod deleted and created again under its name while pulling is a new pod', () => {
    const { cluster, clock } = makeCluster();
    const get = (host: string) => cluster.requestFromPod({ host, port: 8080, path: '/', method: 'GET' });
    cluster.api.create(pod('named', 'luksa/kubia', { hostname: 'front' }));
    cluster.advanceUntil(() => cluster.api.get('Pod', 'default', 'named').status.phase === 'Running', 60_000);
    assert.deepEqual(get(cluster.api.get('Pod', 'default', 'named').status.podIP), { ok: true, status: 200, body: "You've hit front\n" }, 'spec.hostname, not the pod name');
    cluster.api.create(pod('web', 'nginx'));
    cluster.settle();
    const first = cluster.api.get('Pod', 'default', 'web');
    assert.equal(first.status.containerStatuses[0].state.waiting.reason, 'ContainerCreating', 'still pulling');
    cluster.api.delete('Pod', 'default', 'web', { gracePeriodSeconds: 0 });
    cluster.api.create(pod('web'));
    cluster.settle();
    clock.advance(10_000);
    const second = cluster.api.get('Pod', 'default', 'web');
    assert.notEqual(second.metadata.uid, first.metadata.uid);
    assert.equal(second.status.phase, 'Running');
    assert.equal(second.spec.containers[0].image, 'luksa/kubia');
    assert.deepEqual(get(second.status.podIP), { ok: true, status: 200, body: "You've hit web\n" });
    assert.deepEqual(
      cluster.events.forObject(second.metadata.uid).map((e) => e.reason),
      ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started'],
      "the old pod's pull does not act on the new one",
    );
    assert.deepEqual(cluster.events.forObject(first.metadata.uid).map((e) => e.reason), ['Scheduled', 'Pulling']);
  });

  test("pods bound past the node's 253 addresses wait for a sandbox (FailedCreatePodSandBox) and start once an address is free", () => {
    const { cluster, clock } = makeCluster();
    const node = cluster.api.list('Node')[0]!.metadata.name;
    for (let i = 0; i < 255; i++) cluster.api.create(pod(`p${i}`, 'luksa/kubia', { nodeName: node }));
    cluster.settle();
    clock.advance(20_000);
    cluster.settle();
    const pods = cluster.api.list('Pod', 'default');
    const running = pods.filter((p) => p.status?.podIP);
    assert.equal(running.length, 253, 'one pod per address .2 to .254');
    assert.equal(new Set(running.map((p) => p.status.podIP)).size, 253);
    const waiting = pods.filter((p) => !p.status?.podIP).map((p) => p.metadata.name);
    assert.equal(waiting.length, 2);
    const failed = cluster.events.forObject(cluster.api.get('Pod', 'default', waiting[0]!).metadata.uid);
    assert.equal(failed[0]?.reason, 'FailedCreatePodSandBox');
    assert.match(failed[0]!.message, /no IP addresses available in range set: 10\.244\.0\.1-10\.244\.0\.254$/);
    assert.ok(failed[0]!.count > 1, 'retried');

    const freed = running[7]!;
    cluster.api.delete('Pod', 'default', freed.metadata.name, { gracePeriodSeconds: 0 });
    cluster.settle();
    clock.advance(20_000);
    cluster.settle();
    const started = waiting.map((n) => cluster.api.get('Pod', 'default', n)).filter((p) => p.status?.podIP);
    assert.equal(started.length, 1, 'the freed address goes to one waiting pod');
    assert.equal(started[0]!.status.podIP, freed.status.podIP);
  });

  test('an app that crashes on its first request restarts and its logs keep the crash', () => {
    const { cluster, clock, images } = makeCluster();
    images.add('me/broken', {
      id: 'sha256:' + 'e'.repeat(64),
      sizeBytes: 1000,
      config: {},
      behaviour: { kind: 'server', port: 8080, protocol: 'http', startupLog: ['Kubia server starting...'], crashOnRequest: { log: ['ReferenceError: reponse is not defined'], exitCode: 1 } },
    });
    cluster.api.create(pod('broken', 'me/broken'));
    cluster.settle();
    clock.advance(10_000);
    const ip = cluster.api.get('Pod', 'default', 'broken').status.podIP;
    const r = cluster.requestFromPod({ host: ip, port: 8080, path: '/', method: 'GET' });
    assert.deepEqual(r, { ok: false, exitCode: 52, error: 'curl: (52) Empty reply from server' });
    clock.advance(5_000);
    const st = cluster.api.get('Pod', 'default', 'broken').status.containerStatuses[0];
    assert.equal(st.restartCount, 1);
    assert.deepEqual([st.lastState.terminated.reason, st.lastState.terminated.exitCode], ['Error', 1]);
    assert.deepEqual(cluster.kubelets.logs('default', 'broken', 'broken', true).lines, ['Kubia server starting...', 'ReferenceError: reponse is not defined']);
  });
});

describe('pods stamped from a template', () => {
  test('share the admitted spec of their template; a new template gets its own, defaulted and admitted', () => {
    const { cluster } = makeCluster();
    const rs = (image: string, replicas: number) => ({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web' },
      spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } } },
    });
    cluster.api.create(rs('nginx:1.27', 3));
    cluster.settle();
    const pods = () => cluster.api.list('Pod', 'default');
    const specs = pods().map((p) => ({ ...p.spec, nodeName: undefined }));
    assert.equal(specs.length, 3);
    for (const s of specs) assert.deepEqual(s, specs[0]);
    const first = pods()[0]!;
    assert.equal(first.spec.containers[0].imagePullPolicy, 'IfNotPresent');
    assert.equal(first.spec.serviceAccountName, 'default');
    assert.equal(first.spec.tolerations.length, 2);
    assert.equal(first.status.qosClass, 'BestEffort');
    // Containers are one object across the pods (the template's admitted spec), frozen like every stored object.
    assert.ok(pods().every((p) => p.spec.containers === first.spec.containers));
    assert.ok(Object.isFrozen(first.spec.containers[0]));
    // The owner reference is one array for the pods after the first (which takes the ordinary create path).
    assert.ok(new Set(pods().map((p) => p.metadata.ownerReferences)).size <= 2);
    assert.ok(pods().every((p) => p.metadata.labels!['app'] === 'web' && p.metadata.ownerReferences![0]!.name === 'web'));
    const current = cluster.api.get('ReplicaSet', 'default', 'web');
    cluster.api.update({ ...rs('nginx:latest', 4), metadata: { ...current.metadata } });
    cluster.settle();
    const added = pods().find((p) => p.spec.containers[0].image === 'nginx:latest')!;
    assert.equal(added.spec.containers[0].imagePullPolicy, 'Always');
    assert.notEqual(added.spec.containers, first.spec.containers);
  });
});

describe('scheduler on a large cluster', () => {
  test('places the same pods on the same nodes run after run, sampling nodes and honouring filters', () => {
    const place = () => {
      const { cluster } = makeCluster({ profile: generatedProfile(300) });
      const cordoned = cluster.api.get('Node', undefined, 'node-7');
      cluster.api.write({ ...cordoned, spec: { ...cordoned.spec, unschedulable: true } });
      cluster.api.create({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'web' },
        spec: { replicas: 900, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', resources: { requests: { cpu: '1' } } }] } } },
      });
      cluster.settle();
      return cluster.api.list('Pod', 'default').map((p) => `${p.metadata.name}@${p.spec.nodeName}`);
    };
    const a = place();
    assert.deepEqual(place(), a);
    assert.equal(a.length, 900);
    assert.ok(a.every((p) => !p.endsWith('@undefined') && !p.endsWith('@node-7')), 'every pod bound, none on the cordoned node');
    const perNode = new Map<string, number>();
    for (const p of a) perNode.set(p.split('@')[1]!, (perNode.get(p.split('@')[1]!) ?? 0) + 1);
    // 8 CPUs a node and 1 CPU a pod: NodeResourcesFit never overcommits.
    assert.ok([...perNode.values()].every((n) => n <= 8));
  });
});
