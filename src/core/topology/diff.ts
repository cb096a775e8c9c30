/**
 * Snapshot + incremental deltas between two graphs of the same view, keyed by stable ids.
 * `applyDelta(prev, diffGraphs(prev, next))` has the same nodes and edges as `next`.
 */
import type { TopologyEdge, TopologyGraph, TopologyNode } from './graph';

export interface GraphDelta {
  readonly addedNodes: readonly TopologyNode[];
  readonly changedNodes: readonly TopologyNode[];
  readonly removedNodes: readonly string[];
  readonly addedEdges: readonly TopologyEdge[];
  readonly changedEdges: readonly TopologyEdge[];
  readonly removedEdges: readonly string[];
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function diffById<T extends { readonly id: string }>(prev: readonly T[], next: readonly T[]) {
  const before = new Map(prev.map((x) => [x.id, x]));
  const after = new Map(next.map((x) => [x.id, x]));
  const added: T[] = [];
  const changed: T[] = [];
  for (const x of next) {
    const old = before.get(x.id);
    if (!old) added.push(x);
    else if (!deepEqual(old, x)) changed.push(x);
  }
  const removed = prev.filter((x) => !after.has(x.id)).map((x) => x.id);
  return { added, changed, removed };
}

export function diffGraphs(prev: TopologyGraph, next: TopologyGraph): GraphDelta {
  const n = diffById(prev.nodes, next.nodes);
  const e = diffById(prev.edges, next.edges);
  return {
    addedNodes: n.added,
    changedNodes: n.changed,
    removedNodes: n.removed,
    addedEdges: e.added,
    changedEdges: e.changed,
    removedEdges: e.removed,
  };
}

export function isEmptyDelta(d: GraphDelta): boolean {
  return (
    d.addedNodes.length + d.changedNodes.length + d.removedNodes.length + d.addedEdges.length + d.changedEdges.length + d.removedEdges.length === 0
  );
}

function applyById<T extends { readonly id: string }>(items: readonly T[], added: readonly T[], changed: readonly T[], removed: readonly string[]): T[] {
  const gone = new Set(removed);
  const replaced = new Map(changed.map((x) => [x.id, x]));
  const out = items.filter((x) => !gone.has(x.id)).map((x) => replaced.get(x.id) ?? x);
  const present = new Set(out.map((x) => x.id));
  for (const x of added) if (!present.has(x.id)) out.push(x);
  return out;
}

export function applyDelta(graph: TopologyGraph, d: GraphDelta): TopologyGraph {
  const nodes = applyById(graph.nodes, d.addedNodes, d.changedNodes, d.removedNodes);
  const ids = new Set(nodes.map((x) => x.id));
  // Edges to removed nodes go with them, even if the delta forgot to list them.
  const edges = applyById(graph.edges, d.addedEdges, d.changedEdges, d.removedEdges).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}
