import * as vscode from 'vscode';
import type { ClusterView } from '../../core/topology';
import { SAMPLES, type SampleName } from '../../core/topology/samples';

/**
 * Where the topology webview gets its data: the current `ClusterView` and an event when it
 * changes. The simulator feed sets it live (engine + cluster watch streams); samples and the
 * demo can be loaded over it from the palette. The host diffs successive views itself.
 */
export interface TopologySource extends vscode.Disposable {
  current(): ClusterView;
  readonly onDidChange: vscode.Event<void>;
}

/** Seed-flow stages the demo plays, in order (see src/core/topology/samples.ts). */
export const DEMO_STEPS: readonly SampleName[] = ['minikube', 'seed-exposed', 'seed-scaling', 'seed-end', 'seed-scale-down', 'seed-end'];

/** The view the topology shows: the simulator's (set by the feed), or a sample or the demo played from the palette. */
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
