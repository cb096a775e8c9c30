/**
 * kube-proxy: programs every Service's addresses into the simulated network
 * (pkg/proxy/iptables/proxier.go syncProxyRules, in spirit). ClusterIP:port is reachable only
 * inside the cluster (the pod network: `kubectl exec … -- curl`); NodeIP:nodePort and the
 * LoadBalancer ingress IP:port are reachable from the learner's machine. Each connection goes to
 * a random ready endpoint (iptables `statistic --mode random`), using the seeded random.
 */
import type { HttpRequest, HttpResult, Network } from '../../sim/network';
import { Controller, type ControllerContext } from '../controller';
import { type Json, type KObject, keyOf, splitKey } from '../types';

export class Proxy extends Controller {
  private readonly registered = new Map<string, (() => void)[]>();

  constructor(
    ctx: ControllerContext,
    private readonly external: Network,
    private readonly internal: Network,
  ) {
    super('kube-proxy', ctx);
    ctx.store.watch('Service', (e) => this.queue.add(e.key));
    ctx.store.watch('Endpoints', (e) => this.queue.add(e.key));
    ctx.store.watch('Node', () => {
      for (const svc of ctx.store.list('Service')) this.queue.add(keyOf(svc));
    });
  }

  /** Removes every listener (cluster stopped or deleted). */
  clearAll(): void {
    for (const key of [...this.registered.keys()]) this.clear(key);
  }

  resyncAll(): void {
    for (const svc of this.ctx.store.list('Service')) this.queue.add(keyOf(svc));
  }

  private clear(key: string): void {
    for (const off of this.registered.get(key) ?? []) off();
    this.registered.delete(key);
  }

  protected sync(key: string): void {
    this.clear(key);
    const { namespace, name } = splitKey(key);
    const svc = this.ctx.store.get('Service', namespace, name);
    if (!svc || svc.spec?.type === 'ExternalName') return;
    const offs: (() => void)[] = [];
    const listen = (net: Network, host: string | undefined, port: number | undefined, handler: (r: HttpRequest) => HttpResult) => {
      if (!host || host === 'None' || !port || net.isListening(host, port)) return;
      offs.push(net.listen(host, port, handler));
    };
    for (const p of svc.spec?.ports ?? []) {
      const handler = (r: HttpRequest) => this.forward(svc, p, r);
      listen(this.internal, svc.spec.clusterIP, p.port, handler);
      for (const ing of svc.status?.loadBalancer?.ingress ?? []) listen(this.external, ing.ip, p.port, handler);
      if (p.nodePort)
        for (const node of this.ctx.store.list('Node'))
          for (const a of node.status?.addresses ?? []) if (a.type === 'InternalIP' || a.type === 'ExternalIP') listen(this.external, a.address, p.nodePort, handler);
    }
    this.registered.set(key, offs);
  }

  private forward(svc: KObject, port: Json, r: HttpRequest): HttpResult {
    const ep = this.ctx.store.get('Endpoints', svc.metadata.namespace, svc.metadata.name);
    const targets: { ip: string; port: number }[] = [];
    for (const s of ep?.subsets ?? []) {
      const sp = (s.ports ?? []).find((q: Json) => (port.name ? q.name === port.name : true));
      if (!sp) continue;
      for (const a of s.addresses ?? []) targets.push({ ip: a.ip, port: sp.port });
    }
    if (!targets.length)
      return { ok: false, exitCode: 7, error: `curl: (7) Failed to connect to ${r.host} port ${r.port} after 0 ms: Couldn't connect to server` };
    const t = this.ctx.random.pick(targets);
    const res = this.internal.request({ ...r, host: t.ip, port: t.port });
    if (!res.ok) return { ...res, error: res.error.replace(`${t.ip} port ${t.port}`, `${r.host} port ${r.port}`) };
    return res;
  }
}
