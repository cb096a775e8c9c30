import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { humanSize, shortId } from '../../core/engine/format';
import { statusText } from '../../core/engine/views';
import type { DockerSimulator } from './simulator';

/** A node of the Docker view. `ref` is what docker commands take (image tag, container name). */
export interface DockerNode {
  readonly id: string;
  readonly kind: 'group' | 'image' | 'container' | 'registry';
  readonly ref?: string;
}

const GROUPS: DockerNode[] = [
  { id: 'images', kind: 'group' },
  { id: 'containers', kind: 'group' },
  { id: 'registry', kind: 'group' },
];

/** "Docker" tree: local images, containers with state icons, and what was pushed to the registry. */
export class DockerTreeProvider implements vscode.TreeDataProvider<DockerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<DockerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly simulator: DockerSimulator) {
    this.subscription = simulator.onDidChange(() => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.emitter.fire(undefined), 100);
    });
  }

  getChildren(node?: DockerNode): DockerNode[] {
    const engine = this.simulator.engine;
    if (!node) {
      this.simulator.tick();
      return GROUPS;
    }
    if (node.id === 'images') return [...engine.store.tags.keys()].sort().map((tag) => ({ id: `image:${tag}`, kind: 'image', ref: tag }));
    if (node.id === 'containers') return [...engine.containers.values()].sort((a, b) => b.created - a.created).map((c) => ({ id: `container:${c.id}`, kind: 'container', ref: c.name }));
    if (node.id === 'registry') {
      const out: DockerNode[] = [];
      for (const [repo, tags] of engine.registry.pushed) for (const tag of tags.keys()) out.push({ id: `registry:${repo}:${tag}`, kind: 'registry', ref: `${repo}:${tag}` });
      return out;
    }
    return [];
  }

  getParent(node: DockerNode): DockerNode | undefined {
    if (node.kind === 'group') return undefined;
    return GROUPS.find((g) => g.id === (node.kind === 'image' ? 'images' : node.kind === 'container' ? 'containers' : 'registry'));
  }

  getTreeItem(node: DockerNode): vscode.TreeItem {
    const engine = this.simulator.engine;
    if (node.kind === 'group') {
      const label = node.id === 'images' ? l10n.t('Images') : node.id === 'containers' ? l10n.t('Containers') : l10n.t('Registry');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.contextValue = `group.${node.id}`;
      return item;
    }
    const item = new vscode.TreeItem(node.ref ?? node.id, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    if (node.kind === 'image') {
      const image = engine.findImage(node.ref!);
      item.description = image ? `${shortId(image.id)} · ${humanSize(engine.store.size(image))}` : '';
      item.iconPath = new vscode.ThemeIcon('package');
      item.contextValue = 'image';
    } else if (node.kind === 'container') {
      const c = engine.findContainer(node.ref!);
      const running = c?.state === 'running';
      item.description = c ? `${statusText(c, engine.clock.now())} · ${c.image}` : '';
      item.iconPath = new vscode.ThemeIcon(running ? 'vm-running' : c?.state === 'exited' && c.exitCode !== 0 ? 'error' : 'vm-outline', new vscode.ThemeColor(running ? 'testing.iconPassed' : c?.exitCode ? 'testing.iconFailed' : 'disabledForeground'));
      item.contextValue = running ? 'container.running' : 'container.stopped';
      item.command = { command: 'kubeTutor.showLogs', title: l10n.t('Show Container Logs'), arguments: [node] };
    } else {
      item.iconPath = new vscode.ThemeIcon('cloud');
      item.contextValue = 'registry';
    }
    item.tooltip = node.ref;
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
