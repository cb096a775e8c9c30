/**
 * The resources the simulated API server serves, with kubectl's names for them
 * (`kubectl api-resources`: NAME, SHORTNAMES, APIVERSION, NAMESPACED, KIND).
 */
export interface ResourceInfo {
  readonly kind: string;
  readonly plural: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  readonly apiVersion: string;
  readonly namespaced: boolean;
}

export const RESOURCES: readonly ResourceInfo[] = [
  { kind: 'Pod', plural: 'pods', singular: 'pod', shortNames: ['po'], apiVersion: 'v1', namespaced: true },
  { kind: 'Service', plural: 'services', singular: 'service', shortNames: ['svc'], apiVersion: 'v1', namespaced: true },
  { kind: 'ReplicationController', plural: 'replicationcontrollers', singular: 'replicationcontroller', shortNames: ['rc'], apiVersion: 'v1', namespaced: true },
  { kind: 'ReplicaSet', plural: 'replicasets', singular: 'replicaset', shortNames: ['rs'], apiVersion: 'apps/v1', namespaced: true },
  { kind: 'Deployment', plural: 'deployments', singular: 'deployment', shortNames: ['deploy'], apiVersion: 'apps/v1', namespaced: true },
  { kind: 'Endpoints', plural: 'endpoints', singular: 'endpoints', shortNames: ['ep'], apiVersion: 'v1', namespaced: true },
  { kind: 'Event', plural: 'events', singular: 'event', shortNames: ['ev'], apiVersion: 'v1', namespaced: true },
  { kind: 'ConfigMap', plural: 'configmaps', singular: 'configmap', shortNames: ['cm'], apiVersion: 'v1', namespaced: true },
  { kind: 'Node', plural: 'nodes', singular: 'node', shortNames: ['no'], apiVersion: 'v1', namespaced: false },
  { kind: 'Namespace', plural: 'namespaces', singular: 'namespace', shortNames: ['ns'], apiVersion: 'v1', namespaced: false },
];

const byName = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  for (const n of [r.plural, r.singular, r.kind.toLowerCase(), ...r.shortNames]) byName.set(n, r);
}

/** `po`, `pods`, `Pod`, `pods.v1`, `deployments.apps` → the resource (kubectl's RESTMapper lookup). */
export function resolveResource(name: string): ResourceInfo | undefined {
  const base = name.toLowerCase().split('.')[0]!;
  return byName.get(base);
}

export function resourceForKind(kind: string): ResourceInfo | undefined {
  return RESOURCES.find((r) => r.kind === kind);
}

/** Whether `apiVersion` serves `kind` (e.g. `extensions/v1beta1` Deployment was removed in 1.16). */
export function servesApiVersion(info: ResourceInfo, apiVersion: string): boolean {
  return info.apiVersion === apiVersion;
}
