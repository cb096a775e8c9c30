import * as vscode from 'vscode';
import type { ClusterHost } from '../../core/cluster/host';
import { clusterFor, clusterProviders } from '../../core/sim/cluster';
import type { DockerSimulator } from '../docker/simulator';

/**
 * The embedded Kubernetes cluster in VS Code: built over the Docker simulator's engine (one
 * clock, network and registry), reachable as `kubectl` and `minikube` in every Kube Tutor
 * terminal, rebuilt on Reset Simulator. While it runs, virtual time follows real time so pods
 * go from ContainerCreating to Running before the learner's eyes.
 */
export class ClusterSimulator implements vscode.Disposable {
  private current: ClusterHost;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly ticker: ReturnType<typeof setInterval>;
  private readonly hostEmitter = new vscode.EventEmitter<void>();
  /** Fired after Reset Simulator replaced the cluster host (views re-subscribe to the new one). */
  readonly onDidChangeHost = this.hostEmitter.event;

  constructor(docker: DockerSimulator) {
    this.current = clusterFor(docker.engine);
    docker.providers.push(...clusterProviders(() => this.current));
    this.disposables.push(
      this.hostEmitter,
      docker.onDidReset(() => {
        this.current = clusterFor(docker.engine);
        this.hostEmitter.fire();
      }),
    );
    this.ticker = setInterval(() => {
      if (this.current.state === 'Running') docker.tick();
    }, 1000);
  }

  get host(): ClusterHost {
    return this.current;
  }

  dispose(): void {
    clearInterval(this.ticker);
    for (const d of this.disposables) d.dispose();
  }
}
