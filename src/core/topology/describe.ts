/**
 * Details for a selected object: status, labels, events and the text `kubectl describe`
 * (kubectl/pkg/describe/describe.go: PodDescriber, ServiceDescriber, NodeDescriber,
 * ReplicationControllerDescriber…) or `docker inspect` would print. Plain text, English like
 * the real tools.
 */
import { namespaceOf, type ClusterView, type EventView, type ObjectMetaView } from './clusterView';
import type { ObjectRef } from './graph';
import { humanSize } from './dockerGraph';
import { findImage } from './relations';
import { controllerStatus, nodeReady, podStatus } from './status';

export interface ObjectDetails {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly status: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly events: readonly EventView[];
  /** Equivalent CLI command and its output. */
  readonly command: string;
  readonly text: string;
}

function labelsText(labels: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(labels ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join('\n' + ' '.repeat(18)) : '<none>';
}

function row(key: string, value: string | number | undefined): string {
  return `${`${key}:`.padEnd(18)}${value === undefined || value === '' ? '<none>' : value}`;
}

function eventsFor(view: ClusterView, kind: string, meta: ObjectMetaView | { name: string; namespace?: string }): EventView[] {
  const ns = 'namespace' in meta ? meta.namespace || 'default' : 'default';
  return view.events.filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === meta.name && (kind === 'Node' || (e.involvedObject.namespace || 'default') === ns));
}

function eventsText(events: readonly EventView[]): string {
  if (!events.length) return 'Events:            <none>';
  const lines = events.map((e) => `  ${e.type.padEnd(8)}${e.reason.padEnd(12)}${(e.source ?? '').padEnd(20)}${e.message}`);
  return ['Events:', `  ${'Type'.padEnd(8)}${'Reason'.padEnd(12)}${'From'.padEnd(20)}Message`, `  ${'----'.padEnd(8)}${'------'.padEnd(12)}${'----'.padEnd(20)}-------`, ...lines].join('\n');
}

export function describeObject(view: ClusterView, ref: ObjectRef): ObjectDetails | undefined {
  const ns = ref.namespace || 'default';
  const inNs = (m: ObjectMetaView) => m.name === ref.name && namespaceOf(m) === ns;
  switch (ref.kind) {
    case 'Pod': {
      const pod = view.pods.find((p) => inNs(p.metadata));
      if (!pod) return undefined;
      const events = eventsFor(view, 'Pod', pod.metadata);
      const owner = pod.metadata.ownerReferences?.[0];
      const containers = pod.containers.flatMap((c) => [
        `  ${c.name}:`,
        `    Image:          ${c.image}`,
        `    State:          ${c.state[0]!.toUpperCase()}${c.state.slice(1)}${c.reason ? `\n      Reason:       ${c.reason}` : ''}`,
        `    Ready:          ${c.ready ? 'True' : 'False'}`,
        `    Restart Count:  ${c.restartCount}`,
      ]);
      const text = [
        row('Name', pod.metadata.name),
        row('Namespace', ns),
        row('Node', pod.nodeName),
        row('Labels', labelsText(pod.metadata.labels)),
        row('Status', podStatus(pod)),
        row('IP', pod.podIP),
        row('Controlled By', owner ? `${owner.kind}/${owner.name}` : undefined),
        'Containers:',
        ...containers,
        eventsText(events),
      ].join('\n');
      return { kind: 'Pod', name: pod.metadata.name, namespace: ns, status: podStatus(pod), labels: pod.metadata.labels ?? {}, events, command: `kubectl describe pod ${pod.metadata.name} -n ${ns}`, text };
    }
    case 'ReplicationController':
    case 'ReplicaSet':
    case 'Deployment': {
      const c = view.controllers.find((x) => x.kind === ref.kind && inNs(x.metadata));
      if (!c) return undefined;
      const events = eventsFor(view, c.kind, c.metadata);
      const selector = Object.entries(c.selector).map(([k, v]) => `${k}=${v}`).join(',');
      const text = [
        row('Name', c.metadata.name),
        row('Namespace', ns),
        row('Selector', selector),
        row('Labels', labelsText(c.metadata.labels)),
        row('Replicas', `${c.currentReplicas ?? c.readyReplicas} current / ${c.replicas} desired`),
        row('Pods Status', `${c.readyReplicas} Running`),
        eventsText(events),
      ].join('\n');
      const cmd = { ReplicationController: 'rc', ReplicaSet: 'rs', Deployment: 'deployment' }[c.kind];
      return { kind: c.kind, name: c.metadata.name, namespace: ns, status: controllerStatus(c), labels: c.metadata.labels ?? {}, events, command: `kubectl describe ${cmd} ${c.metadata.name} -n ${ns}`, text };
    }
    case 'Service': {
      const s = view.services.find((x) => inNs(x.metadata));
      if (!s) return undefined;
      const events = eventsFor(view, 'Service', s.metadata);
      const ports = s.ports.map((p) => `${p.name ?? '<unset>'}  ${p.port}/${p.protocol ?? 'TCP'}`).join(', ');
      const text = [
        row('Name', s.metadata.name),
        row('Namespace', ns),
        row('Labels', labelsText(s.metadata.labels)),
        row('Selector', Object.entries(s.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',')),
        row('Type', s.type),
        row('IP', s.clusterIP),
        ...(s.type === 'LoadBalancer' ? [row('LoadBalancer Ingress', s.externalIPs?.join(', ') || undefined)] : []),
        row('Port', ports),
        row('TargetPort', s.ports.map((p) => `${p.targetPort}/${p.protocol ?? 'TCP'}`).join(', ')),
        ...s.ports.filter((p) => p.nodePort).map((p) => row('NodePort', `${p.name ?? '<unset>'}  ${p.nodePort}/${p.protocol ?? 'TCP'}`)),
        row('Endpoints', s.endpoints.filter((e) => e.ready).map((e) => `${e.ip}:${s.ports[0]?.targetPort ?? ''}`).join(',')),
        eventsText(events),
      ].join('\n');
      return { kind: 'Service', name: s.metadata.name, namespace: ns, status: s.type, labels: s.metadata.labels ?? {}, events, command: `kubectl describe service ${s.metadata.name} -n ${ns}`, text };
    }
    case 'Node': {
      const n = view.nodes.find((x) => x.metadata.name === ref.name);
      if (!n) return undefined;
      const events = eventsFor(view, 'Node', n.metadata);
      const pods = view.pods.filter((p) => p.nodeName === n.metadata.name);
      const text = [
        row('Name', n.metadata.name),
        row('Labels', labelsText(n.metadata.labels)),
        'Conditions:',
        ...n.conditions.map((c) => `  ${c.type.padEnd(16)}${c.status.padEnd(8)}${c.reason ?? ''}`),
        'Addresses:',
        ...(n.addresses ?? []).map((a) => `  ${a.type}:  ${a.address}`),
        'Capacity:',
        `  cpu:     ${n.capacity.cpu}`,
        `  memory:  ${n.capacity.memory}`,
        `  pods:    ${n.capacity.pods}`,
        `Non-terminated Pods:  (${pods.length} in total)`,
        ...pods.map((p) => `  ${namespaceOf(p.metadata).padEnd(12)}${p.metadata.name}`),
        eventsText(events),
      ].join('\n');
      return { kind: 'Node', name: n.metadata.name, status: nodeReady(n), labels: n.metadata.labels ?? {}, events, command: `kubectl describe node ${n.metadata.name}`, text };
    }
    case 'Image': {
      const img = findImage(view, ref.name) ?? view.images.find((i) => i.id === ref.name);
      if (!img) return undefined;
      const text = [
        row('Id', img.id),
        row('RepoTags', img.repoTags.join(', ')),
        row('Size', humanSize(img.size)),
        'Layers:',
        ...img.layers.map((l) => `  ${l.id}  ${l.createdBy ?? ''}`),
      ].join('\n');
      return { kind: 'Image', name: img.repoTags[0] ?? img.id, status: img.id, labels: {}, events: [], command: `docker image inspect ${img.repoTags[0] ?? img.id}`, text };
    }
    case 'Container': {
      const c = view.containers.find((x) => x.name === ref.name);
      if (!c) return undefined;
      const text = [
        row('Id', c.id),
        row('Name', `/${c.name}`),
        row('Image', c.image),
        row('State', c.state),
        row('Status', c.status),
        row('Ports', c.ports.map((p) => `${p.hostIp ?? '0.0.0.0'}:${p.hostPort}->${p.containerPort}/${(p.protocol ?? 'tcp').toLowerCase()}`).join(', ')),
      ].join('\n');
      return { kind: 'Container', name: c.name, status: c.status ?? c.state, labels: {}, events: [], command: `docker inspect ${c.name}`, text };
    }
    default:
      return undefined;
  }
}
