/**
 * Endpoints controller (pkg/controller/endpoint/endpoints_controller.go syncService): for each
 * Service with a selector, the pods it selects that have an IP become `addresses` (ready) or
 * `notReadyAddresses`; ports resolve `targetPort` by number or by container port name
 * (podutil.FindPort). Writes only when the subsets changed.
 */
import { Controller, type ControllerContext } from '../controller';
import { Selector } from '../labels';
import { isPodReady } from '../podutil';
import { type Json, type KObject, keyOf, splitKey } from '../types';

export function findPort(pod: KObject, targetPort: Json): number | undefined {
  if (typeof targetPort === 'number') return targetPort;
  if (/^\d+$/.test(String(targetPort))) return Number(targetPort);
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === targetPort) return p.containerPort;
  return undefined;
}

export class EndpointsController extends Controller {
  /**
   * Namespace → its Services that have a selector, with the selector parsed: every pod event is
   * matched against them, so they are built once per Service change rather than per pod event.
   */
  private selectors: Map<string | undefined, { key: string; selector: Selector }[]> | undefined;

  constructor(ctx: ControllerContext) {
    super('endpoint-controller', ctx);
    ctx.store.watch('Service', (e) => {
      this.selectors = undefined;
      this.queue.add(keyOf(e.object));
    });
    ctx.store.watch('Pod', (e) => {
      const services = this.servicesIn(e.object.metadata.namespace);
      if (!services) return;
      for (const { key, selector } of services)
        if (selector.matches(e.object.metadata.labels) || (e.old && selector.matches(e.old.metadata.labels))) this.queue.add(key);
    });
  }

  private servicesIn(namespace: string | undefined): readonly { key: string; selector: Selector }[] | undefined {
    if (!this.selectors) {
      const selectors = new Map<string | undefined, { key: string; selector: Selector }[]>();
      for (const svc of this.ctx.store.list('Service')) {
        if (!svc.spec?.selector) continue;
        const ns = svc.metadata.namespace;
        let list = selectors.get(ns);
        if (!list) selectors.set(ns, (list = []));
        list.push({ key: keyOf(svc), selector: Selector.fromMap(svc.spec.selector) });
      }
      this.selectors = selectors;
    }
    return this.selectors.get(namespace);
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = this.ctx.store.get('Service', namespace, name);
    const current = this.ctx.store.get('Endpoints', namespace, name);
    if (!svc) {
      if (current) this.ctx.api.delete('Endpoints', namespace, name);
      return;
    }
    if (!svc.spec?.selector) return;
    const sel = Selector.fromMap(svc.spec.selector);
    const pods = this.ctx.store.list('Pod', namespace).filter((p) => sel.matches(p.metadata.labels) && p.status?.podIP && !p.metadata.deletionTimestamp);
    const ready: Json[] = [];
    const notReady: Json[] = [];
    const byPorts = new Map<string, { ports: Json[]; ready: Json[]; notReady: Json[] }>();
    for (const pod of pods) {
      const ports = (svc.spec.ports ?? []).map((p: Json) => {
        const port: Json = { port: findPort(pod, p.targetPort) ?? p.port, protocol: p.protocol };
        if (p.name) port.name = p.name;
        return port;
      });
      const addr = {
        ip: pod.status.podIP,
        nodeName: pod.spec.nodeName,
        targetRef: { kind: 'Pod', namespace, name: pod.metadata.name, uid: pod.metadata.uid },
      };
      const k = JSON.stringify(ports);
      let group = byPorts.get(k);
      if (!group) byPorts.set(k, (group = { ports, ready: [], notReady: [] }));
      (isPodReady(pod) ? group.ready : group.notReady).push(addr);
      (isPodReady(pod) ? ready : notReady).push(addr);
    }
    const byIp = (a: Json, b: Json) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
    const subsets = [...byPorts.values()].map((g) => {
      const s: Json = {};
      if (g.ready.length) s.addresses = g.ready.sort(byIp);
      if (g.notReady.length) s.notReadyAddresses = g.notReady.sort(byIp);
      s.ports = g.ports;
      return s;
    });
    const labels = svc.metadata.labels;
    if (!current) {
      this.ctx.api.create(
        { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace, labels: labels ? { ...labels } : undefined }, subsets: subsets.length ? subsets : undefined },
        { namespace },
      );
    } else if (JSON.stringify(current.subsets ?? []) !== JSON.stringify(subsets)) {
      const next: Json = { ...current, subsets };
      if (!subsets.length) delete next.subsets;
      this.ctx.api.write(next);
    }
  }
}
