/**
 * Deployment controller, after pkg/controller/deployment: the new ReplicaSet is the one whose
 * template (minus `pod-template-hash`) equals the Deployment's; `rolloutRolling`
 * (rolling.go: reconcileNewReplicaSet / reconcileOldReplicaSets with maxSurge/maxUnavailable),
 * `rolloutRecreate` (recreate.go), revisions in `deployment.kubernetes.io/revision`,
 * cleanupDeployment by revisionHistoryLimit, and syncRolloutStatus conditions.
 */
import { Controller, type ControllerContext } from '../controller';
import { Selector } from '../labels';
import { isActive } from '../podutil';
import { type Json, type KObject, controllerOf, splitKey } from '../types';
import { ownerRef } from './replicas';
import { canonicalJson } from '../json';

export const REVISION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';

/**
 * controller.ComputeHash: FNV-32a of the template, encoded with rand.SafeEncodeString's
 * alphabet. Like the Go struct it hashes, field order does not count (`kubectl get -o yaml`
 * sorts keys; applying that back must not start a rollout).
 */
export function templateHash(template: Json, collisionCount = 0): string {
  const text = canonicalJson(stripHash(template)) + (collisionCount ? String(collisionCount) : '');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (const ch of String(h)) out += alphabet[ch.charCodeAt(0) % alphabet.length];
  return out;
}

export function stripHash(template: Json): Json {
  if (!template?.metadata?.labels?.[HASH_LABEL]) return template;
  const labels = { ...template.metadata.labels };
  delete labels[HASH_LABEL];
  return { ...template, metadata: { ...template.metadata, labels } };
}

/** intstr.GetScaledValueFromIntOrPercent: surge rounds up, unavailable rounds down. */
export function resolveFenceposts(d: KObject): { maxSurge: number; maxUnavailable: number } {
  const replicas: number = d.spec?.replicas ?? 1;
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  const scaled = (v: Json, up: boolean) => {
    if (typeof v === 'number') return v;
    const m = /^(\d+)%$/.exec(String(v ?? '25%'));
    const pct = m ? +m[1]! : 25;
    return up ? Math.ceil((pct * replicas) / 100) : Math.floor((pct * replicas) / 100);
  };
  const maxSurge = scaled(ru.maxSurge, true);
  let maxUnavailable = scaled(ru.maxUnavailable, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

const revisionOf = (o: KObject) => Number(o.metadata.annotations?.[REVISION] ?? 0);
const replicasOf = (o: KObject): number => o.spec?.replicas ?? 0;

export class DeploymentController extends Controller {
  constructor(ctx: ControllerContext) {
    super('deployment-controller', ctx);
    ctx.store.watch('Deployment', (e) => this.queue.add(e.key));
    ctx.store.watch('ReplicaSet', (e) => {
      const ref = controllerOf(e.object);
      if (ref?.kind === 'Deployment') this.queue.add(`${e.object.metadata.namespace}/${ref.name}`);
    });
    ctx.store.watch('Pod', (e) => {
      // A pod of an old ReplicaSet going away can unblock a Recreate rollout.
      if (e.type !== 'DELETED') return;
      const ref = controllerOf(e.object);
      if (ref?.kind !== 'ReplicaSet') return;
      const rs = ctx.store.get('ReplicaSet', e.object.metadata.namespace, ref.name);
      const dref = rs && controllerOf(rs);
      if (dref?.kind === 'Deployment') this.queue.add(`${e.object.metadata.namespace}/${dref.name}`);
    });
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const d = this.ctx.store.get('Deployment', namespace, name);
    if (!d || d.metadata.deletionTimestamp) return;
    const all = this.ctx.store.byIndex('ReplicaSet', 'controller', d.metadata.uid);
    const hash = templateHash(d.spec.template);
    let newRS = all.find((rs) => canonicalJson(stripHash(rs.spec.template)) === canonicalJson(stripHash(d.spec.template)));
    const old = all.filter((rs) => rs !== newRS).sort((a, b) => revisionOf(a) - revisionOf(b));
    const maxOldRevision = old.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
    if (d.spec.paused) return this.syncStatus(d, newRS, all);
    if (!newRS) {
      if (d.spec.strategy?.type === 'Recreate' && old.some((rs) => replicasOf(rs) > 0 || this.activePods(rs) > 0)) {
        this.scaleDownOld(d, old);
        return this.syncStatus(d, undefined, all);
      }
      newRS = this.createNewRS(d, hash, maxOldRevision + 1, old);
    } else if (revisionOf(newRS) <= maxOldRevision) {
      // Rolled back to an older template: it becomes the newest revision again.
      newRS = this.ctx.api.write({
        ...newRS,
        metadata: { ...newRS.metadata, annotations: { ...newRS.metadata.annotations, [REVISION]: String(maxOldRevision + 1) } },
      });
    }
    if (d.spec.strategy?.type === 'Recreate') this.rolloutRecreate(d, newRS, old);
    else this.rolloutRolling(d, newRS, old);
    this.cleanup(d, old);
    const fresh = this.ctx.store.get('Deployment', namespace, name)!;
    this.syncStatus(fresh, this.ctx.store.get('ReplicaSet', namespace, newRS.metadata.name), this.ctx.store.byIndex('ReplicaSet', 'controller', d.metadata.uid));
  }

  private activePods(rs: KObject): number {
    return this.ctx.store.byIndex('Pod', 'controller', rs.metadata.uid).length;
  }

  private createNewRS(d: KObject, hash: string, revision: number, old: KObject[]): KObject {
    const template = d.spec.template;
    const labels = { ...template.metadata?.labels, [HASH_LABEL]: hash };
    const selector = { ...d.spec.selector, matchLabels: { ...d.spec.selector?.matchLabels, [HASH_LABEL]: hash } };
    const surgeStart = d.spec.strategy?.type === 'Recreate' || old.every((rs) => replicasOf(rs) === 0);
    const replicas = surgeStart ? d.spec.replicas : this.newReplicasForRolling(d, 0, old);
    const rs = this.ctx.api.create(
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${d.metadata.name}-${hash}`,
          namespace: d.metadata.namespace,
          labels,
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
            'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + resolveFenceposts(d).maxSurge),
            [REVISION]: String(revision),
          },
          ownerReferences: [ownerRef(d)],
        },
        spec: { replicas, selector, template: { ...template, metadata: { ...template.metadata, labels } }, minReadySeconds: d.spec.minReadySeconds },
      },
      { namespace: d.metadata.namespace },
    );
    if (replicas > 0) this.scaleEvent(d, rs, 0, replicas);
    return rs;
  }

  private scaleEvent(d: KObject, rs: KObject, from: number, to: number): void {
    const verb = to > from ? 'up' : 'down';
    this.ctx.events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${to}`, 'deployment-controller');
  }

  private scale(d: KObject, rs: KObject, to: number): void {
    const from = replicasOf(rs);
    if (from === to) return;
    const cur = this.ctx.store.get('ReplicaSet', rs.metadata.namespace, rs.metadata.name)!;
    this.ctx.api.write({
      ...cur,
      metadata: {
        ...cur.metadata,
        generation: (cur.metadata.generation ?? 1) + 1,
        annotations: {
          ...cur.metadata.annotations,
          'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
          'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + resolveFenceposts(d).maxSurge),
        },
      },
      spec: { ...cur.spec, replicas: to },
    });
    this.scaleEvent(d, rs, from, to);
  }

  private newReplicasForRolling(d: KObject, current: number, old: KObject[]): number {
    const { maxSurge } = resolveFenceposts(d);
    const total = current + old.reduce((s, rs) => s + replicasOf(rs), 0);
    const maxTotal = d.spec.replicas + maxSurge;
    if (total >= maxTotal) return current;
    return Math.min(current + (maxTotal - total), d.spec.replicas);
  }

  private rolloutRolling(d: KObject, newRS: KObject, old: KObject[]): void {
    const want: number = d.spec.replicas;
    // reconcileNewReplicaSet
    if (replicasOf(newRS) > want) this.scale(d, newRS, want);
    else if (replicasOf(newRS) < want) this.scale(d, newRS, this.newReplicasForRolling(d, replicasOf(newRS), old));
    newRS = this.ctx.store.get('ReplicaSet', newRS.metadata.namespace, newRS.metadata.name)!;
    // reconcileOldReplicaSets
    const { maxUnavailable } = resolveFenceposts(d);
    const minAvailable = want - maxUnavailable;
    const all = [newRS, ...old];
    const allPods = all.reduce((s, rs) => s + replicasOf(rs), 0);
    const newUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
    let maxScaledDown = allPods - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return;
    // cleanupUnhealthyReplicas: old pods that are not available go first.
    for (const rs of old) {
      if (maxScaledDown <= 0) break;
      const unhealthy = replicasOf(rs) - (rs.status?.availableReplicas ?? 0);
      if (unhealthy <= 0) continue;
      const down = Math.min(unhealthy, maxScaledDown);
      this.scale(d, rs, replicasOf(rs) - down);
      maxScaledDown -= down;
    }
    // scaleDownOldReplicaSetsForRollingUpdate
    const fresh = old.map((rs) => this.ctx.store.get('ReplicaSet', rs.metadata.namespace, rs.metadata.name)!);
    const available = [newRS, ...fresh].reduce((s, rs) => s + Math.min(replicasOf(rs), rs.status?.availableReplicas ?? 0), 0);
    if (available <= minAvailable) return;
    let budget = available - minAvailable;
    for (const rs of fresh) {
      if (budget <= 0) break;
      if (replicasOf(rs) === 0) continue;
      const down = Math.min(replicasOf(rs), budget);
      this.scale(d, rs, replicasOf(rs) - down);
      budget -= down;
    }
  }

  private scaleDownOld(d: KObject, old: KObject[]): void {
    for (const rs of old) this.scale(d, rs, 0);
  }

  private rolloutRecreate(d: KObject, newRS: KObject, old: KObject[]): void {
    this.scaleDownOld(d, old);
    const oldPods = old.reduce((s, rs) => s + this.ctx.store.byIndex('Pod', 'controller', rs.metadata.uid).length, 0);
    if (oldPods > 0) return;
    this.scale(d, newRS, d.spec.replicas);
  }

  private cleanup(d: KObject, old: KObject[]): void {
    const limit: number = d.spec.revisionHistoryLimit ?? 10;
    const idle = old.filter((rs) => replicasOf(rs) === 0 && (rs.status?.replicas ?? 0) === 0);
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) this.ctx.api.delete('ReplicaSet', rs.metadata.namespace, rs.metadata.name);
  }

  private syncStatus(d: KObject, newRS: KObject | undefined, all: KObject[]): void {
    const sum = (f: (rs: KObject) => number) => all.reduce((s, rs) => s + f(rs), 0);
    const replicas = sum((rs) => rs.status?.replicas ?? 0);
    const available = sum((rs) => rs.status?.availableReplicas ?? 0);
    const ready = sum((rs) => rs.status?.readyReplicas ?? 0);
    const updated = newRS?.status?.replicas ?? 0;
    const want: number = d.spec.replicas;
    const { maxUnavailable } = resolveFenceposts(d);
    const now = this.ctx.api.now();
    const prev: Json[] = d.status?.conditions ?? [];
    const cond = (type: string, status: string, reason: string, message: string): Json => {
      const p = prev.find((c) => c.type === type);
      const same = p && p.status === status && p.reason === reason && p.message === message;
      if (same) return p;
      return {
        type,
        status,
        lastUpdateTime: now,
        lastTransitionTime: p && p.status === status ? p.lastTransitionTime : now,
        reason,
        message,
      };
    };
    const complete = newRS && updated === want && replicas === want && available === want;
    const conditions = [
      available >= want - maxUnavailable
        ? cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.')
        : cond('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'),
      newRS
        ? complete
          ? cond('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${newRS.metadata.name}" has successfully progressed.`)
          : cond('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${newRS.metadata.name}" is progressing.`)
        : cond('Progressing', 'True', 'ReplicaSetUpdated', 'Deployment is progressing.'),
    ];
    const status: Json = {
      observedGeneration: d.metadata.generation,
      replicas,
      updatedReplicas: updated,
      readyReplicas: ready,
      availableReplicas: available,
      unavailableReplicas: Math.max(0, want - available),
      conditions,
    };
    for (const f of ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas']) if (!status[f]) delete status[f];
    const revision = newRS ? newRS.metadata.annotations?.[REVISION] : d.metadata.annotations?.[REVISION];
    const annotations = revision && d.metadata.annotations?.[REVISION] !== revision ? { ...d.metadata.annotations, [REVISION]: revision } : undefined;
    if (!annotations && JSON.stringify(status) === JSON.stringify(d.status)) return;
    const current = this.ctx.store.get('Deployment', d.metadata.namespace, d.metadata.name)!;
    this.ctx.api.write({ ...current, metadata: annotations ? { ...current.metadata, annotations } : current.metadata, status });
  }
}

/** The selector of a Deployment's pods (`kubectl rollout`/`describe` use it). */
export function deploymentSelector(d: KObject): Selector {
  return Selector.fromLabelSelector(d.spec?.selector);
}

export { isActive };
