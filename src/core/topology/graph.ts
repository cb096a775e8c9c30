/**
 * The graph the topology webview draws: plain data (model), no positions (layout lives in the
 * webview) and no DOM (render). Edges are declared as relations between node ids, as in
 * Headlamp's resourceMap (graph/graphModel.tsx, sources/definitions/relations.tsx).
 */
export type TopologyViewKind = 'cluster' | 'application' | 'docker';
export const VIEW_KINDS: readonly TopologyViewKind[] = ['cluster', 'application', 'docker'];

export type TopologyNodeKind =
  | 'cluster'
  | 'node'
  | 'group'
  | 'component'
  | 'pod'
  | 'workload'
  | 'service'
  | 'external'
  | 'image'
  | 'layer'
  | 'container'
  | 'port'
  | 'repository'
  | 'build';

/** Colour family, independent of the theme (the webview maps it to `--vscode-*` colours). */
export type Tone = 'ok' | 'progress' | 'warning' | 'error' | 'terminating' | 'neutral';

/** Context actions a node may offer; the host maps each to an extension command. */
export type TopologyAction = 'scale' | 'delete' | 'logs' | 'describe' | 'openYaml';
export const TOPOLOGY_ACTIONS: readonly TopologyAction[] = ['scale', 'delete', 'logs', 'describe', 'openYaml'];

/** The Kubernetes or Docker object a node stands for (for actions and details). */
export interface ObjectRef {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
}

export interface TopologyNode {
  /** Stable across updates: derived from kind, namespace and name, never from positions or order. */
  readonly id: string;
  readonly kind: TopologyNodeKind;
  /** Object name: user input, always rendered as text. */
  readonly label: string;
  /** The object's own kind for display and filters (`ReplicationController`, `Pod`, `Image`…). */
  readonly objectKind?: string;
  /** Phase or condition shown as a badge (`Ready`, `Running`, `ContainerCreating`…). */
  readonly status?: string;
  readonly tone?: Tone;
  /** A second line (pod IP, cluster IP, image size, ports). */
  readonly detail?: string;
  /** Id of the node that visually contains this one (a pod's node). */
  readonly parent?: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly ref?: ObjectRef;
  readonly actions?: readonly TopologyAction[];
}

export type TopologyEdgeKind =
  | 'owns'
  | 'selects'
  | 'runs-on'
  | 'control'
  | 'exposes'
  | 'uses-image'
  | 'layer'
  | 'built-from'
  | 'pushed-to'
  | 'publishes';

export interface TopologyEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: TopologyEdgeKind;
  /** A service → pod edge to an endpoint that is not ready yet. */
  readonly inactive?: boolean;
}

export interface TopologyGraph {
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

export function edgeId(kind: TopologyEdgeKind, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}
