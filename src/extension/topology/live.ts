import * as vscode from 'vscode';
import { clusterViewOf } from '../../core/topology/fromSimulator';
import type { ClusterSimulator } from '../cluster';
import type { DockerSimulator } from '../docker/simulator';
import type { DemoTopologySource } from './source';

/**
 * Feeds the topology from the simulator: every change of the Docker engine or the cluster
 * (watch events, lifecycle) posts a fresh `ClusterView`, at most every 150 ms; the host diffs
 * it into deltas. Until the first simulator change (or after a sample is loaded), the view
 * shows the sample, so the demo commands keep working.
 */
export class LiveTopologyFeed implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly source: DemoTopologySource,
    private readonly docker: DockerSimulator,
    private readonly cluster: ClusterSimulator,
  ) {
    this.disposables.push(docker.onDidChange(() => this.schedule()), docker.onDidReset(() => this.rewatch()));
    this.rewatch();
  }

  /** (Re)subscribes to the current cluster host: its lifecycle and, while it runs, its store. */
  private rewatch(): void {
    this.unwatch?.();
    const host = this.cluster.host;
    let stopStore: (() => void) | undefined;
    const watchStore = () => {
      stopStore?.();
      stopStore = host.existing?.store.watchAll(() => this.schedule());
    };
    const stopHost = host.onChange(() => {
      watchStore();
      this.schedule();
    });
    watchStore();
    this.unwatch = () => {
      stopHost();
      stopStore?.();
    };
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.source.set(clusterViewOf(this.docker.engine, this.cluster.host.cluster));
    }, 150);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unwatch?.();
    for (const d of this.disposables) d.dispose();
  }
}
