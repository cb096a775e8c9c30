/**
 * What `minikube start` (or a cloud) leaves running in a fresh cluster: the `kubernetes`
 * Service, CoreDNS (Deployment + `kube-dns` Service), kube-proxy on every node and, on
 * minikube, the control plane's static pods (etcd, API server, controller manager, scheduler),
 * so `kubectl get po -A` shows the components chapter 1 explains.
 */
import type { ClusterProfile } from './profiles';
import type { Json } from './types';

function staticPod(name: string, node: string, component: string, image: string): Json {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${name}-${node}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.source': 'file' },
    },
    spec: {
      nodeName: node,
      priorityClassName: 'system-node-critical',
      hostNetwork: true,
      containers: [{ name, image, resources: { requests: { cpu: component === 'etcd' ? '100m' : component === 'kube-apiserver' ? '250m' : component === 'kube-scheduler' ? '100m' : '200m' } } }],
    },
  };
}

export function systemObjects(profile: ClusterProfile): Json[] {
  const out: Json[] = [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'CoreDNS' } },
      spec: {
        clusterIP: '10.96.0.10',
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
        template: {
          metadata: { labels: { 'k8s-app': 'kube-dns' } },
          spec: {
            priorityClassName: 'system-cluster-critical',
            tolerations: [
              { key: 'CriticalAddonsOnly', operator: 'Exists' },
              { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
            ],
            containers: [
              {
                name: 'coredns',
                image: 'registry.k8s.io/coredns/coredns:v1.11.3',
                resources: { requests: { cpu: '100m', memory: '70Mi' }, limits: { memory: '170Mi' } },
                ports: [
                  { name: 'dns', containerPort: 53, protocol: 'UDP' },
                  { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                  { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
                ],
              },
            ],
          },
        },
      },
    },
  ];
  for (const n of profile.nodes) {
    if (n.controlPlane) {
      out.push(staticPod('etcd', n.name, 'etcd', 'registry.k8s.io/etcd:3.5.16-0'));
      out.push(staticPod('kube-apiserver', n.name, 'kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.32.0'));
      out.push(staticPod('kube-controller-manager', n.name, 'kube-controller-manager', 'registry.k8s.io/kube-controller-manager:v1.32.0'));
      out.push(staticPod('kube-scheduler', n.name, 'kube-scheduler', 'registry.k8s.io/kube-scheduler:v1.32.0'));
    }
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: 'kube-proxy-', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
      spec: { nodeName: n.name, hostNetwork: true, priorityClassName: 'system-node-critical', containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.32.0' }] },
    });
  }
  if (profile.name === 'minikube')
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'storage-provisioner', namespace: 'kube-system', labels: { 'integration-test': 'storage-provisioner' } },
      spec: { nodeName: profile.nodes[0]!.name, hostNetwork: true, containers: [{ name: 'storage-provisioner', image: 'gcr.io/k8s-minikube/storage-provisioner:v5' }] },
    });
  return out;
}
