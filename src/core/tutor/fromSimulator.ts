/**
 * The tutor's facts drawn from the simulator, through the same `ClusterView` the topology
 * draws: images, containers, registry, cluster, pods, workloads and services.
 */
import { parseImageReference } from '../dockerfile/baseImage';
import type { ClusterView, ControllerKind } from '../topology/clusterView';
import type { Facts, WorkloadFact } from './facts';

export type SimulatorFacts = Omit<Facts, 'version' | 'files' | 'diagnostics' | 'commands'>;

export interface SimulatorExtras {
  /** The user `docker login` recorded (any registry), if any. */
  readonly loggedInAs?: string;
  /** The cluster exists and runs (`minikube start`), and its profile. */
  readonly clusterRunning: boolean;
  readonly profile?: string;
}

function splitTag(reference: string): { repository: string; tag: string } {
  const { name, tag } = parseImageReference(reference);
  return { repository: name, tag: tag ?? 'latest' };
}

export function factsOf(view: ClusterView, extras: SimulatorExtras): SimulatorFacts {
  const workloads = (kind: ControllerKind): WorkloadFact[] =>
    view.controllers
      .filter((c) => c.kind === kind)
      .map((c) => {
        const owner = c.metadata.ownerReferences?.find((r) => r.controller) ?? c.metadata.ownerReferences?.[0];
        return { name: c.metadata.name, replicas: c.replicas, readyReplicas: c.readyReplicas, ...(owner ? { owner: { kind: owner.kind, name: owner.name } } : {}) };
      });
  return {
    images: view.images.flatMap((i) => i.repoTags.map((ref) => ({ ...splitTag(ref), id: i.id }))),
    containers: view.containers.map((c) => ({
      name: c.name,
      image: c.image,
      state: c.state,
      ports: c.ports.map((p) => ({ hostPort: p.hostPort, containerPort: p.containerPort, ...(p.protocol === 'udp' ? { protocol: 'udp' as const } : {}) })),
    })),
    registry: {
      ...(extras.loggedInAs ? { loggedInAs: extras.loggedInAs } : {}),
      repositories: view.repositories.map((r) => ({ name: r.name, tags: r.tags.map((t) => t.tag) })),
    },
    cluster: {
      running: extras.clusterRunning,
      ...(extras.profile ? { profile: extras.profile } : {}),
      nodes: view.nodes.map((n) => ({
        name: n.metadata.name,
        ready: n.conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
        roles: n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined ? ['control-plane'] : [],
      })),
    },
    pods: view.pods.map((p) => {
      const owner = p.metadata.ownerReferences?.find((r) => r.controller) ?? p.metadata.ownerReferences?.[0];
      return {
        name: p.metadata.name,
        ...(p.metadata.namespace ? { namespace: p.metadata.namespace } : {}),
        phase: p.phase,
        ready: p.ready,
        labels: { ...(p.metadata.labels ?? {}) },
        ...(p.nodeName ? { node: p.nodeName } : {}),
        ...(owner ? { owner: { kind: owner.kind, name: owner.name } } : {}),
        containers: p.containers.map((c) => ({
          name: c.name,
          image: c.image,
          ready: c.ready,
          ...(c.state === 'waiting' && c.reason ? { waitingReason: c.reason } : {}),
        })),
        ...(p.reason === 'Terminating' ? { terminating: true } : {}),
      };
    }),
    replicationControllers: workloads('ReplicationController'),
    replicaSets: workloads('ReplicaSet'),
    deployments: workloads('Deployment'),
    services: view.services.map((s) => ({
      name: s.metadata.name,
      type: s.type,
      selector: { ...(s.selector ?? {}) },
      ...(s.clusterIP ? { clusterIP: s.clusterIP } : {}),
      ...(s.externalIPs?.[0] ? { externalIP: s.externalIPs[0] } : {}),
      ports: s.ports.map((p) => ({ port: p.port, targetPort: typeof p.targetPort === 'number' ? p.targetPort : p.port, ...(p.nodePort ? { nodePort: p.nodePort } : {}) })),
    })),
  };
}
