/**
 * Garbage collector (pkg/controller/garbagecollector), background propagation: when an owner
 * disappears, each dependent whose owner references now all point at missing objects is
 * deleted; a dependent that still has a live owner only loses the dangling reference.
 */
import { Controller, type ControllerContext } from '../controller';
import type { Json } from '../types';

export class GarbageCollector extends Controller {
  /** uid → kind and key of the deleted owner, for the dependents lookup. */
  constructor(ctx: ControllerContext) {
    super('garbage-collector', ctx);
    ctx.store.watchAll((e) => {
      if (e.type === 'DELETED') this.queue.add(e.object.metadata.uid);
    });
  }

  private alive(uid: string, kind: string, namespace: string | undefined, name: string): boolean {
    const o = this.ctx.store.get(kind, namespace, name) ?? this.ctx.store.get(kind, undefined, name);
    return o !== undefined && o.metadata.uid === uid;
  }

  protected sync(uid: string): void {
    for (const { kind, key } of this.ctx.store.dependentsOf(uid)) {
      const d = this.ctx.store.getByKey(kind, key);
      if (!d) continue;
      const ns = d.metadata.namespace;
      const refs = d.metadata.ownerReferences ?? [];
      const live = refs.filter((r) => this.alive(r.uid, r.kind, ns, r.name));
      if (live.length === 0) {
        if (!d.metadata.deletionTimestamp) this.ctx.api.delete(kind, ns, d.metadata.name);
      } else if (live.length !== refs.length) {
        this.ctx.api.write({ ...d, metadata: { ...d.metadata, ownerReferences: live } as Json });
      }
    }
  }
}
