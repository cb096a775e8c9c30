/**
 * The tutor's view of the world: a plain-data snapshot of the simulated Docker engine,
 * registry, Kubernetes cluster, the learner's shell history and workspace. Step checks
 * read only this, so the tutor is testable without the simulator; adapters from the
 * engine and the cluster fill it in (see the field comments for the source of each).
 * JSON-serialisable.
 */

export const FACTS_VERSION = 1;

/** `docker images`: one row per repository:tag. */
export interface ImageFact {
  /** As `docker images` prints it: `kubia`, `redis`, `student/kubia`, `busybox`. */
  readonly repository: string;
  readonly tag: string;
  /** Short or full `sha256:` id. */
  readonly id: string;
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

export interface PortBinding {
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol?: 'tcp' | 'udp';
}

/** `docker ps -a` / `docker inspect`. */
export interface ContainerFact {
  readonly name: string;
  /** The image reference the container was created from, as typed (`kubia`, `redis:v1.0`). */
  readonly image: string;
  readonly state: ContainerState;
  /** Set once the container has exited. */
  readonly exitCode?: number;
  readonly ports: readonly PortBinding[];
  /** `com.docker.compose.project` / `com.docker.compose.service` for Compose containers. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The simulated registry (Docker Hub). */
export interface RegistryFact {
  /** `docker login` user, absent when logged out. */
  readonly loggedInAs?: string;
  /** Pushed repositories (`student/kubia`) with their tags. */
  readonly repositories: readonly { readonly name: string; readonly tags: readonly string[] }[];
}

/** A command line the learner ran in the tutor terminal, split into words, with its exit status. */
export interface CommandFact {
  readonly argv: readonly string[];
  readonly exitCode: number;
}

export interface NodeFact {
  readonly name: string;
  readonly ready: boolean;
  /** `control-plane` for minikube's single node. */
  readonly roles: readonly string[];
}

export interface ClusterFact {
  readonly running: boolean;
  /** minikube profile, `minikube` by default. */
  readonly profile?: string;
  readonly nodes: readonly NodeFact[];
}

export interface ContainerSpecFact {
  readonly name: string;
  readonly image: string;
  readonly ready: boolean;
  readonly readinessProbe?: boolean;
  readonly livenessProbe?: boolean;
  /** Waiting reason when not running: `ErrImagePull`, `ImagePullBackOff`, `CrashLoopBackOff`. */
  readonly waitingReason?: string;
}

export interface OwnerFact {
  /** `ReplicationController`, `ReplicaSet`, `Deployment`… */
  readonly kind: string;
  readonly name: string;
}

/** `kubectl get pods -o wide` plus what `describe` shows about containers. */
export interface PodFact {
  readonly name: string;
  readonly namespace?: string;
  readonly phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  /** All containers ready (the READY column is n/n). */
  readonly ready: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly node?: string;
  /** The controller owner reference, if any. */
  readonly owner?: OwnerFact;
  readonly containers: readonly ContainerSpecFact[];
  /** Set while the pod is being deleted. */
  readonly terminating?: boolean;
}

/** A ReplicationController, ReplicaSet or Deployment. */
export interface WorkloadFact {
  readonly name: string;
  /** Desired replicas (spec.replicas). */
  readonly replicas: number;
  readonly readyReplicas: number;
  /** Deployments: `deployment.kubernetes.io/revision`; ReplicaSets: the same annotation. */
  readonly revision?: number;
  /** ReplicaSets: the owning Deployment. */
  readonly owner?: OwnerFact;
  /** Image of the first container of the pod template. */
  readonly image?: string;
}

export interface ServiceFact {
  readonly name: string;
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  readonly selector: Readonly<Record<string, string>>;
  readonly clusterIP?: string;
  /** First `status.loadBalancer.ingress[].ip`; absent while `<pending>`. */
  readonly externalIP?: string;
  readonly ports: readonly { readonly port: number; readonly targetPort: number; readonly nodePort?: number }[];
}

export interface DiagnosticFact {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
}

export interface Facts {
  readonly version: typeof FACTS_VERSION;
  readonly images: readonly ImageFact[];
  readonly containers: readonly ContainerFact[];
  readonly registry: RegistryFact;
  /** Oldest first. */
  readonly commands: readonly CommandFact[];
  readonly cluster: ClusterFact;
  readonly pods: readonly PodFact[];
  readonly replicationControllers: readonly WorkloadFact[];
  readonly replicaSets: readonly WorkloadFact[];
  readonly deployments: readonly WorkloadFact[];
  readonly services: readonly ServiceFact[];
  /** Workspace files of the lesson folder, path relative to it with `/` separators → text. */
  readonly files: Readonly<Record<string, string>>;
  /** Findings of the linters per workspace file (same keys as `files`). */
  readonly diagnostics: Readonly<Record<string, readonly DiagnosticFact[]>>;
}

export function emptyFacts(): Facts {
  return {
    version: FACTS_VERSION,
    images: [],
    containers: [],
    registry: { repositories: [] },
    commands: [],
    cluster: { running: false, nodes: [] },
    pods: [],
    replicationControllers: [],
    replicaSets: [],
    deployments: [],
    services: [],
    files: {},
    diagnostics: {},
  };
}
