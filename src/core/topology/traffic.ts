/** Traffic pulses: which edges light up for requests newer than the last one shown. */
import type { ClusterView } from './clusterView';
import { edgeId, type TopologyGraph } from './graph';
import { ids } from './ids';

export interface Pulse {
  readonly seq: number;
  /** Edges along the request's path, outermost first (external → service → pod). */
  readonly edges: readonly string[];
}

export function trafficPulses(view: ClusterView, graph: TopologyGraph, afterSeq: number): Pulse[] {
  const edgesById = new Set(graph.edges.map((e) => e.id));
  const out: Pulse[] = [];
  for (const t of [...view.traffic].sort((a, b) => a.seq - b.seq)) {
    if (t.seq <= afterSeq) continue;
    const svc = ids.serviceByName(t.service.namespace, t.service.name);
    const pod = ids.podByName(t.pod.namespace, t.pod.name);
    const ext = `external/${t.service.namespace || 'default'}/${t.service.name}`;
    const path = [edgeId('exposes', ext, svc), edgeId('selects', svc, pod)].filter((e) => edgesById.has(e));
    if (path.length) out.push({ seq: t.seq, edges: path });
  }
  return out;
}

export function lastTrafficSeq(view: ClusterView): number {
  return view.traffic.reduce((m, t) => Math.max(m, t.seq), 0);
}
