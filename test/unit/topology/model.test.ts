import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicationGraph,
  applyDelta,
  buildGraph,
  clusterGraph,
  describeObject,
  diffGraphs,
  dockerGraph,
  filterGraph,
  isEmptyDelta,
  trafficPulses,
  VIEW_KINDS,
  type TopologyGraph,
} from '../../../src/core/topology';
import { HOSTILE, HOSTILE_VIEW, MINIKUBE_EMPTY, SAMPLES, SEED_END, SEED_EXPOSED, SEED_SCALING, SEED_SCALING_DOWN, largeClusterView } from '../../../src/core/topology/samples';
import { parseImageRef } from '../../../src/core/topology/relations';

const byId = (g: TopologyGraph, id: string) => g.nodes.find((n) => n.id === id);
const edges = (g: TopologyGraph, kind: string) => g.edges.filter((e) => e.kind === kind).map((e) => `${e.source} -> ${e.target}${e.inactive ? ' (inactive)' : ''}`).sort();

test('cluster view of the seed end state: 3 pods on minikube, RC owns them, kubia-http selects them, external IP exposes it', () => {
  const g = clusterGraph(SEED_END);
  const pods = g.nodes.filter((n) => n.kind === 'pod');
  assert.deepEqual(pods.map((p) => [p.id, p.parent, p.status, p.tone]), [
    ['pod/default/kubia-4jfyf', 'node/minikube', 'Running', 'ok'],
    ['pod/default/kubia-hczji', 'node/minikube', 'Running', 'ok'],
    ['pod/default/kubia-rsgkk', 'node/minikube', 'Running', 'ok'],
  ]);
  assert.deepEqual(edges(g, 'owns'), pods.map((p) => `replicationcontroller/default/kubia -> ${p.id}`));
  assert.deepEqual(edges(g, 'selects'), pods.map((p) => `service/default/kubia-http -> ${p.id}`));
  assert.deepEqual(edges(g, 'exposes'), ['external/default/kubia-http -> service/default/kubia-http']);
  assert.equal(byId(g, 'external/default/kubia-http')?.label, '104.155.74.57');
  assert.equal(byId(g, 'replicationcontroller/default/kubia')?.status, '3/3');
  assert.deepEqual(g.nodes.filter((n) => n.kind === 'component').map((n) => n.label), ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy']);
  for (const e of g.edges) assert.ok(byId(g, e.source) && byId(g, e.target), `dangling edge ${e.id}`);
});

test('pending external IP and pods still being created: <pending>, progress tone, inactive service edges', () => {
  const exposed = clusterGraph(SEED_EXPOSED);
  assert.equal(byId(exposed, 'external/default/kubia-http')?.label, '<pending>');
  assert.equal(byId(exposed, 'external/default/kubia-http')?.tone, 'progress');
  const scaling = clusterGraph(SEED_SCALING);
  assert.deepEqual(scaling.nodes.filter((n) => n.kind === 'pod').map((n) => [n.status, n.tone]), [['Running', 'ok'], ['ContainerCreating', 'progress'], ['ContainerCreating', 'progress']]);
  assert.deepEqual(edges(scaling, 'selects'), [
    'service/default/kubia-http -> pod/default/kubia-4jfyf',
    'service/default/kubia-http -> pod/default/kubia-hczji (inactive)',
    'service/default/kubia-http -> pod/default/kubia-rsgkk (inactive)',
  ]);
  const down = clusterGraph(SEED_SCALING_DOWN);
  assert.deepEqual(down.nodes.filter((n) => n.kind === 'pod').map((n) => n.tone), ['ok', 'terminating', 'terminating']);
});

test('unscheduled pods go to a pending group; CrashLoopBackOff is an error', () => {
  const view = {
    ...MINIKUBE_EMPTY,
    pods: [
      { metadata: { name: 'a' }, phase: 'Pending' as const, ready: false, containers: [] },
      { metadata: { name: 'b' }, nodeName: 'minikube', phase: 'Running' as const, reason: 'CrashLoopBackOff', ready: false, containers: [] },
    ],
  };
  const g = clusterGraph(view);
  assert.equal(byId(g, 'pod/default/a')?.parent, 'group/unscheduled');
  assert.equal(byId(g, 'group/unscheduled')?.kind, 'group');
  assert.deepEqual([byId(g, 'pod/default/b')?.status, byId(g, 'pod/default/b')?.tone], ['CrashLoopBackOff', 'error']);
  assert.equal(byId(clusterGraph(MINIKUBE_EMPTY), 'group/unscheduled'), undefined);
});

test('application view: build → image → registry → RC (holding its pods) ← service ← external IP', () => {
  const g = applicationGraph(SEED_END);
  assert.deepEqual(g.nodes.filter((n) => n.kind === 'pod').map((n) => n.parent), Array(3).fill('replicationcontroller/default/kubia'));
  assert.deepEqual(edges(g, 'uses-image'), ['repository/docker.io/user/kubia -> replicationcontroller/default/kubia']);
  assert.deepEqual(edges(g, 'pushed-to'), [`image/${SEED_END.images[1]!.id} -> repository/docker.io/user/kubia`]);
  assert.deepEqual(edges(g, 'built-from'), [`build/. -> image/${SEED_END.images[1]!.id}`]);
  assert.equal(edges(g, 'selects').length, 3);
  assert.equal(edges(g, 'exposes').length, 1);
});

test('application view marks an image that was never pushed as not found (what ErrImagePull is about)', () => {
  const view = { ...SEED_END, repositories: [], images: [] };
  const g = applicationGraph(view);
  const repo = byId(g, 'repository/docker.io/user/kubia');
  assert.deepEqual([repo?.label, repo?.status, repo?.tone], ['docker.io/user/kubia:latest', 'Not found', 'warning']);
});

test('docker view: shared layers are one node each, chained; containers, ports and the pushed repository', () => {
  const g = dockerGraph(SEED_END);
  const layers = g.nodes.filter((n) => n.kind === 'layer');
  assert.equal(layers.length, 5, 'node:7 has 3 layers, kubia adds 2 on top of the same 3');
  const [node7, kubia] = SEED_END.images;
  const layerEdges = edges(g, 'layer');
  assert.ok(layerEdges.includes(`layer/${node7!.layers[2]!.id} -> image/${node7!.id}`));
  assert.ok(layerEdges.includes(`layer/${node7!.layers[2]!.id} -> layer/${kubia!.layers[3]!.id}`), 'kubia builds on node:7');
  assert.ok(layerEdges.includes(`layer/${kubia!.layers[4]!.id} -> image/${kubia!.id}`));
  assert.deepEqual(edges(g, 'uses-image'), [`image/${kubia!.id} -> container/${SEED_END.containers[0]!.id}`]);
  assert.deepEqual(g.nodes.filter((n) => n.kind === 'port').map((n) => n.label), ['0.0.0.0:8080->8080/tcp']);
  assert.deepEqual(edges(g, 'pushed-to'), [`image/${kubia!.id} -> repository/docker.io/user/kubia`]);
  assert.equal(byId(g, `image/${kubia!.id}`)?.detail, '660MB');
});

test('ids are stable: the same object keeps its id whatever else changes', () => {
  for (const kind of VIEW_KINDS) {
    const a = buildGraph(SEED_EXPOSED, kind);
    const b = buildGraph(SEED_END, kind);
    const idsB = new Set(b.nodes.map((n) => n.id));
    for (const n of a.nodes) assert.ok(idsB.has(n.id), `${kind}: ${n.id} disappeared`);
    assert.equal(new Set(b.nodes.map((n) => n.id)).size, b.nodes.length, `${kind}: duplicate ids`);
    assert.deepEqual(buildGraph(SEED_END, kind), b, `${kind}: deterministic`);
  }
});

test('scaling 1 → 3 is a delta: 2 pods and their edges added, the RC and service changed, nothing removed', () => {
  const before = clusterGraph(SEED_EXPOSED);
  const after = clusterGraph(SEED_SCALING);
  const d = diffGraphs(before, after);
  assert.deepEqual(d.addedNodes.map((n) => n.id), ['pod/default/kubia-hczji', 'pod/default/kubia-rsgkk']);
  assert.deepEqual(d.changedNodes.map((n) => n.id), ['replicationcontroller/default/kubia', 'external/default/kubia-http']);
  assert.deepEqual(d.removedNodes, []);
  assert.equal(d.addedEdges.length, 4);
  assert.deepEqual(d.removedEdges, []);
  const back = diffGraphs(after, before);
  assert.deepEqual(back.removedNodes, ['pod/default/kubia-hczji', 'pod/default/kubia-rsgkk']);
  assert.ok(isEmptyDelta(diffGraphs(after, clusterGraph(SEED_SCALING))));
});

test('applying the diff reproduces the next graph, for every pair of samples and views', () => {
  const names = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
  const sorted = (g: TopologyGraph) => ({ nodes: [...g.nodes].sort((a, b) => a.id.localeCompare(b.id)), edges: [...g.edges].sort((a, b) => a.id.localeCompare(b.id)) });
  for (const kind of VIEW_KINDS) {
    for (const a of names) {
      for (const b of names) {
        const prev = buildGraph(SAMPLES[a], kind);
        const next = buildGraph(SAMPLES[b], kind);
        assert.deepEqual(sorted(applyDelta(prev, diffGraphs(prev, next))), sorted(next), `${kind}: ${a} → ${b}`);
      }
    }
  }
});

test('applyDelta drops edges whose endpoints were removed', () => {
  const g = clusterGraph(SEED_END);
  const out = applyDelta(g, { addedNodes: [], changedNodes: [], removedNodes: ['pod/default/kubia-4jfyf'], addedEdges: [], changedEdges: [], removedEdges: [] });
  assert.ok(!out.edges.some((e) => e.target === 'pod/default/kubia-4jfyf'));
});

test('traffic pulses follow external → service → pod, only for events newer than the last seen', () => {
  const g = clusterGraph(SEED_END);
  const pulses = trafficPulses(SEED_END, g, 1);
  assert.deepEqual(pulses.map((p) => p.seq), [2, 3]);
  assert.deepEqual(pulses[0]!.edges, ['exposes:external/default/kubia-http->service/default/kubia-http', 'selects:service/default/kubia-http->pod/default/kubia-hczji']);
  assert.deepEqual(trafficPulses(SEED_END, g, 3), []);
});

test('filters by namespace, kind, label and text keep the ancestors of what matches', () => {
  const g = clusterGraph(SEED_END);
  assert.deepEqual(filterGraph(g, { kind: 'Pod' }).nodes.map((n) => n.id), ['node/minikube', 'pod/default/kubia-4jfyf', 'pod/default/kubia-hczji', 'pod/default/kubia-rsgkk']);
  assert.deepEqual(filterGraph(g, { text: 'hczji' }).nodes.map((n) => n.id), ['node/minikube', 'pod/default/kubia-hczji']);
  assert.equal(filterGraph(g, { label: 'run=kubia' }).nodes.filter((n) => n.kind === 'pod').length, 3);
  assert.equal(filterGraph(g, { label: 'run=other' }).nodes.length, 0);
  assert.equal(filterGraph(g, { namespace: 'kube-system', kind: 'Pod' }).nodes.length, 0);
  const f = filterGraph(g, { kind: 'Service' });
  assert.deepEqual(f.edges, []);
  assert.equal(filterGraph(g, {}), g);
});

test('hostile names stay data: labels and names are carried verbatim, no prototype pollution', () => {
  for (const kind of VIEW_KINDS) {
    const g = buildGraph(HOSTILE_VIEW, kind);
    assert.ok(g.nodes.some((n) => n.label.includes(HOSTILE)), `${kind} carries the hostile name`);
  }
  const pod = byId(clusterGraph(HOSTILE_VIEW), `pod/default/${HOSTILE}`);
  assert.equal(pod?.labels?.app, HOSTILE);
  assert.ok(Object.prototype.hasOwnProperty.call(pod?.labels, '__proto__'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.match(describeObject(HOSTILE_VIEW, { kind: 'Pod', namespace: 'default', name: HOSTILE })!.text, /onerror=alert\(1\)/);
});

test('describe prints kubectl-style text with events', () => {
  const d = describeObject(SEED_END, { kind: 'Pod', namespace: 'default', name: 'kubia-4jfyf' })!;
  assert.equal(d.command, 'kubectl describe pod kubia-4jfyf -n default');
  assert.match(d.text, /^Name:\s+kubia-4jfyf$/m);
  assert.match(d.text, /^Node:\s+minikube$/m);
  assert.match(d.text, /^Controlled By:\s+ReplicationController\/kubia$/m);
  assert.match(d.text, /Normal\s+Scheduled/);
  const svc = describeObject(SEED_END, { kind: 'Service', namespace: 'default', name: 'kubia-http' })!;
  assert.match(svc.text, /^LoadBalancer Ingress:\s*104\.155\.74\.57$/m);
  assert.match(svc.text, /^Endpoints:\s+10\.244\.0\.5:8080,10\.244\.0\.6:8080,10\.244\.0\.7:8080$/m);
  assert.equal(describeObject(SEED_END, { kind: 'Pod', name: 'nope' }), undefined);
  assert.match(describeObject(SEED_END, { kind: 'Node', name: 'minikube' })!.text, /Non-terminated Pods:\s+\(3 in total\)/);
  assert.match(describeObject(SEED_END, { kind: 'ReplicationController', namespace: 'default', name: 'kubia' })!.text, /Replicas:\s+3 current \/ 3 desired/);
});

test('image references normalise like docker (library/, registry hosts, tags, digests)', () => {
  assert.deepEqual(parseImageRef('kubia'), { registry: 'docker.io', repository: 'library/kubia', tag: 'latest' });
  assert.deepEqual(parseImageRef('user/kubia:v2'), { registry: 'docker.io', repository: 'user/kubia', tag: 'v2' });
  assert.deepEqual(parseImageRef('localhost:5000/kubia'), { registry: 'localhost:5000', repository: 'kubia', tag: 'latest' });
  assert.deepEqual(parseImageRef('quay.io/a/b@sha256:abc'), { registry: 'quay.io', repository: 'a/b', tag: 'sha256:abc' });
});

test('large generated clusters hold together (every edge has both ends, ids unique)', () => {
  const view = largeClusterView(1000);
  for (const kind of VIEW_KINDS) {
    const g = buildGraph(view, kind);
    const nodeIds = new Set(g.nodes.map((n) => n.id));
    assert.equal(nodeIds.size, g.nodes.length);
    for (const e of g.edges) assert.ok(nodeIds.has(e.source) && nodeIds.has(e.target), e.id);
  }
  assert.equal(clusterGraph(view).nodes.filter((n) => n.kind === 'pod').length, 1000);
});
