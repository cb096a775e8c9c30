/**
 * Table columns per kind, after kubernetes/pkg/printers/internalversion/printers.go
 * (printPod, printService, printReplicationController, printReplicaSet, printDeployment,
 * printNode, printNamespace, printEndpoints, printEvent, printConfigMap).
 */
import { formatLabels, Selector } from '../../cluster/labels';
import type { EventRecord } from '../../cluster/events';
import type { Json, KObject } from '../../cluster/types';
import { age, humanDuration } from './format';

export interface Columns {
  readonly header: readonly string[];
  readonly wide: readonly string[];
  row(o: KObject, now: number): string[];
  wideRow(o: KObject, now: number): string[];
}

const none = (s: string | undefined) => (s === undefined || s === '' ? '<none>' : s);

function containerSummary(template: Json): [string, string] {
  const cs: Json[] = template?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image).join(',')];
}

/** printPod's STATUS column logic. */
export function podStatus(pod: KObject): string {
  let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
  let hasRunning = false;
  const cs: Json[] = [...(pod.status?.containerStatuses ?? [])].reverse();
  for (const c of cs) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state?.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state?.running) hasRunning = true;
  }
  if (reason === 'Completed' && hasRunning) {
    const ready = (pod.status?.conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True');
    reason = ready ? 'Running' : 'NotReady';
  }
  if (!pod.spec?.nodeName && reason === 'Pending' && (pod.status?.conditions ?? []).some((c: Json) => c.reason === 'Unschedulable')) reason = 'Pending';
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  return reason;
}

export function podRestarts(pod: KObject, now: number): string {
  let restarts = 0;
  let last = 0;
  for (const c of pod.status?.containerStatuses ?? []) {
    restarts += c.restartCount ?? 0;
    const f = c.lastState?.terminated?.finishedAt;
    if (f) last = Math.max(last, Date.parse(f));
  }
  return last && restarts ? `${restarts} (${humanDuration(now - last)} ago)` : String(restarts);
}

const pods: Columns = {
  header: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  row(p, now) {
    const cs: Json[] = p.status?.containerStatuses ?? [];
    const total = p.spec?.containers?.length ?? 0;
    return [p.metadata.name, `${cs.filter((c) => c.ready).length}/${total}`, podStatus(p), podRestarts(p, now), age(p.metadata.creationTimestamp, now)];
  },
  wideRow(p) {
    return [none(p.status?.podIP), none(p.spec?.nodeName), '<none>', '<none>'];
  },
};

export function servicePorts(svc: KObject): string {
  const ports: Json[] = svc.spec?.ports ?? [];
  if (!ports.length) return '<none>';
  return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(',');
}

export function externalIp(svc: KObject): string {
  const type = svc.spec?.type;
  const ext: string[] = svc.spec?.externalIPs ?? [];
  if (type === 'ExternalName') return svc.spec.externalName;
  if (type === 'LoadBalancer') {
    const ing: string[] = (svc.status?.loadBalancer?.ingress ?? []).map((i: Json) => i.ip ?? i.hostname);
    const all = [...ing, ...ext];
    return all.length ? all.join(',') : '<pending>';
  }
  return ext.length ? ext.join(',') : '<none>';
}

const services: Columns = {
  header: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  wide: ['SELECTOR'],
  row(s, now) {
    return [s.metadata.name, s.spec?.type, s.spec?.clusterIP ?? '<none>', externalIp(s), servicePorts(s), age(s.metadata.creationTimestamp, now)];
  },
  wideRow(s) {
    return [s.spec?.selector ? formatLabels(s.spec.selector) : '<none>'];
  },
};

function replicaColumns(selectorOf: (o: KObject) => string): Columns {
  return {
    header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row(o, now) {
      return [o.metadata.name, String(o.spec?.replicas ?? 0), String(o.status?.replicas ?? 0), String(o.status?.readyReplicas ?? 0), age(o.metadata.creationTimestamp, now)];
    },
    wideRow(o) {
      return [...containerSummary(o.spec?.template), selectorOf(o)];
    },
  };
}

const labelSelectorString = (o: KObject) => {
  try {
    return Selector.fromLabelSelector(o.spec?.selector).toString() || '<none>';
  } catch {
    return '<invalid>';
  }
};

const deployments: Columns = {
  header: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(d, now) {
    return [d.metadata.name, `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`, String(d.status?.updatedReplicas ?? 0), String(d.status?.availableReplicas ?? 0), age(d.metadata.creationTimestamp, now)];
  },
  wideRow(d) {
    return [...containerSummary(d.spec?.template), labelSelectorString(d)];
  },
};

export function nodeRoles(n: KObject): string {
  const roles = Object.keys(n.metadata.labels ?? {})
    .filter((k) => k.startsWith('node-role.kubernetes.io/'))
    .map((k) => k.slice('node-role.kubernetes.io/'.length))
    .concat(n.metadata.labels?.['kubernetes.io/role'] ? [n.metadata.labels['kubernetes.io/role']] : [])
    .sort();
  return roles.length ? roles.join(',') : '<none>';
}

export function nodeStatus(n: KObject): string {
  const ready = (n.status?.conditions ?? []).find((c: Json) => c.type === 'Ready');
  const parts = [ready?.status === 'True' ? 'Ready' : ready ? 'NotReady' : 'Unknown'];
  if (n.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

const nodes: Columns = {
  header: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  row(n, now) {
    return [n.metadata.name, nodeStatus(n), nodeRoles(n), age(n.metadata.creationTimestamp, now), n.status?.nodeInfo?.kubeletVersion ?? ''];
  },
  wideRow(n) {
    const addr = (t: string) => (n.status?.addresses ?? []).find((a: Json) => a.type === t)?.address ?? '<none>';
    const info = n.status?.nodeInfo ?? {};
    return [addr('InternalIP'), addr('ExternalIP'), info.osImage ?? '<unknown>', info.kernelVersion ?? '<unknown>', info.containerRuntimeVersion ?? '<unknown>'];
  },
};

const namespaces: Columns = {
  header: ['NAME', 'STATUS', 'AGE'],
  wide: [],
  row(n, now) {
    return [n.metadata.name, n.metadata.deletionTimestamp ? 'Terminating' : n.status?.phase ?? 'Active', age(n.metadata.creationTimestamp, now)];
  },
  wideRow: () => [],
};

/** formatEndpoints: at most three addresses, then `+ N more...`. */
export function formatEndpoints(ep: KObject | undefined): string {
  const list: string[] = [];
  let count = 0;
  for (const s of ep?.subsets ?? [])
    for (const a of s.addresses ?? [])
      for (const p of s.ports ?? [{}]) {
        count++;
        if (list.length < 3) list.push(p.port ? `${a.ip}:${p.port}` : a.ip);
      }
  if (!count) return '<none>';
  return list.join(',') + (count > 3 ? ` + ${count - 3} more...` : '');
}

const endpoints: Columns = {
  header: ['NAME', 'ENDPOINTS', 'AGE'],
  wide: [],
  row(e, now) {
    return [e.metadata.name, formatEndpoints(e), age(e.metadata.creationTimestamp, now)];
  },
  wideRow: () => [],
};

const configmaps: Columns = {
  header: ['NAME', 'DATA', 'AGE'],
  wide: [],
  row(c, now) {
    return [c.metadata.name, String(Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length), age(c.metadata.creationTimestamp, now)];
  },
  wideRow: () => [],
};

export const COLUMNS: Record<string, Columns> = {
  Pod: pods,
  Service: services,
  ReplicationController: replicaColumns((o) => (o.spec?.selector ? formatLabels(o.spec.selector) : '<none>')),
  ReplicaSet: replicaColumns(labelSelectorString),
  Deployment: deployments,
  Node: nodes,
  Namespace: namespaces,
  Endpoints: endpoints,
  ConfigMap: configmaps,
};

/** `kubectl get events` rows: LAST SEEN TYPE REASON OBJECT MESSAGE. */
export function eventRow(e: EventRecord, now: number): string[] {
  return [humanDuration(now - e.lastTimestamp), e.type, e.reason, `${e.object.kind.toLowerCase()}/${e.object.name}`, e.message];
}
