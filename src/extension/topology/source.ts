import * as vscode from 'vscode';
import type { ClusterView } from '../../core/topology';
import { SAMPLES, type SampleName } from '../../core/topology/samples';

/**
 * Where the topology webview gets its data: the current `ClusterView` and an event when it
 * changes. Backed today by the demo source below; later by the simulator (engine + cluster),
 * which fires `onDidChange` from its watch streams. The host diffs successive views itself.
 */
export interface TopologySource extends vscode.Disposable {
  current(): ClusterView;
  readonly onDidChange: vscode.Event<void>;
}

/** Seed-flow stages the demo plays, in order (see src/core/topology/samples.ts). */
export const DEMO_STEPS: readonly SampleName[] = ['minikube', 'seed-exposed', 'seed-scaling', 'seed-end', 'seed-scale-down', 'seed-end'];

/** Sample data until the simulator is wired in: a sample can be picked, or the seed flow played. */
export class DemoTopologySource implements TopologySource {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private view: ClusterView = SAMPLES.minikube;
  private timer: ReturnType<typeof setTimeout> | undefined;
  sample: SampleName = 'minikube';

  current(): ClusterView {
    return this.view;
  }

  set(view: ClusterView, sample: SampleName | undefined = undefined): void {
    if (sample) this.sample = sample;
    this.view = view;
    this.emitter.fire();
  }

  load(sample: SampleName): void {
    this.stop();
    this.set(SAMPLES[sample], sample);
  }

  /** Steps through the seed flow, one stage every `intervalMs`. */
  play(intervalMs = 1500): void {
    this.stop();
    let i = 0;
    const step = () => {
      const name = DEMO_STEPS[i++];
      if (!name) return this.stop();
      this.set(SAMPLES[name], name);
      this.timer = setTimeout(step, intervalMs);
    };
    step();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.stop();
    this.emitter.dispose();
  }
}
