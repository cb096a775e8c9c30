/**
 * Save/restore of the embedded cluster as versioned JSON, like the engine's (`engine/state.ts`):
 * the extension keeps it in workspace state so a window reload finds the same pods, names, IPs,
 * uids, resourceVersions and events. Objects go back into the store as they were (watchers see
 * them ADDED and rebuild their caches: scheduler accounting, endpoints, kube-proxy); the kubelets'
 * private runtime (pod IPs, container states, restart counts, logs, node image caches) is saved
 * beside them. Timers are closures and are not saved: a container between two steps takes the
 * step again from the restore instant, as a restarted kubelet would. The virtual clock and the
 * seeded random source belong to the engine and are restored with it.
 */
import type { AdmissionValidator } from './apiserver';
import { Cluster } from './cluster';
import type { KubeletState } from './controllers/kubelet';
import type { EventRecord } from './events';
import { ClusterHost, type ClusterDeps } from './host';
import { PROFILES, type ClusterProfile } from './profiles';
import type { KObject } from './types';

export const CLUSTER_STATE_VERSION = 1;

export interface ClusterState {
  readonly version: typeof CLUSTER_STATE_VERSION;
  /** Absent: `minikube delete` (or never started); the other fields are then left out. */
  readonly host: 'Running' | 'Stopped' | 'Absent';
  readonly profile: ClusterProfile;
  readonly resourceVersion?: number;
  readonly objects?: KObject[];
  readonly events?: { seq: number; records: EventRecord[] };
  readonly kubelet?: KubeletState;
  readonly scheduler?: { searchStart: number };
  readonly loadBalancers?: number;
}

/** Thrown by `restoreCluster` for a state it cannot read; the message says why. */
export class ClusterStateError extends Error {}

export function saveCluster(host: ClusterHost): ClusterState {
  const c = host.existing;
  if (!c) return { version: CLUSTER_STATE_VERSION, host: 'Absent', profile: host.profile };
  return JSON.parse(
    JSON.stringify({
      version: CLUSTER_STATE_VERSION,
      host: host.state,
      profile: c.profile,
      resourceVersion: Number(c.store.resourceVersion),
      objects: [...c.store.all()],
      events: c.events.save(),
      kubelet: c.kubelets.save(),
      scheduler: { searchStart: c.scheduler.searchStart },
      loadBalancers: c.loadBalancers,
    } satisfies ClusterState),
  ) as ClusterState;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(state: unknown): ClusterState {
  if (!isObject(state)) throw new ClusterStateError('not a Kube Tutor cluster state (expected {"version":1,…})');
  if (typeof state.version === 'number' && state.version > CLUSTER_STATE_VERSION)
    throw new ClusterStateError(`cluster state version ${state.version} is newer than this Kube Tutor understands (${CLUSTER_STATE_VERSION})`);
  if (state.version !== CLUSTER_STATE_VERSION) throw new ClusterStateError('not a Kube Tutor cluster state (expected {"version":1,…})');
  if (!['Running', 'Stopped', 'Absent'].includes(state.host as string)) throw new ClusterStateError(`unknown cluster state "${String(state.host)}"`);
  const profile = state.profile;
  if (!isObject(profile) || !Array.isArray(profile.nodes) || !(String(profile.name) in PROFILES))
    throw new ClusterStateError('the saved cluster profile is unreadable');
  if (state.host === 'Absent') return state as unknown as ClusterState;
  const objects = state.objects;
  if (!Array.isArray(objects) || !objects.every((o) => isObject(o) && typeof o.kind === 'string' && isObject(o.metadata) && typeof o.metadata.name === 'string'))
    throw new ClusterStateError('the saved cluster objects are unreadable');
  const kubelet = state.kubelet;
  if (!isObject(kubelet) || !Array.isArray(kubelet.nodes) || !Array.isArray(kubelet.pods)) throw new ClusterStateError('the saved kubelet state is unreadable');
  const events = state.events;
  if (events !== undefined && (!isObject(events) || !Array.isArray(events.records))) throw new ClusterStateError('the saved events are unreadable');
  return state as unknown as ClusterState;
}

/**
 * Rebuilds the cluster host from `saveCluster`'s JSON over the given engine dependencies (their
 * clock and random source restored first). Throws `ClusterStateError` for anything it cannot read
 * (corrupt, or written by a newer version); the caller then starts clean.
 */
export function restoreCluster(state: unknown, deps: ClusterDeps & { readonly validator?: AdmissionValidator }): ClusterHost {
  const s = check(state);
  const host = new ClusterHost(deps, { profile: s.profile, start: false });
  if (s.host === 'Absent') return host;
  let cluster: Cluster;
  try {
    const { clock, random, images, network, validator } = deps;
    cluster = new Cluster({ clock, random, images, network, validator, profile: s.profile, boot: false });
    cluster.kubelets.restoreNodes(s.kubelet!);
    for (const o of s.objects!) {
      cluster.store.restore(o);
      if (o.kind === 'Service') {
        if (o.spec?.clusterIP && o.spec.clusterIP !== 'None') cluster.api.clusterIps.reserve(o.spec.clusterIP);
        for (const p of o.spec?.ports ?? []) if (typeof p?.nodePort === 'number') cluster.api.nodePorts.reserve(p.nodePort);
      }
    }
    cluster.store.restoreResourceVersion(Number(s.resourceVersion) || 0);
    if (s.events) cluster.events.restore(s.events);
    cluster.scheduler.searchStart = Number(s.scheduler?.searchStart) || 0;
    cluster.loadBalancers = Number(s.loadBalancers) || 0;
    cluster.kubelets.restorePods(s.kubelet!);
  } catch (error) {
    throw new ClusterStateError(`the saved cluster could not be rebuilt: ${(error as Error).message}`);
  }
  // Watchers queued every restored object: let the controllers confirm the state (they write
  // nothing when it is consistent) before a stopped cluster is unplugged again.
  cluster.pump();
  host.adopt(cluster, { stopped: s.host === 'Stopped' });
  return host;
}
