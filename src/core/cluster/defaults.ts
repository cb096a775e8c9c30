/**
 * API-server defaulting, after pkg/apis/core/v1/defaults.go and pkg/apis/apps/v1/defaults.go
 * (SetDefaults_Pod, SetDefaults_Container, SetDefaults_Service, SetDefaults_ReplicationController,
 * SetDefaults_Deployment) plus the admission plugins every cluster runs (ServiceAccount,
 * DefaultTolerationSeconds). Works on a private deep copy of the client's object.
 */
import type { Json } from './types';

/** imagePullPolicy: `Always` for `:latest` or no tag, else `IfNotPresent` (SetDefaults_Container). */
export function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const tag = colon < 0 ? 'latest' : image.slice(colon + 1);
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(c: Json): void {
  if (c.image && !c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(String(c.image));
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!probe) continue;
    probe.timeoutSeconds ??= 1;
    probe.periodSeconds ??= 10;
    probe.successThreshold ??= 1;
    probe.failureThreshold ??= 3;
    if (probe.httpGet) {
      probe.httpGet.path ??= '/';
      probe.httpGet.scheme ??= 'HTTP';
    }
  }
}

/** pkg/apis/core/v1/helper/qos GetPodQOS, simplified to cpu and memory. */
export function qosClass(spec: Json): string {
  const cs: Json[] = spec?.containers ?? [];
  let any = false;
  let guaranteed = cs.length > 0;
  for (const c of cs) {
    const limits = c?.resources?.limits ?? {};
    const requests = { ...limits, ...(c?.resources?.requests ?? {}) };
    if (Object.keys(requests).length || Object.keys(limits).length) any = true;
    for (const r of ['cpu', 'memory']) if (limits[r] === undefined || String(requests[r]) !== String(limits[r])) guaranteed = false;
  }
  return !any ? 'BestEffort' : guaranteed ? 'Guaranteed' : 'Burstable';
}

export function defaultPodSpec(spec: Json): void {
  if (!spec || typeof spec !== 'object') return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  spec.enableServiceLinks ??= true;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) if (c && typeof c === 'object') defaultContainer(c);
}

/** Admission on pod create: service account and the not-ready/unreachable tolerations. */
export function admitPod(pod: Json): void {
  const spec = pod.spec;
  if (!spec || typeof spec !== 'object') return;
  spec.serviceAccountName ??= 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  const tolerations: Json[] = (spec.tolerations ??= []);
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!tolerations.some((t) => t.key === key))
      tolerations.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
  }
}

function defaultTemplate(template: Json): void {
  if (template && typeof template === 'object') {
    template.metadata ??= {};
    defaultPodSpec(template.spec);
  }
}

export function defaultObject(o: Json): void {
  const spec = o.spec;
  switch (o.kind) {
    case 'Pod':
      defaultPodSpec(spec);
      o.status ??= { phase: 'Pending', qosClass: qosClass(spec) };
      break;
    case 'ReplicationController':
      if (spec && typeof spec === 'object') {
        spec.replicas ??= 1;
        const labels = spec.template?.metadata?.labels;
        if (labels && (!spec.selector || Object.keys(spec.selector).length === 0)) spec.selector = { ...labels };
        if (labels && (!o.metadata.labels || Object.keys(o.metadata.labels).length === 0)) o.metadata.labels = { ...labels };
        defaultTemplate(spec.template);
      }
      break;
    case 'ReplicaSet':
      if (spec && typeof spec === 'object') {
        spec.replicas ??= 1;
        defaultTemplate(spec.template);
      }
      break;
    case 'Deployment':
      if (spec && typeof spec === 'object') {
        spec.replicas ??= 1;
        spec.strategy ??= {};
        spec.strategy.type ??= 'RollingUpdate';
        if (spec.strategy.type === 'RollingUpdate') {
          spec.strategy.rollingUpdate ??= {};
          spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
          spec.strategy.rollingUpdate.maxSurge ??= '25%';
        }
        spec.revisionHistoryLimit ??= 10;
        spec.progressDeadlineSeconds ??= 600;
        defaultTemplate(spec.template);
      }
      break;
    case 'Service':
      if (spec && typeof spec === 'object') {
        spec.type ??= 'ClusterIP';
        spec.sessionAffinity ??= 'None';
        if (spec.type !== 'ExternalName') {
          spec.ipFamilies ??= ['IPv4'];
          spec.ipFamilyPolicy ??= 'SingleStack';
          spec.internalTrafficPolicy ??= 'Cluster';
        }
        if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
        if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
        for (const p of spec.ports ?? []) {
          if (!p || typeof p !== 'object') continue;
          p.protocol ??= 'TCP';
          p.targetPort ??= p.port;
        }
      }
      o.status ??= { loadBalancer: {} };
      break;
    case 'Namespace':
      o.spec ??= { finalizers: ['kubernetes'] };
      o.status ??= { phase: 'Active' };
      break;
  }
}
