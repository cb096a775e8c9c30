/**
 * Cloud side of `type: LoadBalancer` (k8s.io/cloud-provider/controllers/service): the
 * EXTERNAL-IP stays `<pending>` until the simulated cloud has provisioned a balancer, then
 * `status.loadBalancer.ingress[0].ip` is set, with the EnsuringLoadBalancer/EnsuredLoadBalancer
 * events. Changing the type away releases it.
 */
import { Controller, type ControllerContext } from '../controller';
import { type Json, type KObject, splitKey } from '../types';

export interface LoadBalancerProfile {
  /** Simulated provisioning time. */
  readonly delayMs: number;
  /** Next external address. */
  readonly allocate: (service: KObject) => string;
}

export class ServiceController extends Controller {
  private readonly provisioning = new Set<string>();

  constructor(
    ctx: ControllerContext,
    private readonly lb: LoadBalancerProfile,
  ) {
    super('service-controller', ctx);
    ctx.store.watch('Service', (e) => this.queue.add(e.key));
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = this.ctx.store.get('Service', namespace, name);
    if (!svc) return;
    const ingress: Json[] = svc.status?.loadBalancer?.ingress ?? [];
    if (svc.spec?.type !== 'LoadBalancer') {
      if (ingress.length) {
        this.ctx.api.updateStatus(svc, { loadBalancer: {} });
        this.ctx.events.record(svc, 'Normal', 'DeletedLoadBalancer', 'Deleted load balancer', 'service-controller');
      }
      return;
    }
    if (ingress.length || this.provisioning.has(svc.metadata.uid)) return;
    this.provisioning.add(svc.metadata.uid);
    this.ctx.events.record(svc, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer', 'service-controller');
    const uid = svc.metadata.uid;
    this.ctx.timers.after(this.lb.delayMs, () => {
      this.provisioning.delete(uid);
      const cur = this.ctx.store.get('Service', namespace, name);
      if (!cur || cur.metadata.uid !== uid || cur.spec?.type !== 'LoadBalancer') return;
      this.ctx.api.updateStatus(cur, { loadBalancer: { ingress: [{ ip: this.lb.allocate(cur), ipMode: 'VIP' }] } });
      this.ctx.events.record(cur, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer', 'service-controller');
      this.ctx.wake();
    });
  }
}
