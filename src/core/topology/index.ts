/**
 * The graph the topology webview draws: plain data, built from simulator state.
 * Shared with the webview through `src/shared/protocol.ts`.
 */
export type TopologyNodeKind = 'cluster' | 'node' | 'component' | 'pod' | 'service' | 'workload' | 'image';

export interface TopologyNode {
  readonly id: string;
  readonly kind: TopologyNodeKind;
  /** Object name: user input, always rendered as text. */
  readonly label: string;
  /** Phase or condition shown as a badge (`Ready`, `Running`, `Pending`…). */
  readonly status?: string;
  /** Id of the node that visually contains this one (a pod's node). */
  readonly parent?: string;
}

export interface TopologyEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: 'owns' | 'selects' | 'runs-on' | 'control';
}

export interface TopologyGraph {
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

/** Control-plane components of a minikube node, as the curriculum introduces them. */
export const CONTROL_PLANE = ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager'] as const;
export const NODE_COMPONENTS = ['kubelet', 'kube-proxy'] as const;

/** A one-node cluster with nothing scheduled: what `minikube start` gives. */
export function emptyClusterTopology(nodeName = 'minikube'): TopologyGraph {
  const nodeId = `node/${nodeName}`;
  const nodes: TopologyNode[] = [
    { id: 'cluster', kind: 'cluster', label: nodeName },
    { id: nodeId, kind: 'node', label: nodeName, status: 'Ready', parent: 'cluster' },
  ];
  const edges: TopologyEdge[] = [];
  for (const name of CONTROL_PLANE) {
    nodes.push({ id: `component/${name}`, kind: 'component', label: name, status: 'Running', parent: nodeId });
  }
  for (const name of NODE_COMPONENTS) {
    nodes.push({ id: `component/${name}`, kind: 'component', label: name, status: 'Running', parent: nodeId });
    edges.push({ id: `control/${name}`, source: 'component/kube-apiserver', target: `component/${name}`, kind: 'control' });
  }
  edges.push(
    { id: 'control/etcd', source: 'component/kube-apiserver', target: 'component/etcd', kind: 'control' },
    { id: 'control/scheduler', source: 'component/kube-scheduler', target: 'component/kube-apiserver', kind: 'control' },
    {
      id: 'control/controller-manager',
      source: 'component/kube-controller-manager',
      target: 'component/kube-apiserver',
      kind: 'control',
    },
  );
  return { nodes, edges };
}
