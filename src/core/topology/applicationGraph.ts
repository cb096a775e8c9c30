/**
 * Application view: the learner's path read left to right — build → image → registry →
 * Deployment → ReplicaSet (holding its pods) ← Service ← LoadBalancer / external IP.
 */
import { namespaceOf, type ClusterView } from './clusterView';
import { GraphBuilder } from './builder';
import { addServices, podNode, workloadNode } from './clusterGraph';
import type { TopologyGraph } from './graph';
import { ids } from './ids';
import { findImage, findRepository, ownerOf, parseImageRef } from './relations';
import { buildNode, imageNode, repositoryNode } from './dockerGraph';

export function applicationGraph(view: ClusterView): TopologyGraph {
  const b = new GraphBuilder();
  for (const c of view.controllers) b.node(workloadNode(c));
  for (const c of view.controllers) {
    const owner = ownerOf(view, c);
    if (owner) b.edge('owns', ids.workload(owner.kind, owner.metadata), ids.workload(c.kind, c.metadata));
  }
  for (const pod of view.pods) {
    const owner = ownerOf(view, pod);
    // Owned pods sit inside their ReplicaSet/RC box; the ownership is the containment.
    b.node(podNode(pod, owner ? ids.workload(owner.kind, owner.metadata) : undefined));
  }
  addServices(b, view);

  // Where the pods' images come from: the registry repository (pulled), else a local image.
  for (const pod of view.pods) {
    const owner = ownerOf(view, pod);
    const consumer = owner ? ids.workload(owner.kind, owner.metadata) : ids.pod(pod.metadata);
    for (const c of pod.containers) {
      const repo = findRepository(view, c.image);
      if (repo) {
        b.node(repositoryNode(repo));
        b.edge('uses-image', ids.repository(repo.registry, repo.name), consumer);
        continue;
      }
      const local = findImage(view, c.image);
      if (local) {
        b.node(imageNode(local));
        b.edge('uses-image', ids.image(local.id), consumer);
        continue;
      }
      // Referenced but neither pushed nor built: what ErrImagePull is about.
      const ref = parseImageRef(c.image);
      const id = ids.repository(ref.registry, ref.repository);
      b.node({ id, kind: 'repository', objectKind: 'Repository', label: `${ref.registry}/${ref.repository}:${ref.tag}`, status: 'Not found', tone: 'warning', namespace: namespaceOf(pod.metadata) });
      b.edge('uses-image', id, consumer);
    }
  }
  for (const repo of view.repositories) {
    const repoId = ids.repository(repo.registry, repo.name);
    if (!b.has(repoId)) continue;
    for (const t of repo.tags) {
      const img = view.images.find((i) => i.id === t.imageId);
      if (!img) continue;
      b.node(imageNode(img));
      b.edge('pushed-to', ids.image(img.id), repoId);
    }
  }
  for (const img of view.images) {
    if (!img.builtFrom || !b.has(ids.image(img.id))) continue;
    b.node(buildNode(img.builtFrom));
    b.edge('built-from', ids.build(img.builtFrom), ids.image(img.id));
  }
  return b.build();
}
