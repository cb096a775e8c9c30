/**
 * Joins the Kubernetes cluster to the Docker engine: one virtual clock, one seeded random
 * source, one network (curl reaches published ports and LoadBalancer IPs alike), and the
 * engine's registry as the kubelets' image source (an image never pushed → ErrImagePull);
 * objects written by users pass the editor's manifest schema (src/core/manifest/admission.ts).
 * The cluster starts absent, as on a fresh machine: `minikube start` creates it.
 */
import { ClusterHost, type ClusterDeps } from '../cluster/host';
import { restoreCluster } from '../cluster/state';
import { KubectlProvider } from '../cli/kubectl';
import { MinikubeProvider } from '../cli/minikube';
import type { DockerEngine } from '../engine/engine';
import { manifestAdmission } from '../manifest/admission';
import type { CommandContext, CommandProvider } from '../shell/types';

function depsOf(engine: DockerEngine): ClusterDeps {
  return { clock: engine.clock, random: engine.random, images: engine.registry, network: engine.network, validator: manifestAdmission };
}

export function clusterFor(engine: DockerEngine, options: { start?: boolean } = {}): ClusterHost {
  return new ClusterHost(depsOf(engine), { start: options.start ?? false });
}

/** The cluster saved with `saveCluster`, over a restored engine; throws `ClusterStateError` when unreadable. */
export function restoreClusterFor(engine: DockerEngine, state: unknown): ClusterHost {
  return restoreCluster(state, depsOf(engine));
}

/**
 * `kubectl` and `minikube` for a terminal. `host()` is read on every command, so a terminal
 * opened before Reset Simulator talks to the new cluster afterwards.
 */
export function clusterProviders(host: () => ClusterHost): CommandProvider[] {
  const delegate = (make: (h: ClusterHost) => CommandProvider): CommandProvider => {
    const sample = make(host());
    return {
      names: sample.names,
      summary: sample.summary,
      run: (argv: readonly string[], ctx: CommandContext) => make(host()).run(argv, ctx),
    };
  };
  return [delegate((h) => new KubectlProvider(h)), delegate((h) => new MinikubeProvider(h))];
}
