/** A small graph builder: dedupes nodes and edges by id (first wins) and drops dangling edges. */
import { edgeId, type TopologyEdge, type TopologyEdgeKind, type TopologyGraph, type TopologyNode } from './graph';

export class GraphBuilder {
  private readonly nodes = new Map<string, TopologyNode>();
  private readonly edges = new Map<string, TopologyEdge>();

  node(node: TopologyNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  edge(kind: TopologyEdgeKind, source: string, target: string, inactive = false): void {
    const id = edgeId(kind, source, target);
    if (this.edges.has(id) || source === target) return;
    this.edges.set(id, inactive ? { id, source, target, kind, inactive: true } : { id, source, target, kind });
  }

  build(): TopologyGraph {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target));
    // A parent that is not in the graph is dropped rather than left dangling.
    const nodes = [...this.nodes.values()].map((n) => (n.parent && !this.nodes.has(n.parent) ? withoutParent(n) : n));
    return { nodes, edges };
  }
}

function withoutParent(node: TopologyNode): TopologyNode {
  const { parent: _parent, ...rest } = node;
  return rest;
}
