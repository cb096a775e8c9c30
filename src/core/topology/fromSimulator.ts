/**
 * The simulator as the topology sees it: Docker engine state (images, layers, containers,
 * pushed repositories) and, when a cluster runs, its nodes, pods, controllers, services and
 * events, mapped to the plain `ClusterView` the graph model reads.
 */
import type { Cluster } from '../cluster/cluster';
import { isPodReady, isTerminating } from '../cluster/podutil';
import type { KObject } from '../cluster/types';
import type { DockerEngine } from '../engine/engine';
import { MINIKUBE_COMPONENTS } from './samples';
import type {
  ClusterView,
  ContainerStatusView,
  ControllerKind,
  ControllerView,
  DockerContainerView,
  EndpointView,
  ImageView,
  ObjectMetaView,
  PodPhase,
  PodView,
  RepositoryView,
  ServiceView,
} from './clusterView';

function meta(o: KObject): ObjectMetaView {
  const m = o.metadata;
  return {
    name: m.name,
    ...(m.namespace ? { namespace: m.namespace } : {}),
    ...(m.uid ? { uid: m.uid } : {}),
    ...(m.labels ? { labels: { ...m.labels } } : {}),
    ...(m.ownerReferences?.length
      ? { ownerReferences: m.ownerReferences.map((r) => ({ kind: r.kind, name: r.name, uid: r.uid, ...(r.controller ? { controller: true } : {}) })) }
      : {}),
  };
}

function podView(pod: KObject): PodView {
  const statuses: KObject['status'][] = pod.status?.containerStatuses ?? [];
  const containers: ContainerStatusView[] = (pod.spec?.containers ?? []).map((c: { name: string; image: string; ports?: { containerPort: number; protocol?: string }[] }) => {
    const s = statuses.find((x: { name: string }) => x.name === c.name);
    const state = s?.state?.running ? 'running' : s?.state?.terminated ? 'terminated' : 'waiting';
    const reason = s?.state?.waiting?.reason ?? s?.state?.terminated?.reason;
    return {
      name: c.name,
      image: c.image,
      ready: !!s?.ready,
      restartCount: s?.restartCount ?? 0,
      state,
      ...(reason ? { reason } : {}),
      ...(c.ports?.length ? { ports: c.ports.map((p) => ({ containerPort: p.containerPort, ...(p.protocol ? { protocol: p.protocol } : {}) })) } : {}),
    };
  });
  const waiting = containers.find((c) => c.state === 'waiting' && c.reason)?.reason;
  const reason = isTerminating(pod) ? 'Terminating' : waiting ?? pod.status?.reason;
  return {
    metadata: meta(pod),
    ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    phase: (pod.status?.phase ?? 'Pending') as PodPhase,
    ...(reason ? { reason } : {}),
    ready: isPodReady(pod),
    ...(pod.status?.podIP ? { podIP: pod.status.podIP } : {}),
    containers,
  };
}

const CONTROLLER_KINDS: readonly ControllerKind[] = ['ReplicationController', 'ReplicaSet', 'Deployment'];

function controllerView(o: KObject, kind: ControllerKind): ControllerView {
  const selector = kind === 'ReplicationController' ? o.spec?.selector ?? {} : o.spec?.selector?.matchLabels ?? {};
  return {
    kind,
    metadata: meta(o),
    selector: { ...selector },
    replicas: o.spec?.replicas ?? 1,
    readyReplicas: o.status?.readyReplicas ?? 0,
    ...(o.status?.replicas !== undefined ? { currentReplicas: o.status.replicas } : {}),
  };
}

function serviceView(svc: KObject, endpoints: KObject | undefined): ServiceView {
  const eps: EndpointView[] = [];
  for (const subset of endpoints?.subsets ?? []) {
    for (const [list, ready] of [[subset.addresses, true], [subset.notReadyAddresses, false]] as const) {
      for (const a of list ?? []) {
        eps.push({ ip: a.ip, ready, ...(a.targetRef?.name ? { podName: a.targetRef.name } : {}), ...(a.nodeName ? { nodeName: a.nodeName } : {}) });
      }
    }
  }
  const type = svc.spec?.type ?? 'ClusterIP';
  const ingress: string[] = (svc.status?.loadBalancer?.ingress ?? []).map((i: { ip?: string; hostname?: string }) => i.ip ?? i.hostname).filter(Boolean);
  return {
    metadata: meta(svc),
    type,
    ...(svc.spec?.selector ? { selector: { ...svc.spec.selector } } : {}),
    ...(svc.spec?.clusterIP ? { clusterIP: svc.spec.clusterIP } : {}),
    ...(type === 'LoadBalancer' ? { externalIPs: ingress } : {}),
    ports: (svc.spec?.ports ?? []).map((p: { name?: string; port: number; targetPort?: number | string; nodePort?: number; protocol?: string }) => ({
      port: p.port,
      targetPort: p.targetPort ?? p.port,
      ...(p.name ? { name: p.name } : {}),
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
      ...(p.protocol ? { protocol: p.protocol } : {}),
    })),
    endpoints: eps,
  };
}

function clusterPart(cluster: Cluster): Pick<ClusterView, 'nodes' | 'pods' | 'controllers' | 'services' | 'events'> {
  const store = cluster.store;
  const visible = (o: KObject) => o.metadata.namespace !== 'kube-system';
  return {
    nodes: store.list('Node').map((n) => ({
      metadata: meta(n),
      conditions: (n.status?.conditions ?? []).map((c: { type: string; status: 'True' | 'False' | 'Unknown'; reason?: string }) => ({
        type: c.type,
        status: c.status,
        ...(c.reason ? { reason: c.reason } : {}),
      })),
      capacity: {
        cpu: String(n.status?.capacity?.cpu ?? ''),
        memory: String(n.status?.capacity?.memory ?? ''),
        pods: Number(n.status?.capacity?.pods ?? 110),
      },
      ...(n.status?.addresses ? { addresses: n.status.addresses } : {}),
      components:
        n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined
          ? [...MINIKUBE_COMPONENTS]
          : MINIKUBE_COMPONENTS.filter((c) => c === 'kubelet' || c === 'kube-proxy'),
    })),
    pods: store.list('Pod').filter(visible).map(podView),
    controllers: CONTROLLER_KINDS.flatMap((kind) => store.list(kind).filter(visible).map((o) => controllerView(o, kind))),
    services: store
      .list('Service')
      .filter(visible)
      .map((s) => serviceView(s, store.get('Endpoints', s.metadata.namespace, s.metadata.name))),
    events: cluster.events
      .list()
      .slice(-200)
      .map((e) => ({
        involvedObject: { kind: e.object.kind, name: e.object.name, ...(e.object.namespace ? { namespace: e.object.namespace } : {}) },
        type: e.type,
        reason: e.reason,
        message: e.message,
        count: e.count,
        source: e.source,
        lastTimestamp: e.lastTimestamp,
      })),
  };
}

function dockerPart(engine: DockerEngine): Pick<ClusterView, 'images' | 'containers' | 'repositories'> {
  const images: ImageView[] = [];
  for (const image of engine.store.images.values()) {
    const repoTags = engine.store.tagsOf(image.id);
    if (image.intermediate && repoTags.length === 0) continue;
    images.push({
      id: image.id,
      repoTags,
      layers: engine.store.layersOf(image).map((l) => ({ id: l.id, size: l.size })),
      size: engine.store.size(image),
    });
  }
  const containers: DockerContainerView[] = [...engine.containers.values()].map((c) => ({
    id: c.id,
    name: c.name,
    image: c.image,
    imageId: c.imageId,
    state: c.state as DockerContainerView['state'],
    ports: c.ports.map((p) => ({ hostIp: p.hostIp, hostPort: p.hostPort, containerPort: p.containerPort, protocol: p.protocol })),
  }));
  const repositories: RepositoryView[] = [...engine.registry.pushed.entries()].map(([repo, tags]) => {
    const slash = repo.indexOf('/');
    return {
      registry: slash > 0 ? repo.slice(0, slash) : 'docker.io',
      name: slash > 0 ? repo.slice(slash + 1) : repo,
      tags: [...tags.entries()].map(([tag, image]) => ({ tag, ...(image.digest ? { digest: image.digest } : {}) })),
    };
  });
  return { images, containers, repositories };
}

export function clusterViewOf(engine: DockerEngine, cluster: Cluster | undefined): ClusterView {
  const empty = { nodes: [], pods: [], controllers: [], services: [], events: [] };
  return { ...dockerPart(engine), ...(cluster ? clusterPart(cluster) : empty), traffic: [], now: engine.clock.now() };
}
