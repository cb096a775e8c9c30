/**
 * Stable node ids. They depend only on what identifies the object (kind, namespace, name or
 * content id), so the same object keeps its id — and its position — across updates.
 */
import { namespaceOf, type ObjectMetaView } from './clusterView';

export const ids = {
  node: (name: string) => `node/${name}`,
  unscheduled: () => 'group/unscheduled',
  component: (node: string, name: string) => `component/${node}/${name}`,
  pod: (meta: ObjectMetaView) => `pod/${namespaceOf(meta)}/${meta.name}`,
  podByName: (namespace: string | undefined, name: string) => `pod/${namespace || 'default'}/${name}`,
  workload: (kind: string, meta: ObjectMetaView) => `${kind.toLowerCase()}/${namespaceOf(meta)}/${meta.name}`,
  service: (meta: ObjectMetaView) => `service/${namespaceOf(meta)}/${meta.name}`,
  serviceByName: (namespace: string | undefined, name: string) => `service/${namespace || 'default'}/${name}`,
  external: (meta: ObjectMetaView) => `external/${namespaceOf(meta)}/${meta.name}`,
  image: (id: string) => `image/${id}`,
  layer: (id: string) => `layer/${id}`,
  container: (id: string) => `container/${id}`,
  port: (container: string, hostPort: number, protocol = 'tcp') => `port/${container}/${hostPort}/${protocol.toLowerCase()}`,
  repository: (registry: string, name: string) => `repository/${registry}/${name}`,
  build: (context: string) => `build/${context}`,
};
