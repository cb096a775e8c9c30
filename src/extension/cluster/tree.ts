import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import type { Cluster } from '../../core/cluster/cluster';
import type { KObject } from '../../core/cluster/types';
import { isPodReady } from '../../core/cluster/podutil';
import { externalIp, nodeRoles, nodeStatus, podStatus, servicePorts } from '../../core/cli/kubectl/printers';
import type { ObjectRef } from '../../core/cli/kubectl/palette';
import type { ClusterSimulator } from './simulator';

type Group = 'nodes' | 'workloads' | 'services';

/** A node of the Cluster view. `ref` is what the cluster commands take (tree context actions pass the node). */
export interface ClusterNode {
  readonly id: string;
  readonly type: 'group' | 'object' | 'endpoint';
  readonly group?: Group;
  readonly ref?: ObjectRef;
  /** Endpoints: `10.244.0.5:8080` and the pod behind it. */
  readonly label?: string;
  readonly target?: string;
  readonly parent?: ClusterNode;
}

const GROUPS: readonly ClusterNode[] = [
  { id: 'cluster:nodes', type: 'group', group: 'nodes' },
  { id: 'cluster:workloads', type: 'group', group: 'workloads' },
  { id: 'cluster:services', type: 'group', group: 'services' },
];

/** The kinds whose changes show in each group (a refresh touches only those groups). */
const GROUP_KINDS: Record<Group, readonly string[]> = {
  nodes: ['Node', 'Pod'],
  workloads: ['Deployment', 'ReplicaSet', 'ReplicationController', 'Pod'],
  services: ['Service', 'Endpoints', 'Pod'],
};

const CONTEXT: Record<string, string> = {
  Pod: 'kubeTutor.pod',
  Deployment: 'kubeTutor.deployment',
  ReplicaSet: 'kubeTutor.replicaset',
  ReplicationController: 'kubeTutor.rc',
  Service: 'kubeTutor.service',
  Node: 'kubeTutor.node',
};

/** Learner objects: everything outside kube-system (the system pods are the cluster's own). */
function visible(o: KObject): boolean {
  return o.metadata.namespace !== 'kube-system';
}

function byName(a: KObject, b: KObject): number {
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** Codicon and theme colour for a pod's STATUS column (kubectl get pods). */
export function podIcon(pod: KObject): vscode.ThemeIcon {
  const status = podStatus(pod);
  if (status === 'Terminating') return new vscode.ThemeIcon('trash', new vscode.ThemeColor('disabledForeground'));
  if (status === 'Completed' || status === 'Succeeded') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('disabledForeground'));
  if (status === 'Running') return isPodReady(pod) ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('testing.iconQueued'));
  if (status === 'Pending' || status === 'ContainerCreating' || status.startsWith('Init:')) return new vscode.ThemeIcon('loading~spin', new vscode.ThemeColor('testing.iconQueued'));
  return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
}

/**
 * "Cluster" tree: Nodes → their pods; Workloads (Deployments → ReplicaSets → Pods, RCs → Pods,
 * bare ReplicaSets and Pods); Services → endpoints. Follows the cluster's watch stream, coalescing
 * bursts (scaling to hundreds of pods) into one refresh of the touched groups every 200 ms.
 * Empty while the cluster is not running, so the welcome view offers Start Cluster.
 */
export class ClusterTreeProvider implements vscode.TreeDataProvider<ClusterNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClusterNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = new Set<Group>();
  private whole = false;
  private unwatch: (() => void) | undefined;
  private readonly subscription: vscode.Disposable;
  /** Refreshes fired so far (tests check that a burst of watch events is coalesced). */
  refreshes = 0;

  constructor(private readonly cluster: ClusterSimulator) {
    this.subscription = cluster.onDidChangeHost(() => this.rewatch());
    this.rewatch();
  }

  private rewatch(): void {
    this.unwatch?.();
    this.unwatch = this.cluster.host.follow((event) => this.changed(event.object.kind), () => this.changed(undefined));
    this.changed(undefined);
  }

  private changed(kind: string | undefined): void {
    if (kind === undefined) this.whole = true;
    else for (const g of Object.keys(GROUP_KINDS) as Group[]) if (GROUP_KINDS[g].includes(kind)) this.dirty.add(g);
    if (this.timer || (!this.whole && !this.dirty.size)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refreshes++;
      if (this.whole) this.emitter.fire(undefined);
      else for (const g of this.dirty) this.emitter.fire(GROUPS.find((n) => n.group === g));
      this.whole = false;
      this.dirty = new Set();
    }, 200);
  }

  private get live(): Cluster | undefined {
    return this.cluster.host.cluster;
  }

  getChildren(node?: ClusterNode): ClusterNode[] {
    const c = this.live;
    if (!c) return [];
    if (!node) return [...GROUPS];
    const object = (o: KObject, parent: ClusterNode): ClusterNode => ({
      id: `${parent.id}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`,
      type: 'object',
      ref: { kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) },
      parent,
    });
    const owned = (owner: KObject, kind: string) =>
      c.store.dependentsOf(owner.metadata.uid).filter((d) => d.kind === kind).map((d) => c.store.getByKey(kind, d.key)).filter((o): o is KObject => !!o).sort(byName);
    if (node.type === 'group') {
      if (node.group === 'nodes') return c.store.list('Node').sort(byName).map((n) => object(n, node));
      if (node.group === 'services') return c.store.list('Service').filter(visible).sort(byName).map((s) => object(s, node));
      const deployments = c.store.list('Deployment').filter(visible).sort(byName);
      const rcs = c.store.list('ReplicationController').filter(visible).sort(byName);
      const rss = c.store.list('ReplicaSet').filter((r) => visible(r) && !r.metadata.ownerReferences?.length).sort(byName);
      const pods = c.store.list('Pod').filter((p) => visible(p) && !p.metadata.ownerReferences?.length).sort(byName);
      return [...deployments, ...rcs, ...rss, ...pods].map((o) => object(o, node));
    }
    if (node.type !== 'object' || !node.ref) return [];
    const o = c.api.tryGet(node.ref.kind, node.ref.namespace, node.ref.name);
    if (!o) return [];
    switch (o.kind) {
      case 'Node':
        return c.podsOn(o.metadata.name).filter(visible).sort(byName).map((p) => object(p, node));
      case 'Deployment':
        return owned(o, 'ReplicaSet').map((r) => object(r, node));
      case 'ReplicaSet':
      case 'ReplicationController':
        return owned(o, 'Pod').map((p) => object(p, node));
      case 'Service': {
        const ep = c.store.get('Endpoints', o.metadata.namespace, o.metadata.name);
        const out: ClusterNode[] = [];
        for (const s of ep?.subsets ?? [])
          for (const a of s.addresses ?? [])
            for (const p of s.ports ?? [{}]) {
              const label = p.port ? `${a.ip}:${p.port}` : String(a.ip);
              out.push({ id: `${node.id}/ep/${label}`, type: 'endpoint', label, ...(a.targetRef?.name ? { target: a.targetRef.name } : {}), parent: node });
            }
        return out;
      }
      default:
        return [];
    }
  }

  getParent(node: ClusterNode): ClusterNode | undefined {
    return node.parent;
  }

  getTreeItem(node: ClusterNode): vscode.TreeItem {
    if (node.type === 'group') {
      const label = node.group === 'nodes' ? l10n.t('Nodes') : node.group === 'workloads' ? l10n.t('Workloads') : l10n.t('Services');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.contextValue = `kubeTutor.group.${node.group}`;
      return item;
    }
    if (node.type === 'endpoint') {
      const item = new vscode.TreeItem(node.label ?? '', vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.target ? `→ ${node.target}` : '';
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      item.tooltip = l10n.t('Endpoint: traffic to the service goes to this ready pod address');
      item.contextValue = 'kubeTutor.endpoint';
      return item;
    }
    const ref = node.ref!;
    const o = this.live?.api.tryGet(ref.kind, ref.namespace, ref.name);
    const hasChildren = ['Node', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Service'].includes(ref.kind);
    const item = new vscode.TreeItem(ref.name, hasChildren ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.contextValue = CONTEXT[ref.kind] ?? 'kubeTutor.object';
    const ns = ref.namespace && ref.namespace !== 'default' ? ` · ${ref.namespace}` : '';
    if (!o) {
      item.description = l10n.t('gone');
      return item;
    }
    switch (o.kind) {
      case 'Pod': {
        const status = podStatus(o);
        item.iconPath = podIcon(o);
        item.description = `${status}${node.parent?.ref?.kind === 'Node' ? '' : o.spec?.nodeName ? ` · ${o.spec.nodeName}` : ''}${ns}`;
        item.tooltip = `pod/${o.metadata.name}\n${status} · ${o.status?.podIP ?? l10n.t('no IP yet')} · ${o.spec?.nodeName ?? l10n.t('not scheduled')}\n${(o.spec?.containers ?? []).map((c: KObject['spec']) => c.image).join(', ')}`;
        item.command = { command: 'kubeTutor.cluster.describe', title: l10n.t('Describe'), arguments: [node] };
        break;
      }
      case 'Node': {
        const status = nodeStatus(o);
        item.iconPath = new vscode.ThemeIcon('server', new vscode.ThemeColor(status.startsWith('Ready') ? 'testing.iconPassed' : 'testing.iconFailed'));
        item.description = `${status} · ${nodeRoles(o)}`;
        item.tooltip = `node/${o.metadata.name}\n${(o.status?.addresses ?? []).map((a: { type: string; address: string }) => `${a.type}: ${a.address}`).join('\n')}`;
        break;
      }
      case 'Service': {
        item.iconPath = new vscode.ThemeIcon('plug');
        item.description = `${o.spec?.type ?? 'ClusterIP'} · ${o.spec?.clusterIP ?? ''} · ${servicePorts(o)}${o.spec?.type === 'LoadBalancer' ? ` · ${externalIp(o)}` : ''}${ns}`;
        item.tooltip = `service/${o.metadata.name}`;
        break;
      }
      default: {
        const want = o.spec?.replicas ?? 1;
        const ready = o.status?.readyReplicas ?? 0;
        item.iconPath = new vscode.ThemeIcon(o.kind === 'Deployment' ? 'rocket' : 'layers', new vscode.ThemeColor(ready >= want ? 'testing.iconPassed' : 'testing.iconQueued'));
        item.description = `${o.kind} · ${ready}/${want}${ns}`;
        item.tooltip = l10n.t('{0}: {1} of {2} replicas ready', `${o.kind}/${o.metadata.name}`, String(ready), String(want));
      }
    }
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unwatch?.();
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
