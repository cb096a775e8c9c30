/**
 * Sample ClusterViews: the seed flow at its stages (Kubernetes in Action ch. 2: `docker build -t
 * kubia .`, `docker run --name kubia-container -p 8080:8080 -d kubia`, `docker push
 * user/kubia`, `kubectl run kubia --image=user/kubia --port=8080 --generator=run/v1`,
 * `kubectl expose rc kubia --type=LoadBalancer --name kubia-http`, `kubectl scale rc kubia
 * --replicas=3`), hostile names for security tests, and a generator of large clusters for the
 * benchmark. Used by the demo source until the simulator feeds the view, and by tests.
 */
import { EMPTY_CLUSTER_VIEW, type ClusterView, type EventView, type ImageView, type NodeView, type PodView, type ServiceView } from './clusterView';

export const MINIKUBE_COMPONENTS = ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy'] as const;

export function minikubeNode(name = 'minikube', ip = '192.168.49.2', components: readonly string[] = MINIKUBE_COMPONENTS): NodeView {
  return {
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'node-role.kubernetes.io/control-plane': '' } },
    conditions: [
      { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
      { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      { type: 'Ready', status: 'True', reason: 'KubeletReady' },
    ],
    capacity: { cpu: '2', memory: '2035632Ki', pods: 110 },
    addresses: [
      { type: 'InternalIP', address: ip },
      { type: 'Hostname', address: name },
    ],
    components,
  };
}

/** `minikube start`: one node, nothing scheduled. */
export const MINIKUBE_EMPTY: ClusterView = { ...EMPTY_CLUSTER_VIEW, nodes: [minikubeNode()] };

const NODE_LAYERS = [
  { id: 'sha256:5d6cbe0dbcf9a675e86aa0fbedf7ed8756d557c7468d6a7c64bde7fa9e029636', createdBy: 'ADD file:… in /', size: 124_000_000 },
  { id: 'sha256:93f8e6a6c2b6c6a5a5b3d5cfe5e1f0a4b1f8e0c4c1d2e3f4a5b6c7d8e9f0a1b2', createdBy: 'RUN apt-get update && apt-get install -y …', size: 318_000_000 },
  { id: 'sha256:c1a3f0e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1', createdBy: 'ENV NODE_VERSION=7.10.1', size: 218_000_000 },
];

export const NODE_IMAGE: ImageView = {
  id: 'sha256:d9aba1e2b7a4e0a6c5e3f1d2b8c7a9e0f1d2c3b4a5e6f7d8c9b0a1e2f3d4c5b6',
  repoTags: ['node:7'],
  layers: NODE_LAYERS,
  size: 660_000_000,
};

export const KUBIA_IMAGE: ImageView = {
  id: 'sha256:4b0a5b5a9e3f2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d',
  repoTags: ['kubia:latest', 'user/kubia:latest'],
  layers: [
    ...NODE_LAYERS,
    { id: 'sha256:e5f4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4', createdBy: 'ADD app.js /app.js', size: 378 },
    { id: 'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9', createdBy: 'ENTRYPOINT ["node", "app.js"]', size: 0 },
  ],
  size: 660_000_378,
  builtFrom: '.',
};

const RC_LABELS = { run: 'kubia' };
const RC_OWNER = [{ kind: 'ReplicationController', name: 'kubia', controller: true }];
const POD_NAMES = ['kubia-4jfyf', 'kubia-hczji', 'kubia-rsgkk'] as const;
const POD_IPS = ['10.244.0.5', '10.244.0.6', '10.244.0.7'] as const;

function kubiaPod(i: number, state: 'Running' | 'ContainerCreating' | 'Terminating'): PodView {
  const running = state !== 'ContainerCreating';
  return {
    metadata: { name: POD_NAMES[i]!, namespace: 'default', labels: RC_LABELS, ownerReferences: RC_OWNER, creationTimestamp: i * 1000 },
    nodeName: 'minikube',
    phase: running ? 'Running' : 'Pending',
    ...(state === 'Running' ? {} : { reason: state }),
    ready: state === 'Running',
    ...(running ? { podIP: POD_IPS[i]! } : {}),
    containers: [
      {
        name: 'kubia',
        image: 'user/kubia',
        ready: state === 'Running',
        restartCount: 0,
        state: running ? 'running' : 'waiting',
        ...(running ? {} : { reason: 'ContainerCreating' }),
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
      },
    ],
  };
}

function kubiaService(externalIP: string | undefined, pods: readonly PodView[]): ServiceView {
  return {
    metadata: { name: 'kubia-http', namespace: 'default', labels: RC_LABELS },
    type: 'LoadBalancer',
    selector: RC_LABELS,
    clusterIP: '10.111.241.153',
    externalIPs: externalIP ? [externalIP] : [],
    ports: [{ port: 8080, targetPort: 8080, nodePort: 30838, protocol: 'TCP' }],
    endpoints: pods.filter((p) => p.podIP).map((p) => ({ ip: p.podIP!, podName: p.metadata.name, nodeName: p.nodeName, ready: p.ready })),
  };
}

function podEvents(name: string): EventView[] {
  const obj = { kind: 'Pod', namespace: 'default', name };
  return [
    { involvedObject: obj, type: 'Normal', reason: 'Scheduled', message: `Successfully assigned default/${name} to minikube`, source: 'default-scheduler' },
    { involvedObject: obj, type: 'Normal', reason: 'Pulling', message: 'Pulling image "user/kubia"', source: 'kubelet' },
    { involvedObject: obj, type: 'Normal', reason: 'Pulled', message: 'Successfully pulled image "user/kubia"', source: 'kubelet' },
    { involvedObject: obj, type: 'Normal', reason: 'Created', message: 'Created container kubia', source: 'kubelet' },
    { involvedObject: obj, type: 'Normal', reason: 'Started', message: 'Started container kubia', source: 'kubelet' },
  ];
}

function seedStage(states: readonly ('Running' | 'ContainerCreating' | 'Terminating')[], externalIP: string | undefined, traffic: ClusterView['traffic']): ClusterView {
  const pods = states.map((s, i) => kubiaPod(i, s));
  const ready = pods.filter((p) => p.ready).length;
  return {
    ...EMPTY_CLUSTER_VIEW,
    nodes: [minikubeNode()],
    pods,
    controllers: [{ kind: 'ReplicationController', metadata: { name: 'kubia', namespace: 'default', labels: RC_LABELS }, selector: RC_LABELS, replicas: states.filter((s) => s !== 'Terminating').length, readyReplicas: ready, currentReplicas: pods.length }],
    services: [kubiaService(externalIP, pods)],
    images: [NODE_IMAGE, KUBIA_IMAGE],
    containers: [
      { id: '8a8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b', name: 'kubia-container', image: 'kubia', imageId: KUBIA_IMAGE.id, state: 'running', status: 'Up 5 minutes', ports: [{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 8080, protocol: 'tcp' }] },
    ],
    repositories: [{ registry: 'docker.io', name: 'user/kubia', tags: [{ tag: 'latest', imageId: KUBIA_IMAGE.id }] }],
    traffic,
    events: [
      ...pods.flatMap((p) => (p.ready ? podEvents(p.metadata.name) : [])),
      ...pods.map((p): EventView => ({ involvedObject: { kind: 'ReplicationController', namespace: 'default', name: 'kubia' }, type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${p.metadata.name}`, source: 'replication-controller' })),
    ],
  };
}

/** After `kubectl run` and `kubectl expose`: one pod, the external IP still `<pending>`. */
export const SEED_EXPOSED: ClusterView = seedStage(['Running'], undefined, []);
/** Right after `kubectl scale rc kubia --replicas=3`: two new pods are being created. */
export const SEED_SCALING: ClusterView = seedStage(['Running', 'ContainerCreating', 'ContainerCreating'], '104.155.74.57', []);
/** The seed flow's end state: kubia built and pushed as user/kubia, RC kubia with 3 pods on minikube, kubia-http with an external IP. */
export const SEED_END: ClusterView = seedStage(['Running', 'Running', 'Running'], '104.155.74.57', [
  { seq: 1, service: { name: 'kubia-http' }, pod: { name: 'kubia-4jfyf' } },
  { seq: 2, service: { name: 'kubia-http' }, pod: { name: 'kubia-hczji' } },
  { seq: 3, service: { name: 'kubia-http' }, pod: { name: 'kubia-rsgkk' } },
]);
/** `kubectl scale rc kubia --replicas=1` from 3: two pods terminating. */
export const SEED_SCALING_DOWN: ClusterView = seedStage(['Running', 'Terminating', 'Terminating'], '104.155.74.57', SEED_END.traffic);

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '"><script>alert(2)</script>';

/** Object names and labels are user input: every one of these must render literally. */
export const HOSTILE_VIEW: ClusterView = {
  ...EMPTY_CLUSTER_VIEW,
  nodes: [minikubeNode(HOSTILE_SCRIPT, '192.168.49.2', ['kubelet'])],
  pods: [
    {
      metadata: { name: HOSTILE, namespace: 'default', labels: { app: HOSTILE, ['__proto__']: 'polluted', tier: '{{constructor.constructor("alert(3)")()}}' } },
      nodeName: HOSTILE_SCRIPT,
      phase: 'Running',
      ready: true,
      podIP: '10.244.0.9',
      containers: [{ name: 'x', image: HOSTILE, ready: true, restartCount: 0, state: 'running' }],
    },
  ],
  controllers: [],
  services: [
    {
      metadata: { name: `svc-${HOSTILE}`, labels: { app: HOSTILE } },
      type: 'LoadBalancer',
      selector: { app: HOSTILE },
      clusterIP: '10.96.0.10',
      externalIPs: [HOSTILE_SCRIPT],
      ports: [{ port: 80, targetPort: 8080 }],
      endpoints: [{ ip: '10.244.0.9', podName: HOSTILE, ready: true }],
    },
  ],
  images: [{ id: 'sha256:hostile', repoTags: [`${HOSTILE}:latest`], layers: [{ id: 'sha256:l1', createdBy: HOSTILE_SCRIPT }], size: 1 }],
  containers: [],
  repositories: [],
  traffic: [],
  events: [{ involvedObject: { kind: 'Pod', namespace: 'default', name: HOSTILE }, type: 'Warning', reason: 'BackOff', message: HOSTILE_SCRIPT }],
};

export const SAMPLES = {
  'minikube': MINIKUBE_EMPTY,
  'seed-exposed': SEED_EXPOSED,
  'seed-scaling': SEED_SCALING,
  'seed-end': SEED_END,
  'seed-scale-down': SEED_SCALING_DOWN,
  'hostile': HOSTILE_VIEW,
} as const satisfies Record<string, ClusterView>;
export type SampleName = keyof typeof SAMPLES;

/**
 * A large cluster for the benchmark: `pods` pods spread over nodes of up to 110 pods, one RC and
 * one Service per 20 pods, with a few pods in each non-Running phase. Deterministic.
 */
export function largeClusterView(pods: number): ClusterView {
  const nodeCount = Math.max(1, Math.ceil(pods / 100));
  const groups = Math.max(1, Math.ceil(pods / 20));
  const nodes = Array.from({ length: nodeCount }, (_, i) => minikubeNode(i === 0 ? 'minikube' : `minikube-m${String(i + 1).padStart(2, '0')}`, `192.168.49.${i + 2}`, i === 0 ? MINIKUBE_COMPONENTS : ['kubelet', 'kube-proxy']));
  const phases: PodView['reason'][] = [undefined, undefined, undefined, undefined, undefined, undefined, 'ContainerCreating', 'CrashLoopBackOff', 'Terminating', undefined];
  const podList: PodView[] = Array.from({ length: pods }, (_, i) => {
    const g = i % groups;
    const reason = phases[i % phases.length];
    return {
      metadata: { name: `app${g}-${i.toString(36).padStart(5, '0')}`, namespace: g % 3 === 0 ? 'default' : `team-${g % 3}`, labels: { app: `app${g}` }, ownerReferences: [{ kind: 'ReplicationController', name: `app${g}`, controller: true }] },
      nodeName: nodes[i % nodeCount]!.metadata.name,
      phase: reason === 'ContainerCreating' ? 'Pending' : 'Running',
      ...(reason ? { reason } : {}),
      ready: !reason,
      podIP: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      containers: [{ name: 'app', image: `user/app${g % 5}`, ready: !reason, restartCount: 0, state: reason ? 'waiting' : 'running' }],
    };
  });
  const ns = (g: number) => (g % 3 === 0 ? 'default' : `team-${g % 3}`);
  return {
    ...EMPTY_CLUSTER_VIEW,
    nodes,
    pods: podList,
    controllers: Array.from({ length: groups }, (_, g) => ({ kind: 'ReplicationController' as const, metadata: { name: `app${g}`, namespace: ns(g) }, selector: { app: `app${g}` }, replicas: 20, readyReplicas: 16 })),
    services: Array.from({ length: groups }, (_, g) => ({
      metadata: { name: `app${g}-svc`, namespace: ns(g) },
      type: g % 4 === 0 ? ('LoadBalancer' as const) : ('ClusterIP' as const),
      selector: { app: `app${g}` },
      clusterIP: `10.96.${g >> 8}.${g & 255}`,
      externalIPs: g % 4 === 0 ? [`34.1.${g >> 8}.${g & 255}`] : [],
      ports: [{ port: 80, targetPort: 8080 }],
      endpoints: podList.filter((_, i) => i % groups === g).map((p) => ({ ip: p.podIP!, podName: p.metadata.name, ready: p.ready })),
    })),
  };
}
