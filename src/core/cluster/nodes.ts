/**
 * Node objects as a kubelet registers them (status.capacity/allocatable, conditions,
 * addresses, nodeInfo) and the node lifecycle controller's part
 * (pkg/controller/nodelifecycle): a node that stops reporting becomes `NotReady`, gets the
 * `node.kubernetes.io/unreachable` NoExecute taint, and its pods are evicted once their
 * toleration (300 s by default) runs out.
 */
import type { ApiServer } from './apiserver';
import type { EventRecorder } from './events';
import type { ClusterProfile, NodeProfile } from './profiles';
import type { TimerWheel } from './timers';
import type { Json, KObject } from './types';

export function nodeObject(p: NodeProfile, profile: ClusterProfile, now: string): Json {
  const cond = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    lastHeartbeatTime: now,
    lastTransitionTime: now,
    reason,
    message,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: p.name,
      labels: { ...p.labels },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: { podCIDR: `${p.podCidr}.0/24`, podCIDRs: [`${p.podCidr}.0/24`] },
    status: {
      capacity: { cpu: p.cpu, 'ephemeral-storage': '102626232Ki', 'hugepages-2Mi': '0', memory: p.memory, pods: '110' },
      allocatable: { cpu: p.allocatableCpu, 'ephemeral-storage': '102626232Ki', 'hugepages-2Mi': '0', memory: p.allocatableMemory, pods: '110' },
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: p.ip },
        { type: 'Hostname', address: p.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: '',
        systemUUID: '',
        bootID: '',
        kernelVersion: profile.kernelVersion,
        osImage: profile.osImage,
        containerRuntimeVersion: profile.containerRuntimeVersion,
        kubeletVersion: profile.kubeletVersion,
        kubeProxyVersion: profile.kubeletVersion,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

export function isNodeReady(node: KObject): boolean {
  return (node.status?.conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True');
}

/** Marks a node Ready/NotReady (`kubelet stopped posting node status`), with the taint and evictions. */
export function setNodeReady(api: ApiServer, events: EventRecorder, timers: TimerWheel, name: string, ready: boolean, wake: () => void): void {
  const node = api.get('Node', undefined, name);
  if (isNodeReady(node) === ready) return;
  const now = api.now();
  const conditions = (node.status.conditions as Json[]).map((c) =>
    ready
      ? c.type === 'Ready'
        ? { ...c, status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastTransitionTime: now, lastHeartbeatTime: now }
        : { ...c, status: 'False', lastTransitionTime: now, lastHeartbeatTime: now }
      : { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now },
  );
  const taintKey = 'node.kubernetes.io/unreachable';
  const others = ((node.spec?.taints ?? []) as Json[]).filter((t) => t.key !== taintKey);
  const taints = ready ? others : [...others, { key: taintKey, effect: 'NoSchedule', timeAdded: now }, { key: taintKey, effect: 'NoExecute', timeAdded: now }];
  const spec: Json = { ...node.spec, taints };
  if (!taints.length) delete spec.taints;
  api.write({ ...node, spec, status: { ...node.status, conditions } });
  events.record(node, 'Normal', 'NodeNotReady', ready ? `Node ${name} status is now: NodeReady` : `Node ${name} status is now: NodeNotReady`, 'node-controller');
  if (ready) return;
  for (const pod of api.store.byIndex('Pod', 'node', name)) {
    const tol = ((pod.spec?.tolerations ?? []) as Json[]).find((t) => t.key === taintKey && t.effect === 'NoExecute');
    if (tol && tol.tolerationSeconds === undefined) continue;
    const seconds: number = tol ? tol.tolerationSeconds : 0;
    const uid = pod.metadata.uid;
    timers.after(seconds * 1000, () => {
      const n = api.tryGet('Node', undefined, name);
      const p = api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name);
      if (!n || isNodeReady(n) || !p || p.metadata.uid !== uid) return;
      events.record(p, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${p.metadata.namespace}/${p.metadata.name}`, 'taint-eviction-controller');
      api.delete('Pod', p.metadata.namespace, p.metadata.name, { gracePeriodSeconds: 0 });
      wake();
    });
  }
}
