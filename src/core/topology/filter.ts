/**
 * Search and filters (namespace, kind, label selector `key=value`, free text). Pure, so the
 * webview, the table alternative and the tests share it. A kept node keeps its parent visible.
 */
import type { TopologyGraph, TopologyNode } from './graph';

export interface TopologyFilter {
  readonly namespace?: string;
  /** `objectKind` (Pod, Service, ReplicationController…) or node kind. */
  readonly kind?: string;
  /** `key=value` or `key` (exists). */
  readonly label?: string;
  /** Case-insensitive substring of the name, status or detail. */
  readonly text?: string;
}

export function kindOf(node: TopologyNode): string {
  return node.objectKind ?? node.kind;
}

function matchesLabel(node: TopologyNode, selector: string): boolean {
  const eq = selector.indexOf('=');
  const key = (eq >= 0 ? selector.slice(0, eq) : selector).trim();
  const value = eq >= 0 ? selector.slice(eq + 1).trim() : undefined;
  if (!key) return true;
  const labels = node.labels ?? {};
  if (!Object.prototype.hasOwnProperty.call(labels, key)) return false;
  return value === undefined || labels[key] === value;
}

export function matchesFilter(node: TopologyNode, f: TopologyFilter): boolean {
  if (f.namespace && node.namespace !== undefined && node.namespace !== f.namespace) return false;
  if (f.kind && kindOf(node) !== f.kind) return false;
  if (f.label && !matchesLabel(node, f.label)) return false;
  if (f.text) {
    const needle = f.text.toLowerCase();
    const hay = [node.label, node.status, node.detail, kindOf(node)].filter(Boolean).join(' ').toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

export function isFilterEmpty(f: TopologyFilter): boolean {
  return !f.namespace && !f.kind && !f.label && !f.text;
}

/** The nodes that match, their ancestors (so a pod stays inside its node) and edges between them. */
export function filterGraph(graph: TopologyGraph, f: TopologyFilter): TopologyGraph {
  if (isFilterEmpty(f)) return graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const keep = new Set<string>();
  for (const n of graph.nodes) {
    if (!matchesFilter(n, f)) continue;
    let cur: TopologyNode | undefined = n;
    for (let depth = 0; cur && depth < 8 && !keep.has(cur.id); depth++) {
      keep.add(cur.id);
      cur = cur.parent ? byId.get(cur.parent) : undefined;
    }
  }
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** The choices the filter dropdowns offer, sorted. */
export function filterOptions(graph: TopologyGraph): { namespaces: string[]; kinds: string[] } {
  const namespaces = new Set<string>();
  const kinds = new Set<string>();
  for (const n of graph.nodes) {
    if (n.namespace) namespaces.add(n.namespace);
    kinds.add(kindOf(n));
  }
  return { namespaces: [...namespaces].sort(), kinds: [...kinds].sort() };
}
