/**
 * ReplicationController and ReplicaSet controllers: one implementation, as upstream
 * (pkg/controller/replicaset/replica_set.go, with replication/ wrapping it for RCs):
 * syncReplicaSet claims matching orphan pods, releases owned pods whose labels no longer match,
 * then manageReplicas creates or deletes pods (getPodsToDelete ranking) and updates status.
 */
import { Controller, type ControllerContext } from '../controller';
import { type Labels, Selector } from '../labels';
import { isActive, isAvailable, isPodReady } from '../podutil';
import { type Json, type KObject, type OwnerReference, controllerOf, keyOf, withFields } from '../types';

/**
 * Upstream caps a sync at burstReplicas (500) creations and waits for its expectations before the
 * next batch; here creations are synchronous, so one sync creates them all. (Re-syncing per batch
 * would rescan every owned pod each time: quadratic at 100,000 replicas.)
 */
const BURST = Number.MAX_SAFE_INTEGER;

export class ReplicaController extends Controller {
  private readonly component: string;
  /** Owner uid → its queue key: pod events name their owner by reference, and this keeps one key string per owner. */
  private readonly ownerKeys = new Map<string, string>();
  /** Owner uid → what its pods' metadata shares: one `ownerReferences` array and one `generateName` string for all of them. */
  private readonly stamps = new Map<string, { readonly refs: readonly OwnerReference[]; readonly generateName: string }>();

  constructor(
    ctx: ControllerContext,
    readonly kind: 'ReplicationController' | 'ReplicaSet',
  ) {
    super(kind === 'ReplicaSet' ? 'replicaset-controller' : 'replication-controller', ctx);
    this.component = this.name;
    ctx.store.watch(kind, (e) => {
      if (e.type === 'DELETED') {
        this.ownerKeys.delete(e.object.metadata.uid);
        this.stamps.delete(e.object.metadata.uid);
      }
      this.queue.add(e.key);
    });
    ctx.store.watch('Pod', (e) => {
      const pod = e.object;
      const ref = controllerOf(pod);
      if (ref?.kind === kind) this.queue.add(this.ownerKey(pod, ref));
      const oldRef = e.old && controllerOf(e.old);
      if (oldRef && oldRef.kind === kind && oldRef.uid !== ref?.uid) this.queue.add(this.ownerKey(pod, oldRef));
      if (!ref && e.type !== 'DELETED' && isActive(pod)) {
        for (const owner of ctx.store.list(kind, pod.metadata.namespace))
          if (this.selector(owner).matches(pod.metadata.labels)) this.queue.add(keyOf(owner));
      }
    });
  }

  private ownerKey(pod: KObject, ref: OwnerReference): string {
    let key = this.ownerKeys.get(ref.uid);
    if (key === undefined) this.ownerKeys.set(ref.uid, (key = `${pod.metadata.namespace}/${ref.name}`));
    return key;
  }

  selector(o: KObject): Selector {
    return this.kind === 'ReplicaSet' ? Selector.fromLabelSelector(o.spec?.selector) : Selector.fromMap(o.spec?.selector);
  }

  protected sync(key: string): void {
    const owner = this.ctx.store.getByKey(this.kind, key);
    if (!owner || owner.metadata.deletionTimestamp) return;
    const namespace = owner.metadata.namespace;
    const selector = this.selector(owner);
    const { active, wrote } = this.claimPods(owner, selector);
    const want: number = owner.spec?.replicas ?? 1;
    const diff = active.length - want;
    if (diff < 0) {
      const n = Math.min(-diff, BURST);
      for (let i = 0; i < n; i++) this.createPod(owner);
      if (-diff > BURST) this.queue.add(key);
    } else if (diff > 0) {
      for (const pod of podsToDelete(active, Math.min(diff, BURST))) {
        this.ctx.api.delete('Pod', namespace, pod.metadata.name);
        this.ctx.events.record(owner, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, this.component);
      }
    }
    // Nothing written: the claimed active pods are exactly the owned active pods, no re-read needed.
    if (diff === 0 && !wrote) this.writeStatus(owner, selector, active);
    else this.updateStatus(key);
  }

  /**
   * ClaimPods: owned pods, plus adoption of matching orphans; owned pods that stopped matching are
   * released. Returns the active ones (FilterActivePods), and whether any pod was written.
   */
  private claimPods(owner: KObject, selector: Selector): { active: KObject[]; wrote: boolean } {
    const store = this.ctx.store;
    const uid = owner.metadata.uid;
    const result: KObject[] = [];
    let release: KObject[] | undefined;
    const matches = lastMatch(selector);
    store.indexed('Pod', 'controller', uid, (pod) => {
      if (matches(pod.metadata.labels) || pod.metadata.deletionTimestamp) {
        if (isActive(pod)) result.push(pod);
      } else (release ??= []).push(pod);
    });
    for (const pod of release ?? []) this.setOwner(pod, undefined);
    let wrote = release !== undefined;
    for (const pod of store.byIndex('Pod', 'controller', `orphan:${owner.metadata.namespace}`)) {
      if (isActive(pod) && selector.matches(pod.metadata.labels)) {
        result.push(this.setOwner(pod, owner));
        wrote = true;
      }
    }
    return { active: result, wrote };
  }

  private setOwner(pod: KObject, owner: KObject | undefined): KObject {
    const others = (pod.metadata.ownerReferences ?? []).filter((r) => !r.controller);
    const refs = owner ? [...others, ownerRef(owner)] : others;
    const metadata: Json = withFields(pod.metadata, { ownerReferences: refs });
    if (!refs.length) delete metadata.ownerReferences;
    return this.ctx.api.write({ ...pod, metadata });
  }

  private createPod(owner: KObject): void {
    const t = owner.spec.template ?? {};
    let stamp = this.stamps.get(owner.metadata.uid);
    if (!stamp) this.stamps.set(owner.metadata.uid, (stamp = { refs: [ownerRef(owner)], generateName: `${owner.metadata.name}-` }));
    // The template's labels and annotations and the owner reference are shared, never changed:
    // stored objects are immutable (a relabel writes a new labels object).
    const pod = this.ctx.api.createFromTemplate(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          generateName: stamp.generateName,
          namespace: owner.metadata.namespace,
          labels: t.metadata?.labels,
          annotations: t.metadata?.annotations,
          ownerReferences: stamp.refs,
        },
        spec: t.spec,
      },
      { namespace: owner.metadata.namespace },
    );
    this.ctx.events.record(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, this.component);
  }

  /** calculateStatus + updateReplicaSetStatus: only writes when something changed. */
  private updateStatus(key: string): void {
    const owner = this.ctx.store.getByKey(this.kind, key);
    if (!owner) return;
    const pods: KObject[] = [];
    this.ctx.store.indexed('Pod', 'controller', owner.metadata.uid, (p) => {
      if (isActive(p)) pods.push(p);
    });
    this.writeStatus(owner, this.selector(owner), pods);
  }

  private writeStatus(owner: KObject, selector: Selector, pods: readonly KObject[]): void {
    const template = owner.spec?.template?.metadata?.labels;
    const tsel = Selector.fromMap(template);
    const fullyLabeled = lastMatch({ matches: (labels: Labels) => tsel.matches(labels) && selector.matches(labels) });
    const now = this.ctx.clock.now();
    const minReady = owner.spec?.minReadySeconds ?? 0;
    let fully = 0;
    let ready = 0;
    let available = 0;
    // An index loop: this pass over every pod runs a few times, not always optimised, and an iterator allocates per step.
    for (let i = 0; i < pods.length; i++) {
      const p = pods[i]!;
      if (fullyLabeled(p.metadata.labels)) fully++;
      if (isPodReady(p)) {
        ready++;
        if (minReady <= 0 || isAvailable(p, minReady, now)) available++;
      }
    }
    const status: Json = {
      replicas: pods.length,
      fullyLabeledReplicas: fully,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: owner.metadata.generation,
    };
    if (!status.readyReplicas) delete status.readyReplicas;
    if (!status.availableReplicas) delete status.availableReplicas;
    const old = owner.status ?? {};
    if (['replicas', 'fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'].every((f) => old[f] === status[f])) return;
    this.ctx.api.updateStatus(owner, status);
  }
}

/**
 * `selector.matches`, remembering the last labels object: pods stamped from one template share
 * its labels object, so a pass over 100,000 of them matches once rather than once per pod.
 */
function lastMatch(selector: { matches(labels: Labels): boolean }): (labels: Labels) => boolean {
  let last: Labels | null = null;
  let result = false;
  return (labels) => {
    if (labels !== last) {
      last = labels;
      result = selector.matches(labels);
    }
    return result;
  };
}

export function ownerRef(owner: KObject) {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}

/** getPodsToDelete / ActivePods ranking: unscheduled, pending, not ready, most restarts, newest first. */
export function podsToDelete(pods: KObject[], n: number): KObject[] {
  const phaseRank = (p: KObject) => (p.status?.phase === 'Pending' ? 0 : p.status?.phase === 'Unknown' ? 1 : 2);
  const restarts = (p: KObject) => (p.status?.containerStatuses ?? []).reduce((s: number, c: Json) => s + (c.restartCount ?? 0), 0);
  const ranked = [...pods].sort(
    (a, b) =>
      (a.spec?.nodeName ? 1 : 0) - (b.spec?.nodeName ? 1 : 0) ||
      phaseRank(a) - phaseRank(b) ||
      (isPodReady(a) ? 1 : 0) - (isPodReady(b) ? 1 : 0) ||
      restarts(b) - restarts(a) ||
      (b.metadata.creationTimestamp > a.metadata.creationTimestamp ? 1 : b.metadata.creationTimestamp < a.metadata.creationTimestamp ? -1 : 0),
  );
  return ranked.slice(0, n);
}
