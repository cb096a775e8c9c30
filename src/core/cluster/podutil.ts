/** Small readers over pod objects shared by controllers, kubelets and kubectl (pkg/api/v1/pod). */
import type { Json, KObject } from './types';

export function isPodReady(pod: KObject): boolean {
  const conditions: Json[] | undefined = pod.status?.conditions;
  if (conditions)
    for (let i = 0; i < conditions.length; i++) if (conditions[i].type === 'Ready' && conditions[i].status === 'True') return true;
  return false;
}

export function isTerminating(pod: KObject): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

/** controller.FilterActivePods: not terminating, not Succeeded/Failed. */
export function isActive(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return !isTerminating(pod) && phase !== 'Succeeded' && phase !== 'Failed';
}

/** podutil.IsPodAvailable with minReadySeconds 0 */
export function isAvailable(pod: KObject, minReadySeconds = 0, now = 0): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds <= 0) return true;
  const ready = (pod.status?.conditions ?? []).find((c: Json) => c.type === 'Ready');
  return ready && Date.parse(ready.lastTransitionTime) + minReadySeconds * 1000 <= now;
}

/** CPU quantity → millicores (`100m`, `0.5`, `2`). */
export function parseCpu(q: Json): number {
  if (q === undefined || q === null) return 0;
  const s = String(q);
  if (s.endsWith('m')) return Math.round(parseFloat(s));
  return Math.round(parseFloat(s) * 1000);
}

const UNITS: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, m: 1e-3, '': 1,
};

/** Memory quantity → bytes (`128Mi`, `1G`, `1e6`). */
export function parseMemory(q: Json): number {
  if (q === undefined || q === null) return 0;
  const m = /^([0-9.e+]+)([A-Za-z]*)$/.exec(String(q));
  if (!m) return 0;
  return Math.round(parseFloat(m[1]!) * (UNITS[m[2]!] ?? 1));
}

const requestsCache = new WeakMap<object, { cpu: number; memory: number }>();

/**
 * Sum of container requests (limits stand in for missing requests, as the API server defaults).
 * Cached per `containers` array: stored objects are immutable, and every pod of a template shares
 * its containers, bound or not (binding copies the spec, not the containers).
 */
export function podRequests(spec: Json): { cpu: number; memory: number } {
  const containers = spec?.containers;
  if (containers && typeof containers === 'object') {
    const hit = requestsCache.get(containers);
    if (hit) return hit;
    const r = computeRequests(spec);
    requestsCache.set(containers, r);
    return r;
  }
  return computeRequests(spec);
}

function computeRequests(spec: Json): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of spec?.containers ?? []) {
    const r = c.resources?.requests ?? c.resources?.limits ?? {};
    cpu += parseCpu(r.cpu);
    memory += parseMemory(r.memory);
  }
  return { cpu, memory };
}
