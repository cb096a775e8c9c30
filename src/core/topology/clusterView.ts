/**
 * `ClusterView`: the plain-data input of the topology model. The simulator (engine + cluster)
 * produces one per change; tests and the demo source write them by hand. Every string in here is
 * user input (object names, labels, image tags) and is only ever rendered as text.
 *
 * Field names follow the Kubernetes / Docker API objects they summarise (core/v1 Node, Pod,
 * Service, Endpoints; apps/v1 ReplicaSet, Deployment; core/v1 ReplicationController; Docker
 * Engine API ImageInspect, ContainerSummary; registry v2 tags/list).
 */

export interface OwnerReference {
  readonly kind: string;
  readonly name: string;
  readonly uid?: string;
  readonly controller?: boolean;
}

export interface ObjectMetaView {
  readonly name: string;
  /** Defaults to `default` for namespaced objects. */
  readonly namespace?: string;
  readonly uid?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly ownerReferences?: readonly OwnerReference[];
  /** Virtual-clock milliseconds. */
  readonly creationTimestamp?: number;
}

export interface NodeCondition {
  readonly type: string; // Ready, MemoryPressure, DiskPressure, PIDPressure
  readonly status: 'True' | 'False' | 'Unknown';
  readonly reason?: string;
  readonly message?: string;
}

export interface NodeView {
  readonly metadata: ObjectMetaView;
  readonly conditions: readonly NodeCondition[];
  readonly capacity: { readonly cpu: string; readonly memory: string; readonly pods: number };
  readonly addresses?: readonly { readonly type: string; readonly address: string }[];
  /** System components the curriculum shows on this node (etcd, kube-apiserver, kubelet…). */
  readonly components?: readonly string[];
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface ContainerStatusView {
  readonly name: string;
  readonly image: string;
  readonly ready: boolean;
  readonly restartCount: number;
  readonly state: 'waiting' | 'running' | 'terminated';
  /** ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff, Completed, Error… */
  readonly reason?: string;
  readonly ports?: readonly { readonly containerPort: number; readonly protocol?: string }[];
}

export interface PodView {
  readonly metadata: ObjectMetaView;
  /** Empty while the scheduler has not bound the pod. */
  readonly nodeName?: string;
  readonly phase: PodPhase;
  /**
   * What `kubectl get pods` prints in STATUS when it is not the phase: ContainerCreating,
   * CrashLoopBackOff, ErrImagePull, ImagePullBackOff, Terminating, Completed…
   * (kubectl `printPod` in pkg/printers/internalversion/printers.go).
   */
  readonly reason?: string;
  readonly ready: boolean;
  readonly podIP?: string;
  readonly containers: readonly ContainerStatusView[];
}

export type ControllerKind = 'ReplicationController' | 'ReplicaSet' | 'Deployment';

export interface ControllerView {
  readonly kind: ControllerKind;
  readonly metadata: ObjectMetaView;
  /** matchLabels (RC: spec.selector). */
  readonly selector: Readonly<Record<string, string>>;
  readonly replicas: number;
  readonly readyReplicas: number;
  readonly currentReplicas?: number;
}

export interface ServicePortView {
  readonly name?: string;
  readonly port: number;
  readonly targetPort: number | string;
  readonly nodePort?: number;
  readonly protocol?: string;
}

export interface EndpointView {
  readonly ip: string;
  readonly podName?: string;
  readonly nodeName?: string;
  readonly ready: boolean;
}

export interface ServiceView {
  readonly metadata: ObjectMetaView;
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  readonly selector?: Readonly<Record<string, string>>;
  readonly clusterIP?: string;
  /** status.loadBalancer.ingress[].ip; empty for a LoadBalancer still `<pending>`. */
  readonly externalIPs?: readonly string[];
  readonly ports: readonly ServicePortView[];
  readonly endpoints: readonly EndpointView[];
}

export interface LayerView {
  /** Content id (`sha256:…`); the same id in two images is one shared layer. */
  readonly id: string;
  /** The instruction that made the layer (`COPY app.js /app.js`). */
  readonly createdBy?: string;
  readonly size?: number;
}

export interface ImageView {
  readonly id: string;
  readonly repoTags: readonly string[];
  /** Bottom layer first. */
  readonly layers: readonly LayerView[];
  readonly size?: number;
  /** Build context the image came from (`docker build -t kubia .` in `/workspace`). */
  readonly builtFrom?: string;
}

export interface PublishedPortView {
  readonly hostIp?: string;
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol?: string;
}

export interface DockerContainerView {
  readonly id: string;
  readonly name: string;
  /** The image reference as typed (`kubia`) and the resolved image id. */
  readonly image: string;
  readonly imageId?: string;
  readonly state: 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';
  /** `docker ps` STATUS column (`Up 5 seconds`, `Exited (1) 2 minutes ago`). */
  readonly status?: string;
  readonly ports: readonly PublishedPortView[];
}

export interface RepositoryView {
  /** `docker.io`. */
  readonly registry: string;
  /** `user/kubia`. */
  readonly name: string;
  readonly tags: readonly { readonly tag: string; readonly imageId?: string; readonly digest?: string }[];
}

/** One request that reached a pod through a service (`curl` against the service). */
export interface TrafficEvent {
  /** Monotonic sequence number: the host pulses only events newer than the last one it sent. */
  readonly seq: number;
  readonly service: { readonly namespace?: string; readonly name: string };
  readonly pod: { readonly namespace?: string; readonly name: string };
}

/** core/v1 Event, as `kubectl describe` prints it. */
export interface EventView {
  readonly involvedObject: { readonly kind: string; readonly namespace?: string; readonly name: string };
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly count?: number;
  readonly source?: string;
  /** Virtual-clock milliseconds. */
  readonly lastTimestamp?: number;
}

export interface ClusterView {
  readonly nodes: readonly NodeView[];
  readonly pods: readonly PodView[];
  readonly controllers: readonly ControllerView[];
  readonly services: readonly ServiceView[];
  readonly images: readonly ImageView[];
  readonly containers: readonly DockerContainerView[];
  readonly repositories: readonly RepositoryView[];
  readonly traffic: readonly TrafficEvent[];
  readonly events: readonly EventView[];
  /** Virtual-clock milliseconds, for ages in `describe`. */
  readonly now?: number;
}

export const EMPTY_CLUSTER_VIEW: ClusterView = {
  nodes: [],
  pods: [],
  controllers: [],
  services: [],
  images: [],
  containers: [],
  repositories: [],
  traffic: [],
  events: [],
};

export function namespaceOf(meta: ObjectMetaView): string {
  return meta.namespace || 'default';
}

/** A label selector (matchLabels) matches when every pair is present; an empty one matches nothing for Services. */
export function selectorMatches(selector: Readonly<Record<string, string>> | undefined, labels: Readonly<Record<string, string>> | undefined): boolean {
  if (!selector) return false;
  const keys = Object.keys(selector);
  if (keys.length === 0) return false;
  return keys.every((k) => labels?.[k] === selector[k]);
}
