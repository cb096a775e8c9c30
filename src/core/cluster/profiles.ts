/**
 * Cluster profiles: `minikube` (one control-plane node, the default; minikube's docker driver
 * addresses) and `three-node` (like the book's GKE cluster: three workers, a cloud load balancer
 * that takes a while to hand out an external IP).
 */
export interface NodeProfile {
  readonly name: string;
  readonly ip: string;
  readonly podCidr: string;
  readonly cpu: string;
  readonly memory: string;
  readonly allocatableCpu: string;
  readonly allocatableMemory: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly controlPlane: boolean;
}

export interface ClusterProfile {
  readonly name: 'minikube' | 'three-node';
  readonly nodes: readonly NodeProfile[];
  /** The API server endpoint `cluster-info` prints. */
  readonly server: string;
  readonly loadBalancerDelayMs: number;
  /** minikube's `tunnel` hands out the ClusterIP; a cloud hands out a public address. */
  readonly loadBalancerFromClusterIp: boolean;
  readonly kubeletVersion: string;
  readonly osImage: string;
  readonly kernelVersion: string;
  readonly containerRuntimeVersion: string;
}

export const KUBERNETES_VERSION = 'v1.32.0';

function labels(name: string, extra: Record<string, string>): Record<string, string> {
  return {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    ...extra,
  };
}

export const MINIKUBE: ClusterProfile = {
  name: 'minikube',
  server: 'https://192.168.49.2:8443',
  loadBalancerDelayMs: 2_000,
  loadBalancerFromClusterIp: true,
  kubeletVersion: KUBERNETES_VERSION,
  osImage: 'Ubuntu 22.04.5 LTS',
  kernelVersion: '6.8.0-49-generic',
  containerRuntimeVersion: 'docker://27.4.1',
  nodes: [
    {
      name: 'minikube',
      ip: '192.168.49.2',
      podCidr: '10.244.0',
      cpu: '2',
      memory: '4005120Ki',
      allocatableCpu: '2',
      allocatableMemory: '4005120Ki',
      controlPlane: true,
      labels: labels('minikube', {
        'minikube.k8s.io/name': 'minikube',
        'minikube.k8s.io/primary': 'true',
        'minikube.k8s.io/version': 'v1.35.0',
        'node-role.kubernetes.io/control-plane': '',
        'node.kubernetes.io/exclude-from-external-load-balancers': '',
      }),
    },
  ],
};

/** Node names from the book's GKE cluster (Kubernetes in Action, ch. 2). */
export const THREE_NODE: ClusterProfile = {
  name: 'three-node',
  server: 'https://104.155.92.12',
  loadBalancerDelayMs: 40_000,
  loadBalancerFromClusterIp: false,
  kubeletVersion: KUBERNETES_VERSION,
  osImage: 'Container-Optimized OS from Google',
  kernelVersion: '6.1.100+',
  containerRuntimeVersion: 'containerd://1.7.23',
  nodes: ['0rrx', 'heo1', 'vs9f'].map((suffix, i) => {
    const name = `gke-kubia-85f6-node-${suffix}`;
    return {
      name,
      ip: `10.132.0.${i + 2}`,
      podCidr: `10.244.${i}`,
      cpu: '1',
      memory: '3785940Ki',
      allocatableCpu: '940m',
      allocatableMemory: '2700500Ki',
      controlPlane: false,
      labels: labels(name, { 'cloud.google.com/gke-nodepool': 'default-pool', 'topology.kubernetes.io/zone': 'europe-west1-d' }),
    };
  }),
};

export const PROFILES = { minikube: MINIKUBE, 'three-node': THREE_NODE } as const;
export type ProfileName = keyof typeof PROFILES;

/** Generated node sets for benchmarks and tests: `n` nodes with `cpu` cores each. */
export function generatedProfile(n: number, cpu = 8, memoryGi = 32): ClusterProfile {
  return {
    ...THREE_NODE,
    name: 'three-node',
    loadBalancerDelayMs: 1_000,
    nodes: Array.from({ length: n }, (_, i) => {
      const name = `node-${i}`;
      return {
        name,
        ip: `10.${128 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`,
        podCidr: `10.${(i >> 8) + 1}.${i & 255}`,
        cpu: String(cpu),
        memory: `${memoryGi}Gi`,
        allocatableCpu: String(cpu),
        allocatableMemory: `${memoryGi}Gi`,
        controlPlane: false,
        labels: labels(name, {}),
      };
    }),
  };
}
