/**
 * Docker view: images and the layers they share (same content id = one layer node, as
 * `docker history` and the overlay2 driver store them), containers and their published ports,
 * registry repositories the images were pushed to.
 */
import type { ClusterView, DockerContainerView, ImageView, RepositoryView } from './clusterView';
import { GraphBuilder } from './builder';
import type { TopologyGraph, TopologyNode } from './graph';
import { ids } from './ids';
import { findImage } from './relations';
import { containerTone } from './status';

/** `docker images` shows sizes in SI units (go-units HumanSize). */
export function humanSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : trimZeros(v.toPrecision(3))}${units[i]}`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

export function imageNode(img: ImageView): TopologyNode {
  return {
    id: ids.image(img.id),
    kind: 'image',
    objectKind: 'Image',
    label: img.repoTags[0] ?? `<none>:<none>`,
    status: shortId(img.id),
    tone: 'neutral',
    detail: humanSize(img.size),
    ref: { kind: 'Image', name: img.repoTags[0] ?? img.id },
    actions: ['describe', 'delete'],
  };
}

export function repositoryNode(r: RepositoryView): TopologyNode {
  return {
    id: ids.repository(r.registry, r.name),
    kind: 'repository',
    objectKind: 'Repository',
    label: `${r.registry}/${r.name}`,
    status: r.tags.map((t) => t.tag).join(', '),
    tone: 'ok',
  };
}

export function buildNode(context: string): TopologyNode {
  return { id: ids.build(context), kind: 'build', objectKind: 'Build', label: `docker build ${context}`, tone: 'neutral' };
}

function containerNode(c: DockerContainerView): TopologyNode {
  return {
    id: ids.container(c.id),
    kind: 'container',
    objectKind: 'Container',
    label: c.name,
    status: c.status ?? c.state,
    tone: containerTone(c.state),
    detail: shortId(c.id),
    ref: { kind: 'Container', name: c.name },
    actions: ['logs', 'describe', 'delete'],
  };
}

export function dockerGraph(view: ClusterView): TopologyGraph {
  const b = new GraphBuilder();
  for (const img of view.images) {
    const imgId = ids.image(img.id);
    b.node(imageNode(img));
    img.layers.forEach((layer, i) => {
      const layerId = ids.layer(layer.id);
      b.node({
        id: layerId,
        kind: 'layer',
        objectKind: 'Layer',
        label: layer.createdBy ?? shortId(layer.id),
        status: shortId(layer.id),
        tone: 'neutral',
        detail: humanSize(layer.size),
      });
      // Layers form a chain from the base up; images share the chain's common prefix.
      const below = img.layers[i - 1];
      if (below) b.edge('layer', ids.layer(below.id), layerId);
      if (i === img.layers.length - 1) b.edge('layer', layerId, imgId);
    });
    if (img.builtFrom) {
      b.node(buildNode(img.builtFrom));
      b.edge('built-from', ids.build(img.builtFrom), imgId);
    }
  }
  for (const c of view.containers) {
    const node = containerNode(c);
    b.node(node);
    const img = (c.imageId && view.images.find((i) => i.id === c.imageId)) || findImage(view, c.image);
    if (img) b.edge('uses-image', ids.image(img.id), node.id);
    for (const p of c.ports) {
      const proto = (p.protocol ?? 'tcp').toLowerCase();
      const id = ids.port(c.id, p.hostPort, proto);
      b.node({ id, kind: 'port', objectKind: 'Port', label: `${p.hostIp ?? '0.0.0.0'}:${p.hostPort}->${p.containerPort}/${proto}`, tone: containerTone(c.state) });
      b.edge('publishes', node.id, id);
    }
  }
  for (const r of view.repositories) {
    const repo = repositoryNode(r);
    b.node(repo);
    for (const t of r.tags) {
      if (t.imageId && view.images.some((i) => i.id === t.imageId)) b.edge('pushed-to', ids.image(t.imageId), repo.id);
    }
  }
  return b.build();
}
