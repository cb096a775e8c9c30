import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { isPodReady } from '../../core/cluster/podutil';
import type { ClusterSimulator } from './simulator';

/**
 * Status bar item with the cluster's state: `$(server) minikube: Running · 3/3 pods` (the learner's
 * pods, ready of all), neutral while stopped, hidden before the first start. A click opens the
 * cluster actions. Follows the watch stream, at most every 250 ms. Also keeps the
 * `kubeTutor.clusterState` context key (Running, Stopped, Absent) for menus and views.
 */
export class ClusterStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('kubeTutor.cluster', vscode.StatusBarAlignment.Left, 50);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: (() => void) | undefined;
  private readonly subscription: vscode.Disposable;
  private lastState: string | undefined;

  constructor(private readonly cluster: ClusterSimulator) {
    this.item.name = l10n.t('Kube Tutor Cluster');
    this.item.command = 'kubeTutor.cluster.actions';
    this.subscription = cluster.onDidChangeHost(() => this.rewatch());
    this.rewatch();
  }

  private rewatch(): void {
    this.unwatch?.();
    this.unwatch = this.cluster.host.follow(() => this.schedule(), () => this.update(), 'Pod');
    this.update();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 250);
  }

  update(): void {
    const host = this.cluster.host;
    if (host.state !== this.lastState) {
      this.lastState = host.state;
      void vscode.commands.executeCommand('setContext', 'kubeTutor.clusterState', host.state);
    }
    const name = host.profile.name;
    const nodes = host.profile.nodes.length;
    if (host.state === 'Absent') {
      this.item.hide();
      return;
    }
    if (host.state === 'Stopped') {
      this.item.text = `$(server) ${l10n.t('{0}: Stopped', name)}`;
      this.item.tooltip = l10n.t('Kube Tutor cluster "{0}" is stopped; its objects are kept. Click for cluster actions.', name);
      this.item.show();
      return;
    }
    const pods = host.cluster!.store.list('Pod').filter((p) => p.metadata.namespace !== 'kube-system');
    const ready = pods.filter(isPodReady).length;
    this.item.text = `$(server) ${l10n.t('{0}: Running · {1}/{2} pods', name, String(ready), String(pods.length))}`;
    this.item.tooltip = l10n.t('Kube Tutor cluster "{0}" ({1} node(s)): {2} of {3} pods ready. Click for cluster actions.', name, String(nodes), String(ready), String(pods.length));
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unwatch?.();
    this.subscription.dispose();
    this.item.dispose();
  }
}
