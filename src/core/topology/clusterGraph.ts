/**
 * Cluster view: nodes hold their pods (kube-ops-view), owners (RC/RS/Deployment) are linked to
 * the pods they own, services to the pods behind them, a LoadBalancer to its external IP.
 */
import { namespaceOf, type ClusterView, type ControllerView, type PodView, type ServiceView } from './clusterView';
import { GraphBuilder } from './builder';
import type { TopologyAction, TopologyGraph, TopologyNode } from './graph';
import { ids } from './ids';
import { ownerOf, serviceTargets } from './relations';
import { controllerStatus, controllerTone, nodeReady, podStatus, podTone } from './status';

const POD_ACTIONS: readonly TopologyAction[] = ['logs', 'describe', 'openYaml', 'delete'];
const WORKLOAD_ACTIONS: readonly TopologyAction[] = ['scale', 'describe', 'openYaml', 'delete'];
const SERVICE_ACTIONS: readonly TopologyAction[] = ['describe', 'openYaml', 'delete'];

export function podNode(pod: PodView, parent: string | undefined): TopologyNode {
  const ns = namespaceOf(pod.metadata);
  return {
    id: ids.pod(pod.metadata),
    kind: 'pod',
    objectKind: 'Pod',
    label: pod.metadata.name,
    status: podStatus(pod),
    tone: podTone(pod),
    ...(pod.podIP ? { detail: pod.podIP } : {}),
    ...(parent ? { parent } : {}),
    namespace: ns,
    labels: pod.metadata.labels ?? {},
    ref: { kind: 'Pod', namespace: ns, name: pod.metadata.name },
    actions: POD_ACTIONS,
  };
}

export function workloadNode(c: ControllerView): TopologyNode {
  const ns = namespaceOf(c.metadata);
  return {
    id: ids.workload(c.kind, c.metadata),
    kind: 'workload',
    objectKind: c.kind,
    label: c.metadata.name,
    status: controllerStatus(c),
    tone: controllerTone(c),
    namespace: ns,
    labels: c.metadata.labels ?? {},
    ref: { kind: c.kind, namespace: ns, name: c.metadata.name },
    actions: WORKLOAD_ACTIONS,
  };
}

export function serviceNode(s: ServiceView): TopologyNode {
  const ns = namespaceOf(s.metadata);
  const ports = s.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',');
  return {
    id: ids.service(s.metadata),
    kind: 'service',
    objectKind: 'Service',
    label: s.metadata.name,
    status: s.type,
    tone: 'neutral',
    detail: [s.clusterIP, ports].filter(Boolean).join(' '),
    namespace: ns,
    labels: s.metadata.labels ?? {},
    ref: { kind: 'Service', namespace: ns, name: s.metadata.name },
    actions: SERVICE_ACTIONS,
  };
}

/** A LoadBalancer's external address: the IP, or `<pending>` as kubectl prints it. */
export function externalNode(s: ServiceView): TopologyNode | undefined {
  if (s.type !== 'LoadBalancer') return undefined;
  const ip = s.externalIPs?.join(',') ?? '';
  return {
    id: ids.external(s.metadata),
    kind: 'external',
    objectKind: 'LoadBalancer',
    label: ip || '<pending>',
    status: ip ? 'Ready' : 'Pending',
    tone: ip ? 'ok' : 'progress',
    detail: s.ports.map((p) => String(p.port)).join(','),
    namespace: namespaceOf(s.metadata),
  };
}

/** Services, their external addresses and service → pod edges; shared by the Cluster and Application views. */
export function addServices(b: GraphBuilder, view: ClusterView): void {
  for (const s of view.services) {
    const svc = serviceNode(s);
    b.node(svc);
    const ext = externalNode(s);
    if (ext) {
      b.node(ext);
      b.edge('exposes', ext.id, svc.id);
    }
    for (const t of serviceTargets(view, s)) b.edge('selects', svc.id, ids.pod(t.pod.metadata), !t.ready);
  }
}

export function clusterGraph(view: ClusterView): TopologyGraph {
  const b = new GraphBuilder();
  for (const n of view.nodes) {
    const id = ids.node(n.metadata.name);
    b.node({
      id,
      kind: 'node',
      objectKind: 'Node',
      label: n.metadata.name,
      status: nodeReady(n),
      tone: nodeReady(n) === 'Ready' ? 'ok' : 'error',
      detail: n.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '',
      labels: n.metadata.labels ?? {},
      ref: { kind: 'Node', name: n.metadata.name },
      actions: ['describe', 'openYaml'],
    });
    for (const c of n.components ?? []) {
      b.node({ id: ids.component(n.metadata.name, c), kind: 'component', objectKind: 'Component', label: c, status: 'Running', tone: 'ok', parent: id });
    }
  }
  const known = new Set(view.nodes.map((n) => n.metadata.name));
  if (view.pods.some((p) => !p.nodeName || !known.has(p.nodeName))) {
    b.node({ id: ids.unscheduled(), kind: 'group', objectKind: 'Group', label: 'Unscheduled', status: 'Pending', tone: 'progress' });
  }
  for (const pod of view.pods) {
    const parent = pod.nodeName && known.has(pod.nodeName) ? ids.node(pod.nodeName) : ids.unscheduled();
    b.node(podNode(pod, parent));
  }
  for (const c of view.controllers) b.node(workloadNode(c));
  for (const c of view.controllers) {
    const owner = ownerOf(view, c);
    if (owner) b.edge('owns', ids.workload(owner.kind, owner.metadata), ids.workload(c.kind, c.metadata));
  }
  for (const pod of view.pods) {
    const owner = ownerOf(view, pod);
    if (owner) b.edge('owns', ids.workload(owner.kind, owner.metadata), ids.pod(pod.metadata));
  }
  addServices(b, view);
  return b.build();
}
