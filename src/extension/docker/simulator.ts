import * as vscode from 'vscode';
import { DockerEngine } from '../../core/engine/engine';
import { restoreEngine, saveEngine } from '../../core/engine/state';
import { Network } from '../../core/sim/network';
import type { CommandProvider, EditRequest } from '../../core/shell/types';

const STATE_KEY = 'kubeTutor.docker.state';
const FAST_FACTOR = 5;
/** The `instant` speed lets at most this much virtual time pass after a command. */
const SETTLE_BOUND_MS = 60_000;

export type SimulatorSpeed = 'realtime' | 'fast' | 'instant';

export function simulatorSpeed(): SimulatorSpeed {
  const value = vscode.workspace.getConfiguration('kubeTutor.simulator').get<string>('speed');
  return value === 'fast' || value === 'instant' ? value : 'realtime';
}

/** `kubeTutor.docker.buildOutput`: what `docker build` prints when DOCKER_BUILDKIT is unset. */
export function buildOutput(): 'classic' | 'buildkit' {
  return vscode.workspace.getConfiguration('kubeTutor.docker').get<string>('buildOutput') === 'buildkit' ? 'buildkit' : 'classic';
}

/**
 * The extension's one simulated Docker daemon: restored from and saved to workspace
 * state, its virtual clock following real time (so "Up 5 seconds" means five seconds),
 * and replaceable by Reset Simulator. Listeners hear about every change.
 */
export class DockerSimulator implements vscode.Disposable {
  readonly network = new Network();
  /**
   * More command providers for every Kube Tutor terminal (the cluster adds `kubectl` here,
   * built over `network` and `engine.registry`). Read when a terminal (re)creates its shell.
   */
  readonly providers: CommandProvider[] = [];
  /** The editor for `kubectl edit` (set by the cluster side); `report` writes to the terminal that asked. */
  edit: ((request: EditRequest, report: (text: string) => void) => void) | undefined;
  private current: DockerEngine;
  private unsubscribe: () => void = () => undefined;
  private lastTick = Date.now();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly resetEmitter = new vscode.EventEmitter<void>();
  /** Fired after Reset Simulator replaced the engine (the cluster rebuilds over the new one). */
  readonly onDidReset = this.resetEmitter.event;
  private readonly commandEmitter = new vscode.EventEmitter<{ readonly line: string; readonly exitCode: number }>();
  /** A command line finished in a Kube Tutor terminal (the tutor checks steps against it). */
  readonly onDidRunCommand = this.commandEmitter.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.current = this.load();
    this.attach();
  }

  get engine(): DockerEngine {
    return this.current;
  }

  private load(): DockerEngine {
    const saved = this.state.get<unknown>(STATE_KEY);
    if (saved) {
      try {
        return restoreEngine(saved, { network: this.network });
      } catch (error) {
        this.log.warn(`Simulator state could not be restored, starting fresh: ${(error as Error).message}`);
      }
    }
    return new DockerEngine({ network: this.network });
  }

  private attach(): void {
    this.unsubscribe = this.current.onDidChange(() => {
      this.changed.fire();
      this.scheduleSave();
    });
  }

  commandRan(line: string, exitCode: number): void {
    this.commandEmitter.fire({ line, exitCode });
  }

  /**
   * Moves virtual time forward by the real time elapsed since the last tick, times the speed
   * setting (`kubeTutor.simulator.speed`: `fast` runs five times faster).
   */
  tick(): void {
    const now = Date.now();
    this.current.clock.advance(Math.max(0, now - this.lastTick) * (simulatorSpeed() === 'fast' ? FAST_FACTOR : 1));
    this.lastTick = now;
  }

  /** After a command: with the `instant` speed, the simulator finishes what it started (bounded). */
  settle(): void {
    if (simulatorSpeed() === 'instant') this.current.clock.settle(SETTLE_BOUND_MS);
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 300);
  }

  async save(): Promise<void> {
    this.saveTimer = undefined;
    await this.state.update(STATE_KEY, saveEngine(this.current));
  }

  async reset(): Promise<void> {
    this.unsubscribe();
    this.current.dispose();
    this.current = new DockerEngine({ network: this.network });
    this.lastTick = Date.now();
    this.attach();
    await this.state.update(STATE_KEY, undefined);
    this.resetEmitter.fire();
    this.changed.fire();
  }

  dispose(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
    this.unsubscribe();
    this.changed.dispose();
    this.resetEmitter.dispose();
    this.commandEmitter.dispose();
  }
}
