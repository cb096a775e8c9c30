import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applicationGraph, clusterGraph, diffGraphs, applyDelta, type TopologyGraph } from '../../../src/core/topology';
import { largeClusterView, SEED_END, SEED_EXPOSED, SEED_SCALING, SEED_SCALING_DOWN } from '../../../src/core/topology/samples';
import { emptyMemory, layoutGraph, type Box } from '../../../webview/layout/layout';

const input = (g: TopologyGraph) => ({ nodes: g.nodes.map((n) => ({ id: n.id, kind: n.kind, ...(n.parent ? { parent: n.parent } : {}) })), edges: g.edges.map((e) => ({ source: e.source, target: e.target })) });

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

test('every node gets a box; children sit inside their group; top-level boxes do not overlap', () => {
  for (const g of [clusterGraph(SEED_END), applicationGraph(SEED_END), clusterGraph(largeClusterView(300))]) {
    const r = layoutGraph(input(g));
    for (const n of g.nodes) assert.ok(r.boxes[n.id], `no box for ${n.id}`);
    for (const n of g.nodes.filter((x) => x.parent)) {
      const c = r.boxes[n.id]!;
      const p = r.boxes[n.parent!]!;
      assert.ok(c.x >= p.x && c.y >= p.y && c.x + c.w <= p.x + p.w && c.y + c.h <= p.y + p.h, `${n.id} outside ${n.parent}`);
    }
    const top = g.nodes.filter((n) => !n.parent).map((n) => r.boxes[n.id]!);
    for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) assert.ok(!overlaps(top[i]!, top[j]!), `top-level boxes ${i} and ${j} overlap`);
    assert.ok(r.width > 0 && r.height > 0);
  }
});

test('layout is deterministic', () => {
  const g = clusterGraph(SEED_END);
  assert.deepEqual(layoutGraph(input(g)).boxes, layoutGraph(input(g)).boxes);
});

test('scaling up and down never moves the pods that stay, and reuses the coarse layout (no jumping)', () => {
  let g = clusterGraph(SEED_EXPOSED);
  let r = layoutGraph(input(g));
  const first = r.boxes['pod/default/kubia-4jfyf'];
  for (const next of [SEED_SCALING, SEED_END, SEED_SCALING_DOWN, SEED_END]) {
    const g2 = applyDelta(g, diffGraphs(g, clusterGraph(next)));
    const r2 = layoutGraph(input(g2), r.memory);
    assert.equal(r2.ranDagre, false, 'the coarse graph did not change');
    for (const n of g.nodes) if (r2.boxes[n.id]) assert.deepEqual(r2.boxes[n.id], r.boxes[n.id], `${n.id} moved`);
    g = g2;
    r = r2;
  }
  assert.deepEqual(r.boxes['pod/default/kubia-4jfyf'], first);
});

test('a removed pod frees its slot and the next new pod takes it; the others stay', () => {
  const g = clusterGraph(SEED_END);
  const r = layoutGraph(input(g));
  const without = { nodes: g.nodes.filter((n) => n.id !== 'pod/default/kubia-hczji'), edges: g.edges };
  const r2 = layoutGraph(input(without), r.memory);
  const added = { nodes: [...without.nodes, { ...g.nodes.find((n) => n.id === 'pod/default/kubia-hczji')!, id: 'pod/default/kubia-new' }], edges: without.edges };
  const r3 = layoutGraph(input(added), r2.memory);
  assert.deepEqual(r3.boxes['pod/default/kubia-new'], r.boxes['pod/default/kubia-hczji']);
  assert.deepEqual(r3.boxes['pod/default/kubia-rsgkk'], r.boxes['pod/default/kubia-rsgkk']);
});

test('a group that grows pushes what is below it instead of re-running the whole layout', () => {
  const view = largeClusterView(40);
  const g = applicationGraph(view);
  const r = layoutGraph(input(g));
  const p = view.pods[0]!;
  const more = { ...view, pods: [...view.pods, ...Array.from({ length: 12 }, (_, i) => ({ ...p, metadata: { ...p.metadata, name: `${p.metadata.name}-${i}` } }))] };
  const g2 = applicationGraph(more);
  const r2 = layoutGraph(input(g2), r.memory);
  assert.equal(r2.ranDagre, false);
  const top = g2.nodes.filter((n) => !n.parent).map((n) => r2.boxes[n.id]!);
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) assert.ok(!overlaps(top[i]!, top[j]!), 'no overlap after growing');
  for (const n of g.nodes.filter((x) => x.kind === 'pod')) {
    const a = r.boxes[n.id]!;
    const b = r2.boxes[n.id]!;
    assert.equal(b.x - a.x, r2.boxes[n.parent!]!.x - r.boxes[n.parent!]!.x, `${n.id} moved with its group only`);
  }
});

test('a new service (coarse change) runs the layered layout again', () => {
  const g = clusterGraph(SEED_EXPOSED);
  const r = layoutGraph(input(g), emptyMemory());
  const g2 = { nodes: [...g.nodes, { id: 'service/default/other', kind: 'service' as const, label: 'other' }], edges: g.edges };
  assert.equal(layoutGraph(input(g2), r.memory).ranDagre, true);
});
