import * as vscode from 'vscode';
import type { ClusterView } from '../core/topology/clusterView';
import { clusterViewOf } from '../core/topology/fromSimulator';
import type { ClusterSimulator } from './cluster';
import type { DockerSimulator } from './docker/simulator';

/**
 * One watcher of the whole simulator for the views that follow it (topology, tutor): every
 * change of the Docker engine or of the cluster (watch events, lifecycle) produces a fresh
 * `ClusterView`, at most every 150 ms, handed to each listener.
 */
export class SimulatorFeed implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly listeners: Array<(view: ClusterView) => void> = [];
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly docker: DockerSimulator,
    private readonly cluster: ClusterSimulator,
  ) {
    this.disposables.push(docker.onDidChange(() => this.schedule()), docker.onDidReset(() => this.rewatch()));
    this.rewatch();
  }

  /** Adds a listener and hands it the simulator's state as it is now (restored or empty), then every change. */
  onView(listener: (view: ClusterView) => void): void {
    this.listeners.push(listener);
    listener(this.view());
  }

  private view(): ClusterView {
    return clusterViewOf(this.docker.engine, this.cluster.host.cluster);
  }

  /** (Re)subscribes to the current cluster host: its lifecycle and, while it exists, its store. */
  private rewatch(): void {
    this.unwatch?.();
    this.unwatch = this.cluster.host.follow(() => this.schedule(), () => this.schedule());
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const view = this.view();
      for (const l of this.listeners) l(view);
    }, 150);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unwatch?.();
    for (const d of this.disposables) d.dispose();
  }
}
