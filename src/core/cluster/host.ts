/**
 * The cluster's lifecycle as minikube drives it (`minikube start/stop/delete/status`), shared by
 * the `kubectl` and `minikube` providers: Running (a Cluster), Stopped (state kept, API server
 * unreachable), or Absent (deleted: kubectl has no context and falls back to localhost:8080).
 */
import type { VirtualClock } from '../sim/clock';
import type { ImageSource } from '../sim/images';
import type { Network } from '../sim/network';
import type { SeededRandom } from '../sim/random';
import type { AdmissionValidator } from './apiserver';
import { Cluster } from './cluster';
import { isPodReady } from './podutil';
import { PROFILES, type ClusterProfile, type ProfileName } from './profiles';
import type { WatchHandler } from './store';

export interface ClusterDeps {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly images: ImageSource;
  readonly network: Network;
  readonly validator?: AdmissionValidator;
}

export type HostState = 'Running' | 'Stopped' | 'Absent';

export class ClusterHost {
  private current: Cluster | undefined;
  private stopped = false;
  profile: ClusterProfile;
  private readonly listeners = new Set<(state: HostState) => void>();

  constructor(
    readonly deps: ClusterDeps,
    options: { profile?: ProfileName | ClusterProfile; start?: boolean } = {},
  ) {
    this.profile = typeof options.profile === 'object' ? options.profile : PROFILES[options.profile ?? 'minikube'];
    if (options.start ?? true) this.start();
  }

  get state(): HostState {
    return !this.current ? 'Absent' : this.stopped ? 'Stopped' : 'Running';
  }

  /** The running cluster, or undefined (stopped or deleted). */
  get cluster(): Cluster | undefined {
    return this.stopped ? undefined : this.current;
  }

  /** Any cluster, running or stopped (the tree view shows a stopped cluster greyed out). */
  get existing(): Cluster | undefined {
    return this.current;
  }

  /** kubectl's message when it cannot reach the API server. */
  connectionError(): string {
    const server = this.current ? this.profile.server.replace(/^https?:\/\//, '') : 'localhost:8080';
    return `The connection to the server ${server} was refused - did you specify the right host or port?`;
  }

  onChange(listener: (state: HostState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l(this.state);
  }

  /**
   * Follows the cluster through its lifecycle: `onObject` hears every watch event of its store
   * (of `kind` only, when given), re-attached whenever the cluster is created or deleted, and
   * `onLifecycle` runs after each start/stop/delete. Returns the function that stops both.
   */
  follow(onObject: WatchHandler, onLifecycle: () => void, kind?: string): () => void {
    let stopStore: (() => void) | undefined;
    const attach = (): void => {
      stopStore?.();
      const store = this.existing?.store;
      stopStore = store && (kind ? store.watch(kind, onObject) : store.watchAll(onObject));
    };
    const stopHost = this.onChange(() => {
      attach();
      onLifecycle();
    });
    attach();
    return () => {
      stopHost();
      stopStore?.();
    };
  }

  /** Creates the cluster if needed and waits (virtual time) for the system pods. */
  start(profile?: ProfileName): Cluster {
    if (profile && this.current && profile !== this.profile.name) this.delete();
    if (profile) this.profile = PROFILES[profile];
    if (!this.current) {
      const { clock, random, images, network, validator } = this.deps;
      this.current = new Cluster({ clock, random, images, network, profile: this.profile, validator });
    }
    if (this.stopped) this.current.resume();
    this.stopped = false;
    const c = this.current;
    c.advanceUntil(() => c.store.list('Pod', 'kube-system').every(isPodReady), 120_000);
    this.changed();
    return c;
  }

  /** Takes over a restored cluster (see `state.ts`), running or stopped, without booting it. */
  adopt(cluster: Cluster, options: { stopped: boolean }): void {
    this.current = cluster;
    this.profile = cluster.profile;
    this.stopped = options.stopped;
    if (options.stopped) cluster.suspend();
    this.changed();
  }

  stop(): boolean {
    if (!this.current || this.stopped) return false;
    this.stopped = true;
    this.current.suspend();
    this.changed();
    return true;
  }

  delete(): boolean {
    if (!this.current) return false;
    this.current.suspend();
    this.current = undefined;
    this.stopped = false;
    this.changed();
    return true;
  }
}
