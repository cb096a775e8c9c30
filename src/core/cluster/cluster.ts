/**
 * The embedded cluster: store + API server + controller manager (RC, RS, Deployment,
 * Endpoints, Service, garbage collector) + scheduler + kubelets + kube-proxy, wired to the
 * virtual clock and the simulated network. Components react to watch events by queueing keys;
 * `pump` drains the queues at the current instant (a zero-delay clock timer schedules it), so
 * control-plane work is instantaneous and only the kubelets' pulls, starts and back-offs, the
 * load balancer and terminations take simulated time.
 */
import type { VirtualClock } from '../sim/clock';
import type { ImageSource } from '../sim/images';
import { Network } from '../sim/network';
import type { SeededRandom } from '../sim/random';
import { ApiServer, type AdmissionValidator } from './apiserver';
import type { Controller, ControllerContext } from './controller';
import { DeploymentController } from './controllers/deployment';
import { EndpointsController } from './controllers/endpoints';
import { GarbageCollector } from './controllers/gc';
import { Kubelets } from './controllers/kubelet';
import { Proxy } from './controllers/proxy';
import { ReplicaController } from './controllers/replicas';
import { Scheduler } from './controllers/scheduler';
import { ServiceController } from './controllers/service';
import { EventRecorder } from './events';
import { nodeObject, setNodeReady } from './nodes';
import { MINIKUBE, type ClusterProfile } from './profiles';
import { ObjectStore } from './store';
import { TimerWheel } from './timers';
import { controllerOf, type Json, type KObject } from './types';
import { systemObjects } from './system';

export interface ClusterOptions {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly images: ImageSource;
  /** The learner's network (curl from the Kube Tutor terminal). */
  readonly network: Network;
  readonly profile?: ClusterProfile;
  /** Deep-freeze stored objects so any mutation of a cached object throws (tests). */
  readonly freeze?: boolean;
  readonly validator?: AdmissionValidator;
  /** Create kube-system pods and services (default true). */
  readonly systemPods?: boolean;
  /** Create namespaces, nodes and system objects (default true; false when `state.ts` restores them). */
  readonly boot?: boolean;
}

export class Cluster {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly store: ObjectStore;
  readonly api: ApiServer;
  readonly events: EventRecorder;
  readonly timers: TimerWheel;
  readonly profile: ClusterProfile;
  readonly network: Network;
  /** The flat pod network: pod IPs and ClusterIPs, reachable only from inside the cluster. */
  readonly podNetwork = new Network();
  readonly kubelets: Kubelets;
  readonly scheduler: Scheduler;
  private readonly controllers: Controller[];
  private readonly proxy: Proxy;
  private pumpPending = false;
  private pumping = false;
  private lbCount = 0;

  constructor(options: ClusterOptions) {
    this.clock = options.clock;
    this.random = options.random;
    this.network = options.network;
    this.profile = options.profile ?? MINIKUBE;
    this.store = new ObjectStore({ freeze: options.freeze });
    this.store.addIndex('Pod', 'controller', (o) => controllerOf(o)?.uid ?? `orphan:${o.metadata.namespace}`, { byController: true });
    this.store.addIndex('Pod', 'node', (o) => o.spec?.nodeName);
    this.store.addIndex('ReplicaSet', 'controller', (o) => controllerOf(o)?.uid ?? `orphan:${o.metadata.namespace}`, { byController: true });
    this.api = new ApiServer(this.store, this.clock, this.random);
    this.api.validator = options.validator;
    this.events = new EventRecorder(() => this.clock.now());
    this.timers = new TimerWheel(this.clock);
    const ctx: ControllerContext = {
      api: this.api,
      store: this.store,
      events: this.events,
      timers: this.timers,
      clock: this.clock,
      random: this.random,
      wake: () => this.wake(),
    };
    this.scheduler = new Scheduler(ctx);
    this.kubelets = new Kubelets(ctx, options.images, this.podNetwork);
    this.proxy = new Proxy(ctx, this.network, this.podNetwork);
    this.controllers = [
      new DeploymentController(ctx),
      new ReplicaController(ctx, 'ReplicaSet'),
      new ReplicaController(ctx, 'ReplicationController'),
      new GarbageCollector(ctx),
      this.scheduler,
      this.kubelets,
      new EndpointsController(ctx),
      new ServiceController(ctx, {
        delayMs: this.profile.loadBalancerDelayMs,
        allocate: (svc) => (this.profile.loadBalancerFromClusterIp ? svc.spec.clusterIP : this.publicIp()),
      }),
      this.proxy,
    ];
    if (options.boot ?? true) this.boot(options.systemPods ?? true);
    // The API server's own reconciler keeps `default/kubernetes` (delete it and it comes back).
    this.store.watch('Service', (e) => {
      if (e.type !== 'DELETED' || e.object.metadata.namespace !== 'default' || e.object.metadata.name !== 'kubernetes') return;
      this.timers.after(0, () => {
        if (!this.store.get('Service', 'default', 'kubernetes')) this.api.create(kubernetesService());
        this.wake();
      });
    });
  }

  /** LoadBalancer addresses handed out so far (saved state: the first one is the book's). */
  get loadBalancers(): number {
    return this.lbCount;
  }

  set loadBalancers(n: number) {
    this.lbCount = Number.isInteger(n) && n >= 0 ? n : 0;
  }

  private publicIp(): string {
    if (this.lbCount++ === 0) return '104.155.74.57';
    return `35.${190 + this.random.int(40)}.${this.random.int(256)}.${1 + this.random.int(254)}`;
  }

  private boot(systemPods: boolean): void {
    for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
      this.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } } });
    for (const p of this.profile.nodes) this.addNode(p);
    this.api.create(kubernetesService());
    if (systemPods) for (const o of systemObjects(this.profile)) this.api.create(o, { namespace: o.metadata?.namespace });
    this.pump();
  }

  addNode(p: ClusterProfile['nodes'][number]): KObject {
    this.kubelets.addNode(p.name, p.ip, p.podCidr, PRELOADED);
    return this.api.create(nodeObject(p, this.profile, this.api.now()));
  }

  setNodeReady(name: string, ready: boolean): void {
    setNodeReady(this.api, this.events, this.timers, name, ready, () => this.wake());
    this.pump();
  }

  /** Schedules a pump at the current instant (controllers' `wake`). */
  private wake(): void {
    if (this.pumpPending || this.pumping) return;
    this.pumpPending = true;
    this.clock.setTimeout(() => {
      this.pumpPending = false;
      this.pump();
    }, 0);
  }

  /** Drains every queue until the control plane is quiet at this instant. */
  pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      let progress = true;
      while (progress) {
        progress = false;
        for (const c of this.controllers) while (c.processNext()) progress = true;
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Runs control-plane work due now (what a command's caller sees right after it returns). */
  settle(): void {
    this.clock.advance(0);
    this.pump();
  }

  /** Advances simulated time until `condition` holds (kubectl wait / rollout status / get -w). */
  advanceUntil(condition: () => boolean, timeoutMs: number): boolean {
    this.pump();
    return this.clock.advanceUntil(() => {
      this.pump();
      return condition();
    }, timeoutMs);
  }

  /** Unplugs the cluster from the learner's network (minikube stop / delete). */
  suspend(): void {
    this.proxy.clearAll();
  }

  resume(): void {
    this.proxy.resyncAll();
    this.pump();
  }

  podsOn(node: string): KObject[] {
    return this.store.byIndex('Pod', 'node', node);
  }

  /** Request from inside a pod: the pod network first, then the outside world. */
  requestFromPod(r: { host: string; port: number; path: string; method: string }): ReturnType<Network['request']> {
    return this.podNetwork.isListening(r.host, r.port) ? this.podNetwork.request(r) : this.network.request(r);
  }
}

function kubernetesService(): Json {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 8443 }] },
  };
}

/** Images minikube preloads for its own components. */
const PRELOADED = [
  'registry.k8s.io/etcd:3.5.16-0',
  'registry.k8s.io/kube-apiserver:v1.32.0',
  'registry.k8s.io/kube-controller-manager:v1.32.0',
  'registry.k8s.io/kube-scheduler:v1.32.0',
  'registry.k8s.io/kube-proxy:v1.32.0',
  'registry.k8s.io/coredns/coredns:v1.11.3',
  'gcr.io/k8s-minikube/storage-provisioner:v5',
];

export type { Json };
