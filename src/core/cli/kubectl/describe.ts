/**
 * `kubectl describe` for the kinds of chapter 2, after k8s.io/kubectl/pkg/describe
 * (PodDescriber, NodeDescriber, ServiceDescriber, ReplicationControllerDescriber,
 * ReplicaSetDescriber, DeploymentDescriber, DescribeEvents): the same sections, field names
 * and tabwriter alignment.
 */
import type { Cluster } from '../../cluster/cluster';
import { formatLabels, Selector } from '../../cluster/labels';
import { isActive, parseCpu, parseMemory } from '../../cluster/podutil';
import { type Json, type KObject, controllerOf } from '../../cluster/types';
import { humanDuration, rfc1123z } from './format';
import { externalIp, formatEndpoints, nodeRoles, podStatus } from './printers';
import { tabwrite } from './tabwriter';

class Out {
  readonly lines: string[] = [];
  w(level: number, text: string): void {
    this.lines.push('  '.repeat(level) + text);
  }
  text(): string {
    return tabwrite(this.lines.join('\n'), 2) + '\n';
  }
}

/** printLabelsMultiline / printAnnotationsMultiline (the last-applied annotation is skipped). */
function mapLines(out: Out, level: number, title: string, map: Record<string, string> | undefined, skip: (k: string) => boolean = (k) => k === 'kubectl.kubernetes.io/last-applied-configuration'): void {
  const keys = Object.keys(map ?? {}).filter((k) => !skip(k)).sort();
  if (!keys.length) return out.w(level, `${title}:\t<none>`);
  keys.forEach((k, i) => out.w(level, `${i === 0 ? `${title}:` : ''}\t${k}=${map![k]}`));
}

function events(out: Out, cluster: Cluster, o: KObject): void {
  const list = [...cluster.events.forObject(o.metadata.uid)].sort((a, b) => a.lastTimestamp - b.lastTimestamp || a.id - b.id);
  if (!list.length) return out.w(0, 'Events:\t<none>');
  out.w(0, 'Events:');
  const now = cluster.clock.now();
  out.w(1, 'Type\tReason\tAge\tFrom\tMessage');
  out.w(1, '----\t------\t----\t----\t-------');
  for (const e of list) {
    const a = e.count > 1 ? `${humanDuration(now - e.lastTimestamp)} (x${e.count} over ${humanDuration(now - e.firstTimestamp)})` : humanDuration(now - e.firstTimestamp);
    out.w(1, `${e.type}\t${e.reason}\t${a}\t${e.source}\t${e.message}`);
  }
}

function tolerations(out: Out, list: Json[] | undefined): void {
  if (!list?.length) return out.w(0, 'Tolerations:\t<none>');
  list.forEach((t, i) => {
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += ' op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    out.w(0, `${i === 0 ? 'Tolerations:' : ''}\t${s}`);
  });
}

function containerState(out: Out, level: number, title: string, state: Json): void {
  if (state?.running) {
    out.w(level, `${title}:\tRunning`);
    out.w(level + 1, `Started:\t${rfc1123z(state.running.startedAt)}`);
  } else if (state?.waiting) {
    out.w(level, `${title}:\tWaiting`);
    out.w(level + 1, `Reason:\t${state.waiting.reason}`);
  } else if (state?.terminated) {
    const t = state.terminated;
    out.w(level, `${title}:\tTerminated`);
    out.w(level + 1, `Reason:\t${t.reason}`);
    out.w(level + 1, `Exit Code:\t${t.exitCode}`);
    out.w(level + 1, `Started:\t${rfc1123z(t.startedAt)}`);
    out.w(level + 1, `Finished:\t${rfc1123z(t.finishedAt)}`);
  } else out.w(level, `${title}:\tWaiting`);
}

function containers(out: Out, spec: Json, statuses: Json[] | undefined, template: boolean): void {
  out.w(template ? 1 : 0, 'Containers:');
  const lvl = template ? 2 : 1;
  for (const c of spec?.containers ?? []) {
    const st = statuses?.find((s) => s.name === c.name);
    out.w(lvl, `${c.name}:`);
    if (!template) out.w(lvl + 1, `Container ID:\t${st?.containerID ?? ''}`);
    out.w(lvl + 1, `Image:\t${c.image}`);
    if (!template) out.w(lvl + 1, `Image ID:\t${st?.imageID ?? ''}`);
    const ports: Json[] = c.ports ?? [];
    if (ports.length <= 1) {
      out.w(lvl + 1, `Port:\t${ports.length ? `${ports[0].containerPort}/${ports[0].protocol ?? 'TCP'}` : '<none>'}`);
      out.w(lvl + 1, `Host Port:\t${ports.length ? `${ports[0].hostPort ?? 0}/${ports[0].protocol ?? 'TCP'}` : '<none>'}`);
    } else {
      out.w(lvl + 1, `Ports:\t${ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')}`);
      out.w(lvl + 1, `Host Ports:\t${ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')}`);
    }
    if (c.command) {
      out.w(lvl + 1, 'Command:');
      for (const a of c.command) out.w(lvl + 2, a);
    }
    if (c.args) {
      out.w(lvl + 1, 'Args:');
      for (const a of c.args) out.w(lvl + 2, a);
    }
    if (!template) {
      containerState(out, lvl + 1, 'State', st?.state);
      if (st?.lastState && Object.keys(st.lastState).length) containerState(out, lvl + 1, 'Last State', st.lastState);
      out.w(lvl + 1, `Ready:\t${st?.ready ? 'True' : 'False'}`);
      out.w(lvl + 1, `Restart Count:\t${st?.restartCount ?? 0}`);
    }
    for (const kind of ['limits', 'requests'] as const) {
      const r = c.resources?.[kind];
      if (!r || !Object.keys(r).length) continue;
      out.w(lvl + 1, `${kind === 'limits' ? 'Limits' : 'Requests'}:`);
      for (const k of Object.keys(r).sort()) out.w(lvl + 2, `${k}:\t${r[k]}`);
    }
    for (const [probe, title] of [['livenessProbe', 'Liveness'], ['readinessProbe', 'Readiness']] as const) {
      const p = c[probe];
      if (!p) continue;
      const target = p.httpGet ? `http-get http://:${p.httpGet.port}${p.httpGet.path ?? '/'}` : p.tcpSocket ? `tcp-socket :${p.tcpSocket.port}` : `exec [${(p.exec?.command ?? []).join(' ')}]`;
      out.w(lvl + 1, `${title}:\t${target} delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`);
    }
    const env: Json[] = c.env ?? [];
    if (!env.length) out.w(lvl + 1, 'Environment:\t<none>');
    else {
      out.w(lvl + 1, 'Environment:');
      for (const e of env) out.w(lvl + 2, `${e.name}:\t${e.value ?? ''}`);
    }
    out.w(lvl + 1, 'Mounts:\t<none>');
  }
}

function describePod(cluster: Cluster, p: KObject): string {
  const out = new Out();
  const node = p.spec?.nodeName;
  out.w(0, `Name:\t${p.metadata.name}`);
  out.w(0, `Namespace:\t${p.metadata.namespace}`);
  out.w(0, `Priority:\t${p.spec?.priority ?? 0}`);
  if (p.spec?.priorityClassName) out.w(0, `Priority Class Name:\t${p.spec.priorityClassName}`);
  out.w(0, `Service Account:\t${p.spec?.serviceAccountName ?? 'default'}`);
  out.w(0, `Node:\t${node ? `${node}/${p.status?.hostIP ?? ''}` : '<none>'}`);
  if (p.status?.startTime) out.w(0, `Start Time:\t${rfc1123z(p.status.startTime)}`);
  mapLines(out, 0, 'Labels', p.metadata.labels);
  mapLines(out, 0, 'Annotations', p.metadata.annotations);
  if (p.metadata.deletionTimestamp) {
    out.w(0, `Status:\tTerminating (lasts ${humanDuration(Date.parse(p.metadata.deletionTimestamp) - cluster.clock.now())})`);
    out.w(0, `Termination Grace Period:\t${p.metadata.deletionGracePeriodSeconds}s`);
  } else out.w(0, `Status:\t${p.status?.phase ?? 'Pending'}`);
  if (p.status?.reason) out.w(0, `Reason:\t${p.status.reason}`);
  out.w(0, `IP:\t${p.status?.podIP ?? ''}`);
  const ips: Json[] = p.status?.podIPs ?? [];
  if (ips.length) {
    out.w(0, 'IPs:');
    for (const ip of ips) out.w(1, `IP:\t${ip.ip}`);
  } else out.w(0, 'IPs:\t<none>');
  const ref = controllerOf(p);
  if (ref) out.w(0, `Controlled By:\t${ref.kind}/${ref.name}`);
  containers(out, p.spec, p.status?.containerStatuses, false);
  const conds: Json[] = p.status?.conditions ?? [];
  if (conds.length) {
    out.w(0, 'Conditions:');
    out.w(1, 'Type\tStatus');
    for (const c of conds) out.w(1, `${c.type} \t${c.status} `);
  }
  out.w(0, 'Volumes:\t<none>');
  out.w(0, `QoS Class:\t${p.status?.qosClass ?? 'BestEffort'}`);
  mapLines(out, 0, 'Node-Selectors', p.spec?.nodeSelector);
  tolerations(out, p.spec?.tolerations);
  events(out, cluster, p);
  return out.text();
}

function podTemplate(out: Out, template: Json): void {
  out.w(0, 'Pod Template:');
  const labels = template?.metadata?.labels ?? {};
  const keys = Object.keys(labels).sort();
  if (!keys.length) out.w(1, 'Labels:\t<none>');
  keys.forEach((k, i) => out.w(1, `${i === 0 ? 'Labels:' : ''}\t${k}=${labels[k]}`));
  containers(out, template?.spec, undefined, true);
  out.w(1, 'Volumes:\t<none>');
  mapLines(out, 1, 'Node-Selectors', template?.spec?.nodeSelector);
  tolerations(out, template?.spec?.tolerations);
}

function podCounts(cluster: Cluster, o: KObject): string {
  const pods = cluster.store.byIndex('Pod', 'controller', o.metadata.uid);
  const c = (phase: string) => pods.filter((p) => (p.status?.phase ?? 'Pending') === phase && (phase !== 'Running' || isActive(p))).length;
  return `${c('Running')} Running / ${c('Pending')} Waiting / ${c('Succeeded')} Succeeded / ${c('Failed')} Failed`;
}

function describeReplicas(cluster: Cluster, o: KObject): string {
  const out = new Out();
  out.w(0, `Name:\t${o.metadata.name}`);
  out.w(0, `Namespace:\t${o.metadata.namespace}`);
  const sel = o.kind === 'ReplicationController' ? formatLabels(o.spec?.selector) : Selector.fromLabelSelector(o.spec?.selector).toString();
  out.w(0, `Selector:\t${sel}`);
  mapLines(out, 0, 'Labels', o.metadata.labels);
  mapLines(out, 0, 'Annotations', o.metadata.annotations);
  const ref = controllerOf(o);
  if (ref) out.w(0, `Controlled By:\t${ref.kind}/${ref.name}`);
  out.w(0, `Replicas:\t${o.status?.replicas ?? 0} current / ${o.spec?.replicas ?? 0} desired`);
  out.w(0, `Pods Status:\t${podCounts(cluster, o)}`);
  podTemplate(out, o.spec?.template);
  events(out, cluster, o);
  return out.text();
}

function describeDeployment(cluster: Cluster, d: KObject): string {
  const out = new Out();
  const s = d.status ?? {};
  out.w(0, `Name:\t${d.metadata.name}`);
  out.w(0, `Namespace:\t${d.metadata.namespace}`);
  out.w(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}`);
  mapLines(out, 0, 'Labels', d.metadata.labels);
  mapLines(out, 0, 'Annotations', d.metadata.annotations);
  out.w(0, `Selector:\t${Selector.fromLabelSelector(d.spec?.selector).toString()}`);
  out.w(0, `Replicas:\t${d.spec?.replicas} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable`);
  out.w(0, `StrategyType:\t${d.spec?.strategy?.type}`);
  out.w(0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}`);
  if (d.spec?.strategy?.rollingUpdate) out.w(0, `RollingUpdateStrategy:\t${d.spec.strategy.rollingUpdate.maxUnavailable} max unavailable, ${d.spec.strategy.rollingUpdate.maxSurge} max surge`);
  podTemplate(out, d.spec?.template);
  const conds: Json[] = s.conditions ?? [];
  if (conds.length) {
    out.w(0, 'Conditions:');
    out.w(1, 'Type\tStatus\tReason');
    out.w(1, '----\t------\t------');
    for (const c of conds) out.w(1, `${c.type} \t${c.status}\t${c.reason}`);
  }
  const rss = cluster.store.byIndex('ReplicaSet', 'controller', d.metadata.uid);
  const newRs = rss.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === d.metadata.annotations?.['deployment.kubernetes.io/revision']);
  const olds = rss.filter((rs) => rs !== newRs && (rs.spec?.replicas ?? 0) > 0);
  const fmt = (rs: KObject) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`;
  out.w(0, `OldReplicaSets:\t${olds.length ? olds.map(fmt).join(', ') : '<none>'}`);
  out.w(0, `NewReplicaSet:\t${newRs ? fmt(newRs) : '<none>'}`);
  events(out, cluster, d);
  return out.text();
}

function describeService(cluster: Cluster, s: KObject): string {
  const out = new Out();
  out.w(0, `Name:\t${s.metadata.name}`);
  out.w(0, `Namespace:\t${s.metadata.namespace}`);
  mapLines(out, 0, 'Labels', s.metadata.labels);
  mapLines(out, 0, 'Annotations', s.metadata.annotations);
  out.w(0, `Selector:\t${s.spec?.selector ? formatLabels(s.spec.selector) : '<none>'}`);
  out.w(0, `Type:\t${s.spec?.type}`);
  out.w(0, `IP Family Policy:\t${s.spec?.ipFamilyPolicy ?? 'SingleStack'}`);
  out.w(0, `IP Families:\t${(s.spec?.ipFamilies ?? ['IPv4']).join(',')}`);
  out.w(0, `IP:\t${s.spec?.clusterIP}`);
  out.w(0, `IPs:\t${(s.spec?.clusterIPs ?? [s.spec?.clusterIP]).join(',')}`);
  const ext = externalIp(s);
  if (s.spec?.type === 'LoadBalancer' && ext !== '<pending>') out.w(0, `LoadBalancer Ingress:\t${ext}`);
  const ep = cluster.store.get('Endpoints', s.metadata.namespace, s.metadata.name);
  for (const p of s.spec?.ports ?? []) {
    const name = p.name || '<unset>';
    out.w(0, `Port:\t${name}\t${p.port}/${p.protocol}`);
    out.w(0, `TargetPort:\t${p.targetPort}/${p.protocol}`);
    if (p.nodePort) out.w(0, `NodePort:\t${name}\t${p.nodePort}/${p.protocol}`);
    out.w(0, `Endpoints:\t${formatEndpoints(ep).replace(/^<none>$/, '')}`);
  }
  out.w(0, `Session Affinity:\t${s.spec?.sessionAffinity}`);
  if (s.spec?.externalTrafficPolicy) out.w(0, `External Traffic Policy:\t${s.spec.externalTrafficPolicy}`);
  out.w(0, `Internal Traffic Policy:\t${s.spec?.internalTrafficPolicy ?? 'Cluster'}`);
  events(out, cluster, s);
  return out.text();
}

function describeNode(cluster: Cluster, n: KObject): string {
  const out = new Out();
  const st = n.status ?? {};
  out.w(0, `Name:\t${n.metadata.name}`);
  out.w(0, `Roles:\t${nodeRoles(n)}`);
  mapLines(out, 0, 'Labels', n.metadata.labels);
  mapLines(out, 0, 'Annotations', n.metadata.annotations);
  out.w(0, `CreationTimestamp:\t${rfc1123z(n.metadata.creationTimestamp)}`);
  const taints: Json[] = n.spec?.taints ?? [];
  if (!taints.length) out.w(0, 'Taints:\t<none>');
  taints.forEach((t, i) => out.w(0, `${i === 0 ? 'Taints:' : ''}\t${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`));
  out.w(0, `Unschedulable:\t${n.spec?.unschedulable ? 'true' : 'false'}`);
  out.w(0, 'Conditions:');
  out.w(1, 'Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage');
  out.w(1, '----\t------\t-----------------\t------------------\t------\t-------');
  for (const c of st.conditions ?? [])
    out.w(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason} \t${c.message}`);
  out.w(0, 'Addresses:');
  for (const a of st.addresses ?? []) out.w(1, `${a.type}:\t${a.address}`);
  for (const [title, res] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]] as const) {
    out.w(0, `${title}:`);
    for (const k of Object.keys(res ?? {})) out.w(1, `${k}:\t${res[k]}`);
  }
  const info = st.nodeInfo ?? {};
  out.w(0, 'System Info:');
  for (const [k, v] of [
    ['Machine ID', info.machineID],
    ['System UUID', info.systemUUID],
    ['Boot ID', info.bootID],
    ['Kernel Version', info.kernelVersion],
    ['OS Image', info.osImage],
    ['Operating System', info.operatingSystem],
    ['Architecture', info.architecture],
    ['Container Runtime Version', info.containerRuntimeVersion],
    ['Kubelet Version', info.kubeletVersion],
    ['Kube-Proxy Version', info.kubeProxyVersion],
  ])
    out.w(1, `${k}:\t${v ?? ''}`);
  if (n.spec?.podCIDR) {
    out.w(0, `PodCIDR:\t${n.spec.podCIDR}`);
    out.w(0, `PodCIDRs:\t${(n.spec.podCIDRs ?? [n.spec.podCIDR]).join(',')}`);
  }
  const pods = cluster.podsOn(n.metadata.name).filter((p) => isActive(p));
  out.w(0, `Non-terminated Pods:\t(${pods.length} in total)`);
  out.w(1, 'Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge');
  out.w(1, '---------\t----\t------------\t----------\t---------------\t-------------\t---');
  const now = cluster.clock.now();
  const alloc = st.allocatable ?? {};
  const pct = (v: number, total: number) => `${total ? Math.floor((v / total) * 100) : 0}%`;
  const sum = (p: KObject, kind: 'requests' | 'limits', res: 'cpu' | 'memory') =>
    (p.spec?.containers ?? []).reduce((s: number, c: Json) => {
      const v = c.resources?.[kind]?.[res] ?? (kind === 'requests' ? c.resources?.limits?.[res] : undefined);
      return s + (res === 'cpu' ? parseCpu(v) : parseMemory(v));
    }, 0);
  const fmt = (v: number, res: 'cpu' | 'memory') => (v === 0 ? '0' : res === 'cpu' ? (v % 1000 === 0 ? String(v / 1000) : `${v}m`) : v % 2 ** 20 === 0 ? `${v / 2 ** 20}Mi` : String(v));
  const totalCpu = parseCpu(alloc.cpu);
  const totalMem = parseMemory(alloc.memory);
  const cell = (p: KObject, kind: 'requests' | 'limits', res: 'cpu' | 'memory') => {
    const v = sum(p, kind, res);
    return `${fmt(v, res)} (${pct(v, res === 'cpu' ? totalCpu : totalMem)})`;
  };
  for (const p of pods)
    out.w(1, `${p.metadata.namespace}\t${p.metadata.name}\t${cell(p, 'requests', 'cpu')}\t${cell(p, 'limits', 'cpu')}\t${cell(p, 'requests', 'memory')}\t${cell(p, 'limits', 'memory')}\t${humanDuration(now - Date.parse(p.metadata.creationTimestamp))}`);
  out.w(0, 'Allocated resources:');
  out.w(1, '(Total limits may be over 100 percent, i.e., overcommitted.)');
  out.w(1, 'Resource\tRequests\tLimits');
  out.w(1, '--------\t--------\t------');
  for (const res of ['cpu', 'memory'] as const) {
    const total = res === 'cpu' ? totalCpu : totalMem;
    const r = pods.reduce((s, p) => s + sum(p, 'requests', res), 0);
    const l = pods.reduce((s, p) => s + sum(p, 'limits', res), 0);
    out.w(1, `${res}\t${fmt(r, res)} (${pct(r, total)})\t${fmt(l, res)} (${pct(l, total)})`);
  }
  events(out, cluster, n);
  return out.text();
}

function describeGeneric(cluster: Cluster, o: KObject): string {
  const out = new Out();
  out.w(0, `Name:\t${o.metadata.name}`);
  if (o.metadata.namespace) out.w(0, `Namespace:\t${o.metadata.namespace}`);
  mapLines(out, 0, 'Labels', o.metadata.labels);
  mapLines(out, 0, 'Annotations', o.metadata.annotations);
  if (o.kind === 'Namespace') out.w(0, `Status:\t${o.status?.phase ?? 'Active'}`);
  if (o.kind === 'Endpoints') out.w(0, `Subsets:\t${formatEndpoints(o)}`);
  if (o.kind === 'ConfigMap') {
    out.w(0, '');
    out.w(0, 'Data');
    out.w(0, '====');
    for (const [k, v] of Object.entries(o.data ?? {})) {
      out.w(0, `${k}:`);
      out.w(0, '----');
      out.w(0, String(v));
      out.w(0, '');
    }
  }
  events(out, cluster, o);
  return out.text();
}

export function describe(cluster: Cluster, o: KObject): string {
  switch (o.kind) {
    case 'Pod':
      return describePod(cluster, o);
    case 'ReplicationController':
    case 'ReplicaSet':
      return describeReplicas(cluster, o);
    case 'Deployment':
      return describeDeployment(cluster, o);
    case 'Service':
      return describeService(cluster, o);
    case 'Node':
      return describeNode(cluster, o);
    default:
      return describeGeneric(cluster, o);
  }
}

export { podStatus };
