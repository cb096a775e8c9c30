import * as vscode from 'vscode';
import type { ClusterHost } from '../../core/cluster/host';
import { saveCluster } from '../../core/cluster/state';
import { clusterFor, clusterProviders, restoreClusterFor } from '../../core/sim/cluster';
import type { DockerSimulator } from '../docker/simulator';

const STATE_KEY = 'kubeTutor.cluster.state';

/**
 * The embedded Kubernetes cluster in VS Code: built over the Docker simulator's engine (one
 * clock, network and registry), reachable as `kubectl` and `minikube` in every Kube Tutor
 * terminal, rebuilt on Reset Simulator. While it runs, virtual time follows real time so pods
 * go from ContainerCreating to Running before the learner's eyes. Saved to workspace state
 * (debounced, with the engine, whose clock and random source it shares) and restored on
 * activation, so a window reload finds the same cluster.
 */
export class ClusterSimulator implements vscode.Disposable {
  private current: ClusterHost;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly ticker: ReturnType<typeof setInterval>;
  private readonly hostEmitter = new vscode.EventEmitter<void>();
  /** Fired after Reset Simulator replaced the cluster host (views re-subscribe to the new one). */
  readonly onDidChangeHost = this.hostEmitter.event;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: () => void = () => undefined;

  constructor(
    private readonly docker: DockerSimulator,
    private readonly state?: vscode.Memento,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    this.current = this.load();
    docker.providers.push(...clusterProviders(() => this.current));
    this.disposables.push(
      this.hostEmitter,
      docker.onDidReset(() => {
        this.cancelSave();
        this.current = clusterFor(docker.engine);
        this.watch();
        void this.state?.update(STATE_KEY, undefined);
        this.hostEmitter.fire();
      }),
    );
    this.watch();
    this.ticker = setInterval(() => {
      if (this.current.state === 'Running') docker.tick();
    }, 1000);
  }

  get host(): ClusterHost {
    return this.current;
  }

  /** What workspace state holds for the next window (undefined: nothing saved). */
  saved(): unknown {
    return this.state?.get<unknown>(STATE_KEY);
  }

  private load(): ClusterHost {
    const saved = this.state?.get<unknown>(STATE_KEY);
    if (saved !== undefined) {
      try {
        return restoreClusterFor(this.docker.engine, saved);
      } catch (error) {
        this.log?.warn(`Cluster state could not be restored, starting clean: ${(error as Error).message}`);
      }
    }
    return clusterFor(this.docker.engine);
  }

  /** Saves (debounced) after any object change and after start/stop/delete. */
  private watch(): void {
    this.unwatch();
    this.unwatch = this.current.follow(() => this.scheduleSave(), () => this.scheduleSave());
  }

  private scheduleSave(): void {
    if (!this.state) return;
    this.cancelSave();
    this.saveTimer = setTimeout(() => void this.save(), 500);
  }

  private cancelSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  async save(): Promise<void> {
    this.saveTimer = undefined;
    if (!this.state) return;
    await Promise.all([this.state.update(STATE_KEY, saveCluster(this.current)), this.docker.save()]);
  }

  dispose(): void {
    if (this.saveTimer) {
      this.cancelSave();
      void this.save();
    }
    this.unwatch();
    clearInterval(this.ticker);
    for (const d of this.disposables) d.dispose();
  }
}
